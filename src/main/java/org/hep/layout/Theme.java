package org.hep.layout;

import org.hep.model.Template;

/** Sizes and colours derived from a template: the handout's typographic scale in one place. */
public record Theme(float body, float small, float h1, float h2, float h3, float spacing, float gap,
                    boolean italics, int text, int muted, int accent, int tint, int cautionFill,
                    int cautionBar, int tipBar, int border, int grid) {

    /** One step of the type scale: body → card name → section heading → title. */
    static final float STEP = 1.25f;
    /**
     * The step in large print (body 16 pt and up): over an 18 pt body a card's name is 22 pt, the
     * 20–22 pt bold headings large-print guidance asks for, and a section heading 27 pt; a quarter
     * more at each level (28 pt headings, a 35 pt title) only takes the text's room.
     */
    static final float LARGE_STEP = 22f / 18f;

    /** The "Take care" box's fill; the HTML stylesheet uses the same value. */
    static final int CAUTION_FILL = 0xF2D9B4;
    /** The "Take care" box's rule, heading and bullets; the HTML stylesheet uses the same value. */
    static final int CAUTION_INK = 0x3F1F00;

    public static Theme of(Template t) {
        float body = t.bodySize();
        // Each level a clear step above the one below; the template's heading size is the least a section heading gets.
        float step = body >= 16f ? LARGE_STEP : STEP;
        float card = body * step;
        float heading = Math.max(t.headingSize(), card * step);
        // Body text is near-black (about 18:1 on white); accents are for rules, badges and headings.
        // Large print (body 16 pt and up) prints nothing smaller than the body: footers, logs, URLs.
        // "Take care" must survive a greyscale laser printer, which drops tints of 5% or so: its fill
        // is a sand tint that prints about 14% grey (220 of 255), its rule, heading and bullets a
        // near-black brown (grey about 37, body text 17). Tips stay open and light beside it: no
        // fill, a thin rule in the accent faded 40% toward white.
        float small = body >= 16f ? body : Math.max(9f, body * 0.85f);
        return new Theme(body, small, heading * step, heading, card,
                t.lineSpacing(), body * 0.6f * t.density(), t.italics(), 0x111111, 0x333333, t.accent(),
                mix(t.accent(), 0xFFFFFF, 0.9f), CAUTION_FILL, CAUTION_INK,
                mix(t.accent(), 0xFFFFFF, 0.4f), 0x9AA5B1, 0x7A828C);
    }

    /** {@code a} blended toward {@code b} by {@code amount} (0 = a, 1 = b). */
    static int mix(int a, int b, float amount) {
        int r = Math.round(((a >> 16) & 0xff) * (1 - amount) + ((b >> 16) & 0xff) * amount);
        int g = Math.round(((a >> 8) & 0xff) * (1 - amount) + ((b >> 8) & 0xff) * amount);
        int bl = Math.round((a & 0xff) * (1 - amount) + (b & 0xff) * amount);
        return (r << 16) | (g << 8) | bl;
    }

    /** Space above a section heading. */
    public float sectionSpace() {
        return gap * 1.2f;
    }

    /** Between a heading and its first line. */
    public float headingGap() {
        return gap * 0.4f;
    }

    /** Between two paragraphs, or before a card's start position and steps. */
    public float paragraphSpace() {
        return gap * 0.5f;
    }

    /** Between two bullets or two steps. */
    public float itemSpace() {
        return gap * 0.3f;
    }

    public float stepSpace() {
        return gap * 0.35f;
    }

    /** Inside a card's frame, on every side. */
    public float cardPadding() {
        return gap * 0.8f + 2f;
    }

    /**
     * The card's one inner inset: every line of a card's text starts this far right of the frame's
     * padding, and the badge, step numbers, bullets and the bars of its boxes hang in the column it
     * leaves, so name, dose, headings and bullet text share one left edge.
     */
    public float hang() {
        return h3 * 2f; // the badge (1.5 × the name's size) and half a size of air
    }

    /** Between two cards side by side: at least a quarter inch. */
    public float gutter() {
        return Math.max(18f, gap * 2f);
    }

    /** Inside a tinted box (dose band, tips, cautions). */
    public float boxPadding() {
        return gap * 0.6f;
    }

    /** Width of the dark bar at the left of a dose band or a caution box. */
    public float barWidth() {
        return 4f;
    }

    public float lineHeight(float size) {
        return size * spacing;
    }

    public Face emphasis() {
        return italics ? Face.ITALIC : Face.REGULAR;
    }
}
