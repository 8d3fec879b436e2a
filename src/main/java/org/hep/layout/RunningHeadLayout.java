package org.hep.layout;

import java.util.List;
import org.hep.compose.Furniture;
import org.hep.compose.RunningHead;

/**
 * Whose handout a loose page is: from page 2 on, "patient · title · date" over a thin rule at the
 * top of the page, drawn as artifacts (page furniture, not read aloud; page one says it in full).
 */
final class RunningHeadLayout {
    private RunningHeadLayout() {
    }

    /**
     * The band the head takes above the content of pages 2 and on. At least 6 pt under the rule:
     * a card that starts the page has a border of its own, and 2–3 pt apart the two read as one
     * double line.
     */
    static float height(Theme th) {
        return lineHeight(th) + 2f + Math.max(th.gap() * 0.5f, 6f);
    }

    /** One line needs no more leading than its type: a wide line spacing is for paragraphs. */
    private static float lineHeight(Theme th) {
        return Math.min(th.lineHeight(th.small()), th.small() * 1.2f);
    }

    /**
     * The head on one line of the content's width: whole when it fits, else with the date written
     * short ("Nov 14, 2026"), else with the title cut short too ("Ana Lopez · Hip Osteoarthr… ·
     * Nov 14, 2026"), else without it; the name and the date are cut only when they alone are too
     * long for the line, the name first.
     */
    static String fit(RunningHead head, float size, LayoutContext cx) {
        Blocks b = cx.b;
        float room = cx.width;
        String whole = b.clean(head.line(), Face.REGULAR);
        if (b.width(whole, Face.REGULAR, size) <= room) {
            return whole;
        }
        String date = head.shortDate() != null ? head.shortDate() : head.date();
        String shortened = b.clean(head.line(head.title(), date), Face.REGULAR);
        if (b.width(shortened, Face.REGULAR, size) <= room) {
            return shortened;
        }
        String ellipsis = "\u2026";
        String without = b.clean(head.line(null, date), Face.REGULAR);
        float left = room - b.width(b.clean(head.line(ellipsis, date), Face.REGULAR), Face.REGULAR, size)
                + b.width(ellipsis, Face.REGULAR, size);
        String title = b.clean(head.title(), Face.REGULAR);
        // Enough of the title to know it by (about ten letters), or none of it.
        if (left >= size * 6f && !without.isEmpty()) {
            String cut = b.lines(title, Face.REGULAR, size, left - b.width(ellipsis, Face.REGULAR, size)).get(0);
            String line = b.clean(head.line(cut + ellipsis, date), Face.REGULAR);
            if (b.width(line, Face.REGULAR, size) <= room) {
                return line;
            }
        }
        if (!without.isEmpty() && b.width(without, Face.REGULAR, size) <= room) {
            return without;
        }
        if (head.patient() != null && date != null) {
            String clean = b.clean(date, Face.REGULAR);
            float nameRoom = room - b.width(RunningHead.SEPARATOR.strip() + "  " + clean, Face.REGULAR, size);
            if (nameRoom >= size * 3f) {
                String name = FooterLayout.oneLine(b.clean(head.patient(), Face.REGULAR), size, nameRoom, cx);
                return name + RunningHead.SEPARATOR + clean;
            }
        }
        return FooterLayout.oneLine(whole, size, room, cx);
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
        String line = fit(furniture.runningHead(), size, cx);
        for (int i = 1; i < pages.size(); i++) {
            Page page = pages.get(i);
            // First in the page's content, so text tools read it where the eye does.
            page.insert(0, new Op.Line(cx.left, rule, cx.left + cx.width, rule, th.border(), 0.5f));
            page.insert(0, new Op.Text(cx.left, baseline, line, Face.REGULAR, size, th.muted(), null));
        }
    }
}
