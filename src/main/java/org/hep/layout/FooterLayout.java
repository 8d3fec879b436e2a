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
     * ("Questions? Call Harbour Physiotherapy at 416-555-0199."), more would eat every page.
     */
    static final int MAX_LINES = 2;

    /**
     * The footer's lines beside the widest "Page X of Y" a handout can have: wrapped, never cut.
     *
     * @throws FooterTooLongException when they are more than {@link #MAX_LINES}
     */
    static List<String> lines(Furniture furniture, Blocks b, Theme th, float width) {
        String text = furniture.footer();
        if (text == null) {
            return List.of();
        }
        float numW = b.width(b.clean(furniture.page(888, 888), Face.REGULAR), Face.REGULAR, th.small());
        List<String> lines = b.lines(text, Face.REGULAR, th.small(), width - numW - th.gap() * 2);
        if (lines.size() > MAX_LINES) {
            throw new FooterTooLongException(lines.size());
        }
        return lines;
    }

    /** The height the footer takes under the content: its lines (at least the page number's) and a gap. */
    static float height(List<String> lines, Theme th) {
        return Math.max(1, lines.size()) * th.lineHeight(th.small()) + th.gap();
    }

    /** Draws the footer's lines with the page number on the last, the rule above them. */
    static void addTo(List<Page> pages, Furniture furniture, List<String> lines, float bottom, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float size = th.small();
        float lineH = th.lineHeight(size);
        float baseline = bottom - b.metrics().descent() * size;
        float rule = bottom - Math.max(1, lines.size()) * lineH - 2f;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            page.add(new Op.Line(cx.left, rule, cx.left + cx.width, rule, th.border(), 0.5f));
            String num = b.clean(furniture.page(i + 1, pages.size()), Face.REGULAR);
            float numW = b.width(num, Face.REGULAR, size);
            for (int l = 0; l < lines.size(); l++) {
                float y = baseline - (lines.size() - 1 - l) * lineH;
                page.add(new Op.Text(cx.left, y, lines.get(l), Face.REGULAR, size, th.muted(), null));
            }
            page.add(new Op.Text(cx.left + cx.width - numW, baseline, num, Face.REGULAR, size, th.muted(), null));
        }
    }
}
