package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Card;

/** A card's number badge and exercise name, tagged as one heading ("1 Squat") that never ends a page. */
final class CardTitle {
    private CardTitle() {
    }

    static List<Box> layout(Card card, Struct h3, float x, float w, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float size = th.h3();
        String num = Integer.toString(card.number());
        float badge = Math.max(size * 1.5f, b.width(num, Face.BOLD, size) + size * 0.8f);
        // The badge hangs left of the card's text edge; a wide number pushes the name along.
        float nameX = Math.max(x, x - th.hang() + badge + size * 0.5f);
        List<Box> name = b.paragraph(List.of(b.span(card.name(), Face.BOLD)), size, th.text(),
                nameX, x + w - nameX, null, null);
        float bx = x - th.hang();
        // A name of more than three lines is rare (a pasted paragraph, a huge template size):
        // its further lines become boxes of their own, so the page can break between them.
        List<Box> more = new ArrayList<>();
        if (name.size() > 3) {
            for (Box n : name.subList(1, name.size())) {
                more.add(new Box(n.height(), retag(n.ops(), h3, 0), false));
            }
            name = name.subList(0, 1);
        }
        float nameH = LayoutContext.heightOf(name);
        float h = Math.max(badge, nameH);
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rect(bx, (h - badge) / 2f, badge, badge, th.accent(), null, 0, badge * 0.2f));
        float numBase = (h - badge) / 2f + b.baseline(size, badge);
        ops.add(new Op.Text(bx + (badge - b.width(num, Face.BOLD, size)) / 2f, numBase, num, Face.BOLD, size, 0xFFFFFF,
                h3.content()));
        float y = (h - nameH) / 2f;
        for (Box n : name) {
            ops.addAll(retag(n.ops(), h3, y));
            y += n.height();
        }
        if (more.isEmpty()) {
            return List.of(new Box(h + th.headingGap(), ops, true));
        }
        List<Box> boxes = new ArrayList<>();
        boxes.add(new Box(h, ops, true));
        for (Box m : more) {
            boxes.add(new Box(m.height(), m.ops(), true));
        }
        boxes.add(new Box(th.headingGap(), List.of(), true));
        return boxes;
    }

    /** The name's text ops moved down by {@code dy} and read as part of the heading. */
    private static List<Op> retag(List<Op> ops, Struct h3, float dy) {
        List<Op> out = new ArrayList<>();
        for (Op op : ops) {
            Op.Text t = (Op.Text) op;
            out.add(new Op.Text(t.x(), t.baseline() + dy, t.text(), t.face(), t.size(), t.color(), h3.content()));
        }
        return out;
    }
}
