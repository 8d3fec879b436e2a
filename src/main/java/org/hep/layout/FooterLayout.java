package org.hep.layout;

import java.util.List;
import org.hep.compose.Furniture;

/** A rule, the footer text and "Page X of Y" at the foot of every page, drawn as artifacts (not read aloud). */
final class FooterLayout {
    private FooterLayout() {
    }

    /** {@code text} on one line of {@code room}, cut with an ellipsis when longer. */
    static String oneLine(String text, float size, float room, LayoutContext cx) {
        Blocks b = cx.b;
        List<String> fit = b.lines(text, Face.REGULAR, size, room);
        String first = fit.get(0) + (fit.size() > 1 ? "\u2026" : "");
        return b.width(first, Face.REGULAR, size) > room ? fit.get(0) : first;
    }

    /**
     * Most lines the footer may take: a clinic's line with its phone often needs two in large print
     * ("Questions? Call Harbour Physiotherapy at 416-555-0199."), and three in a narrow template;
     * more would eat into every page.
     */
    static final int MAX_LINES = 3;

    /**
     * The footer's lines, wrapped at the full width and never cut; the page number goes at the
     * right of the last one, or on a line of its own when the widest "Page X of Y" a handout of up
     * to {@code mostPages} pages prints does not fit there (a narrow template, large print in
     * Spanish). Decided once, so every page's footer has the same height.
     */
    record Lines(List<String> text, boolean numberBelow) {
        int count() {
            return Math.max(1, text.size() + (numberBelow ? 1 : 0));
        }
    }

    /** @throws FooterTooLongException when the text takes more than {@link #MAX_LINES} lines */
    static Lines lines(Furniture furniture, Blocks b, Theme th, float width, int mostPages) {
        String text = furniture.footer();
        if (text == null) {
            return new Lines(List.of(), false);
        }
        List<String> lines = b.lines(text, Face.REGULAR, th.small(), width);
        if (lines.size() > MAX_LINES) {
            throw new FooterTooLongException(lines.size());
        }
        // 8 is among the widest digits: "Page 88 of 88" for up to 99 pages.
        int widest = 0;
        for (int n = mostPages; n > 0; n /= 10) {
            widest = widest * 10 + 8;
        }
        float numW = b.width(b.clean(furniture.page(widest, widest), Face.REGULAR), Face.REGULAR, th.small());
        float lastW = b.width(lines.get(lines.size() - 1), Face.REGULAR, th.small());
        return new Lines(lines, lastW + th.gap() * 2 + numW > width);
    }

    /** The height the footer takes under the content: its lines (at least the page number's) and a gap. */
    static float height(Lines lines, Theme th) {
        return th.lineHeight(th.small()) + (lines.count() - 1) * nextLine(th) + th.gap();
    }

    /** Small print's lines set close: a template's loose spacing for reading would make the foot of every page tall. */
    private static float nextLine(Theme th) {
        return Math.min(th.lineHeight(th.small()), 1.2f * th.small());
    }

    /** Draws the footer's lines with the page number on the last (or below it), the rule above them. */
    static void addTo(List<Page> pages, Furniture furniture, Lines lines, float bottom, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float size = th.small();
        float lineH = nextLine(th);
        float baseline = bottom - b.metrics().descent() * size;
        float rule = bottom - th.lineHeight(size) - (lines.count() - 1) * lineH - 2f;
        float textBaseline = lines.numberBelow() ? baseline - lineH : baseline;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            page.add(new Op.Line(cx.left, rule, cx.left + cx.width, rule, th.border(), 0.5f));
            String num = b.clean(furniture.page(i + 1, pages.size()), Face.REGULAR);
            float numW = b.width(num, Face.REGULAR, size);
            List<String> text = lines.text();
            for (int l = 0; l < text.size(); l++) {
                float y = textBaseline - (text.size() - 1 - l) * lineH;
                page.add(new Op.Text(cx.left, y, text.get(l), Face.REGULAR, size, th.muted(), null));
            }
            page.add(new Op.Text(cx.left + cx.width - numW, baseline, num, Face.REGULAR, size, th.muted(), null));
        }
    }
}
