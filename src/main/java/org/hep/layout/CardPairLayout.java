package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Card;

/**
 * Two cards side by side in one unbreakable row (the compact template): a gutter of at least a
 * quarter inch between them, both frames as tall as the taller card and their text top-aligned.
 * An odd last card keeps the column's width, so its lines stay as short as its neighbours'.
 */
final class CardPairLayout {
    private CardPairLayout() {
    }

    /**
     * The row of {@code a} and {@code c} ({@code c} null: {@code a} alone in the left column), or
     * null, adding nothing that is drawn, when it would be taller than a page.
     */
    static Group layout(Struct parent, Card a, Card c, List<Box> prefix, LayoutContext cx) {
        return layout(parent, a, c, prefix, null, cx);
    }

    /**
     * As above; an odd last card ({@code c} null) has {@code beside} (the advice, laid out a column
     * wide) in the empty column beside it when that is no taller than the card: the advice read
     * right after the last exercise, where it would otherwise take a page of its own under it.
     * {@code beside.placed} says whether it went there.
     */
    static Group layout(Struct parent, Card a, Card c, List<Box> prefix, Beside beside, LayoutContext cx) {
        Theme th = cx.th;
        float colW = (cx.width - th.gutter()) / 2f;
        float rightX = cx.left + colW + th.gutter();
        List<Box> left = CardLayout.content(parent.add("Sect"), a, cx.left, colW, cx);
        List<Box> right = c == null ? List.of() : CardLayout.content(parent.add("Sect"), c, rightX, colW, cx);
        float h = Math.max(LayoutContext.heightOf(left), LayoutContext.heightOf(right));
        if (h + LayoutContext.heightOf(prefix) > cx.contentHeight) {
            return null; // the structure nodes made above hold no drawn content and are dropped
        }
        List<Box> text = List.of();
        if (c == null && beside != null && beside.height(cx.scratch().column(rightX, colW)) <= h) {
            text = beside.boxes(cx.column(rightX, colW));
            beside.placed = true;
        }
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rect(cx.left, 0, colW, h, null, th.border(), 1f, 4f));
        if (c != null) {
            ops.add(new Op.Rect(rightX, 0, colW, h, null, th.border(), 1f, 4f));
        }
        LayoutContext.stack(ops, left);
        LayoutContext.stack(ops, right);
        LayoutContext.stack(ops, text);
        List<Box> row = new ArrayList<>(prefix);
        row.add(new Box(h, ops, false));
        row.add(Box.space(th.gap()));
        return Group.whole(row);
    }

    /** Running text that may stand beside an odd last card, in the column it leaves empty. */
    abstract static class Beside {
        boolean placed;

        /** The text laid out in {@code column}, the space above its first line dropped. */
        abstract List<Box> laidOut(LayoutContext column);

        final List<Box> boxes(LayoutContext column) {
            List<Box> boxes = laidOut(column);
            int first = 0;
            while (first < boxes.size() && boxes.get(first).isSpace()) {
                first++;
            }
            int end = boxes.size();
            while (end > first && boxes.get(end - 1).isSpace()) {
                end--;
            }
            return boxes.subList(first, end);
        }

        final float height(LayoutContext scratch) {
            return LayoutContext.heightOf(boxes(scratch));
        }
    }
}
