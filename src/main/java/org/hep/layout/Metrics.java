package org.hep.layout;

/**
 * Font measurements the layout needs, implemented by the renderer's fonts, so this
 * package decides where every glyph goes without touching PDF types.
 */
public interface Metrics {
    /** Advance width of {@code text} in points. */
    float width(String text, Face face, float size);

    /** True when the face has a real glyph for the code point. */
    boolean hasGlyph(int codePoint, Face face);

    /** Ascent and descent as fractions of the font size (descent positive). */
    float ascent();

    float descent();
}
