package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;

/**
 * The traffic-light pain guide under the advice: a green circle, an amber triangle and a red
 * octagon with a white bar, each with its sentence. The sentences start with the colour's name and the signs
 * differ in shape, so the guide still reads in greyscale or for a reader who does not tell the
 * colours apart.
 */
final class PainGuideLayout {
    // Three clearly different greys too (amber light, green middle, red dark): a deeper green and
    // a deeper red printed as the same grey on a black-and-white printer.
    static final int GREEN = 0x43A047;
    static final int AMBER = 0xF2B600;
    static final int RED = 0xB71C1C;

    /** The triangle's width for a circle {@code d} across: an equilateral triangle {@code d} tall. */
    private static final float TRIANGLE_WIDTH = 1.155f;
    private static final int OUTLINE = 0x333333;
    private static final float OUTLINE_WIDTH = 0.75f;

    private PainGuideLayout() {
    }

    /**
     * Level {@code level}'s sign centred on ({@code x}, {@code y}), {@code d} tall, as a decoration
     * (the sentence beside it says the same): green a circle, amber a triangle (take care), red an
     * octagon with a white bar (stop), like road signs. Three shapes tell them apart on a
     * black-and-white printer and to a reader who does not see the colours.
     */
    static List<Op> sign(int level, float x, float y, float d) {
        float r = d / 2f;
        if (level == 0) {
            return List.of(new Op.Rect(x - r, y - r, d, d, GREEN, OUTLINE, OUTLINE_WIDTH, r));
        }
        if (level == 1) {
            float half = d * TRIANGLE_WIDTH / 2f;
            return List.of(new Op.Polygon(new float[] {x, x + half, x - half}, new float[] {y - r, y + r, y + r},
                    AMBER, OUTLINE, OUTLINE_WIDTH));
        }
        // Flat sides top, bottom, left and right, d apart: the corners lie r / cos(22.5°) out.
        float out = r / (float) Math.cos(Math.PI / 8);
        float[] xs = new float[8];
        float[] ys = new float[8];
        for (int k = 0; k < 8; k++) {
            double a = Math.PI / 8 + k * Math.PI / 4;
            xs[k] = x + out * (float) Math.cos(a);
            ys[k] = y + out * (float) Math.sin(a);
        }
        // A white bar across it, as on a no-entry sign: at the size of a line of text an octagon alone
        // is nearly a circle.
        float barW = d * 0.62f;
        float barH = d * 0.2f;
        return List.of(new Op.Polygon(xs, ys, RED, OUTLINE, OUTLINE_WIDTH),
                new Op.Rect(x - barW / 2f, y - barH / 2f, barW, barH, 0xFFFFFF, null, 0f, 0f));
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
        // The slot is as wide as the triangle, the widest of the three signs.
        float slot = d * TRIANGLE_WIDTH;
        float indent = slot + th.gap();
        String[] lines = {guide.green(), guide.amber(), guide.red()};
        for (int i = 0; i < 3; i++) {
            List<Box> text = b.paragraph(List.of(b.span(lines[i], Face.REGULAR)), th.body(), th.text(),
                    cx.left + indent, cx.width - indent, div.add("P"), null);
            Box first = text.get(0);
            List<Op> ops = new ArrayList<>(sign(i, cx.left + slot / 2f, first.height() / 2f, d));
            ops.addAll(first.ops());
            text.set(0, new Box(first.height(), ops, first.keepWithNext()));
            boxes.addAll(text);
            boxes.add(Box.space(th.itemSpace()));
        }
        return boxes;
    }
}
