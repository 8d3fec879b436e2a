package org.hep.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A handout layout after {@code extends} has been applied: every field is set.
 *
 * @param bodySize    body text size in points
 * @param headingSize the least level-two heading size; the type scale (steps of 1.25× from the body) may make it larger
 * @param lineSpacing leading as a multiple of the font size
 * @param density     1 = standard spacing, below 1 tightens the gaps between blocks
 * @param italics     false for large print, where italics hurt legibility
 * @param columns     exercise cards side by side: 1, or 2 to fit more on a page
 * @param font        null for the built-in Unicode sans, else a TTF file (regular weight)
 * @param fallback    fonts for the characters {@code font} lacks
 */
public record Template(
        String name,
        PageSize page,
        float margin,
        Path font,
        FontFallback fallback,
        float bodySize,
        float headingSize,
        float lineSpacing,
        float density,
        boolean italics,
        int accent,
        Clinic clinic,
        String footer,
        List<SectionKind> sections,
        Tracking tracking,
        int notesLines,
        int columns,
        String source,
        java.util.Map<java.nio.file.Path, Origin> fontsNamedAt,
        Origin footerAt,
        Origin phoneAt) {

    public Template {
        sections = List.copyOf(sections);
        fontsNamedAt = java.util.Map.copyOf(fontsNamedAt);
    }

    /** Where a font file of this template (or a template it extends) was named; null when not known. */
    public Origin fontNamedAt(java.nio.file.Path file) {
        return fontsNamedAt.get(file);
    }

    public Template withPage(PageSize newPage) {
        return new Template(name, newPage, margin, font, fallback, bodySize, headingSize, lineSpacing, density, italics,
                accent, clinic, footer, sections, tracking, notesLines, columns, source, fontsNamedAt, footerAt, phoneAt);
    }

    /** The same layout with other printed words (the built-in sample texts in another language). */
    public Template withWords(Clinic newClinic, String newFooter) {
        return new Template(name, page, margin, font, fallback, bodySize, headingSize, lineSpacing, density, italics,
                accent, newClinic, newFooter, sections, tracking, notesLines, columns, source, fontsNamedAt, footerAt, phoneAt);
    }

    /** Clinic details from a configuration file, whose phone (when it sets one) was written at {@code at}. */
    public Template withClinic(Clinic newClinic, Origin newPhoneAt) {
        return new Template(name, page, margin, font, fallback, bodySize, headingSize, lineSpacing, density, italics,
                accent, newClinic, footer, sections, tracking, notesLines, columns, source, fontsNamedAt, footerAt,
                newPhoneAt);
    }

    /** Fewest characters a line of body text may hold: below it, words such as "strengthening" break in two. */
    public static final int MIN_LINE_CHARS = 15;

    /**
     * About how many characters a line of card text holds on A4, the narrower paper: the column
     * less a card's padding and hanging indent (about two body sizes), at an average character of
     * 0.55 em. An estimate for refusing templates whose lines could not hold a word, not layout.
     */
    public static int charsPerLine(float margin, int columns, float bodySize) {
        float gutter = Math.max(18f, bodySize * 1.5f);
        float column = (PageSize.A4.width - 2 * margin - (columns - 1) * gutter) / columns;
        return Math.max(0, (int) ((column - 2 * bodySize) / (0.55f * bodySize)));
    }
}
