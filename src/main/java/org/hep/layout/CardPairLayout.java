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
        Theme th = cx.th;
        float colW = (cx.width - th.gutter()) / 2f;
        float rightX = cx.left + colW + th.gutter();
        List<Box> left = CardLayout.content(parent.add("Sect"), a, cx.left, colW, cx);
        List<Box> right = c == null ? List.of() : CardLayout.content(parent.add("Sect"), c, rightX, colW, cx);
        float h = Math.max(LayoutContext.heightOf(left), LayoutContext.heightOf(right));
        if (h + LayoutContext.heightOf(prefix) > cx.contentHeight) {
            return null; // the structure nodes made above hold no drawn content and are dropped
        }
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rect(cx.left, 0, colW, h, null, th.border(), 1f, 4f));
        if (c != null) {
            ops.add(new Op.Rect(rightX, 0, colW, h, null, th.border(), 1f, 4f));
        }
        LayoutContext.stack(ops, left);
        LayoutContext.stack(ops, right);
        List<Box> row = new ArrayList<>(prefix);
        row.add(new Box(h, ops, false));
        row.add(Box.space(th.gap()));
        return Group.whole(row);
    }
}
