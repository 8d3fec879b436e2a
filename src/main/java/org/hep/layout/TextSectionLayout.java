package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hep.compose.Block;
import org.hep.compose.Furniture;

/** Sections of running text: the plan's education, and its advice. Each flows across pages. */
final class TextSectionLayout {
    private TextSectionLayout() {
    }

    static List<Group> education(Block.Education education, LayoutContext cx) {
        List<Group> groups = new ArrayList<>();
        for (Block.TextSection s : education.sections()) {
            groups.add(section(s.heading(), s.paragraphs(), s.bullets(), cx));
        }
        return groups;
    }

    /** The advice, then the pain guide kept whole beneath it. */
    static List<Group> advice(Block.Advice advice, LayoutContext cx) {
        return advice(advice, null, cx);
    }

    /**
     * As above; with {@code furniture}, advice that runs onto another page goes on there under
     * "Advice and when to stop (continued)", and so does a guide that opens a page: neither the
     * last items ("call your doctor if…") nor the guide is ever cut off from the section it belongs to.
     */
    static List<Group> advice(Block.Advice advice, Furniture furniture, LayoutContext cx) {
        Struct sect = cx.root.add("Sect");
        List<Box> boxes = new ArrayList<>(cx.sectionHeading(advice.heading(), sect));
        boxes.addAll(cx.bullets(sect, advice.items(), LayoutContext.BULLET, cx.th.accent(), null, cx.left, cx.width));
        Supplier<List<Box>> continued = furniture == null ? null : continuedTitle(furniture.continued(advice.heading()), cx);
        List<Group> groups = new ArrayList<>();
        if (advice.pain() == null) {
            groups.add(Group.flow(boxes, continued));
            return groups;
        }
        List<Box> guide = PainGuideLayout.layout(advice.pain(), sect, cx);
        if (advice.items().isEmpty()) {
            boxes.addAll(guide);
            groups.add(Group.whole(boxes));
        } else {
            groups.add(Group.flow(boxes, continued));
            groups.add(continued == null ? Group.whole(guide) : Group.table(guide, continued));
        }
        return groups;
    }

    /** Set as a card's "(continued)" title, an artifact: the section's heading is read once. */
    private static Supplier<List<Box>> continuedTitle(String continued, LayoutContext cx) {
        return () -> {
            List<Box> title = new ArrayList<>(cx.b.paragraph(List.of(cx.b.span(continued, Face.BOLD)),
                    cx.th.h3(), cx.th.accent(), cx.left, cx.width, null, null));
            title.add(Box.space(cx.th.headingGap()));
            return title;
        };
    }

    private static Group section(String heading, List<String> paragraphs, List<String> bullets, LayoutContext cx) {
        Theme th = cx.th;
        Struct sect = cx.root.add("Sect");
        List<Box> boxes = new ArrayList<>(cx.sectionHeading(heading, sect));
        for (String p : paragraphs) {
            boxes.addAll(cx.b.paragraph(p, Face.REGULAR, th.body(), th.text(), cx.left, cx.width, sect.add("P")));
            boxes.add(Box.space(th.paragraphSpace()));
        }
        List<Box> columns = twoColumns(sect, bullets, cx);
        boxes.addAll(columns != null ? columns
                : cx.bullets(sect, bullets, LayoutContext.BULLET, th.accent(), null, cx.left, cx.width));
        return Group.flow(boxes);
    }

    /** Fewer items than this read as well in one column as in two. */
    private static final int MIN_ITEMS = 4;
    /** Lines an item may take in a column: more, and the columns read like a squeezed paragraph. */
    private static final int MAX_LINES = 2;

    /**
     * A list of short items ("The area feels stiff") in two columns, read down the first and then
     * down the second, the columns about equally tall. Null in large print (one column is easier to
     * follow), for a short list, when an item would take more than two lines in half the width, or
     * when the columns would save less than a quarter of the list's height.
     */
    private static List<Box> twoColumns(Struct sect, List<String> items, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        if (th.body() >= CardPicture.LARGE_TYPE || items.size() < MIN_ITEMS) {
            return null;
        }
        float gutter = th.gutter();
        float colW = (cx.width - gutter) / 2f;
        float label = th.body() * 1.6f;
        float line = th.lineHeight(th.body());
        float[] heights = new float[items.size()];
        float total = 0;
        for (int i = 0; i < items.size(); i++) {
            int lines = b.lines(items.get(i), Face.REGULAR, th.body(), colW - label).size();
            if (lines > MAX_LINES) {
                return null;
            }
            heights[i] = lines * line + th.itemSpace();
            total += b.lines(items.get(i), Face.REGULAR, th.body(), cx.width - label).size() * line + th.itemSpace();
        }
        // The first column takes items while it stays no shorter than the second.
        int split = 0;
        float left = 0;
        float best = Float.MAX_VALUE;
        for (int k = 1; k < items.size(); k++) {
            left += heights[k - 1];
            float right = 0;
            for (int j = k; j < items.size(); j++) {
                right += heights[j];
            }
            if (right <= left && Math.max(left, right) < best) {
                best = Math.max(left, right);
                split = k;
            }
        }
        if (split == 0 || best > total * 0.75f) {
            return null;
        }
        Struct list = sect.add("L");
        // One box, the first column's lines drawn before the second's: the order they are read in.
        List<Op> ops = new ArrayList<>();
        float y = 0;
        for (int i = 0; i < items.size(); i++) {
            if (i == split) {
                y = 0;
            }
            float x = i < split ? cx.left : cx.left + colW + gutter;
            LayoutContext.stack(ops, y, b.item(list, LayoutContext.BULLET, Face.BOLD, th.accent(),
                    List.of(b.span(items.get(i), Face.REGULAR)), th.body(), x, colW, label, null));
            y += heights[i];
        }
        return new ArrayList<>(List.of(new Box(best, ops, false)));
    }
}
