package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;

/**
 * The traffic-light pain guide under the advice: a green, an amber and a red light, each with
 * its sentence. The sentences start with the colour's name, so the guide still reads in
 * greyscale or for a reader who does not tell the colours apart.
 */
final class PainGuideLayout {
    // Three clearly different greys too (amber light, green middle, red dark): a deeper green and
    // a deeper red printed as the same grey on a black-and-white printer.
    static final int GREEN = 0x43A047;
    static final int AMBER = 0xF2B600;
    static final int RED = 0xB71C1C;

    private PainGuideLayout() {
    }

    static List<Box> layout(Block.PainGuide guide, Struct sect, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        List<Box> boxes = new ArrayList<>();
        boxes.add(Box.space(th.paragraphSpace()));
        Struct div = sect.add("Div");
        for (Box t : b.paragraph(List.of(b.span(guide.title(), Face.BOLD)), th.body(), th.text(), cx.left, cx.width,
                div.add("P"), null)) {
            boxes.add(new Box(t.height(), t.ops(), true));
        }
        float d = th.body() * 1.1f;
        float indent = d + th.gap();
        String[] lines = {guide.green(), guide.amber(), guide.red()};
        int[] colours = {GREEN, AMBER, RED};
        for (int i = 0; i < 3; i++) {
            List<Box> text = b.paragraph(List.of(b.span(lines[i], Face.REGULAR)), th.body(), th.text(),
                    cx.left + indent, cx.width - indent, div.add("P"), null);
            Box first = text.get(0);
            List<Op> ops = new ArrayList<>();
            ops.add(new Op.Rect(cx.left, (first.height() - d) / 2f, d, d, colours[i], 0x333333, 0.75f, d / 2f));
            ops.addAll(first.ops());
            text.set(0, new Box(first.height(), ops, first.keepWithNext()));
            boxes.addAll(text);
            boxes.add(Box.space(th.itemSpace()));
        }
        return boxes;
    }
}
