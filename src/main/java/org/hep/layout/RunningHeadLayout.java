package org.hep.layout;

import java.util.List;
import org.hep.compose.Furniture;

/**
 * Whose handout a loose page is: from page 2 on, "patient · title · date" over a thin rule at the
 * top of the page, drawn as artifacts (page furniture, not read aloud; page one says it in full).
 */
final class RunningHeadLayout {
    private RunningHeadLayout() {
    }

    /** The band the head takes above the content of pages 2 and on. */
    static float height(Theme th) {
        return lineHeight(th) + 2f + th.gap() * 0.5f;
    }

    /** One line needs no more leading than its type: a wide line spacing is for paragraphs. */
    private static float lineHeight(Theme th) {
        return Math.min(th.lineHeight(th.small()), th.small() * 1.2f);
    }

    static void addTo(List<Page> pages, Furniture furniture, float top, LayoutContext cx) {
        if (furniture.runningHead() == null) {
            return;
        }
        Theme th = cx.th;
        Blocks b = cx.b;
        float size = th.small();
        float lh = lineHeight(th);
        float baseline = top + b.baseline(size, lh);
        float rule = top + lh + 2f;
        String line = FooterLayout.oneLine(b.clean(furniture.runningHead(), Face.REGULAR), size, cx.width, cx);
        for (int i = 1; i < pages.size(); i++) {
            Page page = pages.get(i);
            // First in the page's content, so text tools read it where the eye does.
            page.insert(0, new Op.Line(cx.left, rule, cx.left + cx.width, rule, th.border(), 0.5f));
            page.insert(0, new Op.Text(cx.left, baseline, line, Face.REGULAR, size, th.muted(), null));
        }
    }
}
