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

    static void addTo(List<Page> pages, Furniture furniture, float bottom, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        String text = furniture.footer();
        float size = th.small();
        float baseline = bottom - b.metrics().descent() * size;
        float rule = bottom - th.lineHeight(size) - 2f;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            page.add(new Op.Line(cx.left, rule, cx.left + cx.width, rule, th.border(), 0.5f));
            String num = b.clean(furniture.page(i + 1, pages.size()), Face.REGULAR);
            float numW = b.width(num, Face.REGULAR, size);
            if (text != null) {
                String line = oneLine(text, size, cx.width - numW - th.gap() * 2, cx);
                page.add(new Op.Text(cx.left, baseline, line, Face.REGULAR, size, th.muted(), null));
            }
            page.add(new Op.Text(cx.left + cx.width - numW, baseline, num, Face.REGULAR, size, th.muted(), null));
        }
    }
}
