package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Card;

/** Two cards side by side in one unbreakable row (the compact template). */
final class CardPairLayout {
    private CardPairLayout() {
    }

    /** The row, or null, adding nothing that is drawn, when it would be taller than a page. */
    static Group layout(Struct parent, Card a, Card c, List<Box> prefix, LayoutContext cx) {
        Theme th = cx.th;
        float colW = (cx.width - th.gap()) / 2f;
        List<Box> left = CardLayout.content(parent.add("Sect"), a, cx.left, colW, cx);
        List<Box> right = CardLayout.content(parent.add("Sect"), c, cx.left + colW + th.gap(), colW, cx);
        float ha = LayoutContext.heightOf(left);
        float hc = LayoutContext.heightOf(right);
        float h = Math.max(ha, hc);
        if (h + LayoutContext.heightOf(prefix) > cx.contentHeight) {
            return null; // the structure nodes made above hold no drawn content and are dropped
        }
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rect(cx.left, 0, colW, ha, null, th.border(), 1f, 4f));
        ops.add(new Op.Rect(cx.left + colW + th.gap(), 0, colW, hc, null, th.border(), 1f, 4f));
        LayoutContext.stack(ops, left);
        LayoutContext.stack(ops, right);
        List<Box> row = new ArrayList<>(prefix);
        row.add(new Box(h, ops, false));
        row.add(Box.space(th.gap()));
        return Group.whole(row);
    }
}
