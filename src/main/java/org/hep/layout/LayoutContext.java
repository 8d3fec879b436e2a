package org.hep.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * What every block's layout shares: the text builders, the theme, the content area, the
 * structure tree being built in reading order, and the heading levels used so far.
 */
final class LayoutContext {
    static final String BULLET = "\u2022";

    final Blocks b;
    final Theme th;
    final float left;
    final float width;
    final float contentHeight;
    final Struct root;
    /** How large the pictures beside a card's steps are drawn, 1 the usual: smaller when that saves a page. */
    final float pictureScale;
    /** Where a page may come between a card's parts. */
    final CardKeeps keeps;
    /** How far heading levels are shifted, set by the first heading drawn; shared with {@link #column}. */
    private final int[] headingShift;

    LayoutContext(Blocks b, Theme th, float left, float width, float contentHeight, float pictureScale,
                  CardKeeps keeps) {
        this(b, th, left, width, contentHeight, pictureScale, keeps, Struct.root(), new int[] {-1});
    }

    private LayoutContext(Blocks b, Theme th, float left, float width, float contentHeight, float pictureScale,
                          CardKeeps keeps, Struct root, int[] headingShift) {
        this.b = b;
        this.th = th;
        this.left = left;
        this.width = width;
        this.contentHeight = contentHeight;
        this.pictureScale = pictureScale;
        this.keeps = keeps;
        this.root = root;
        this.headingShift = headingShift;
    }

    /** The same builders and area over a structure tree of its own: for measuring what may not be placed. */
    LayoutContext scratch() {
        return new LayoutContext(b, th, left, width, contentHeight, pictureScale, keeps, Struct.root(),
                new int[] {headingShift[0]});
    }

    /** The same handout, laid out in a column {@code w} wide at {@code x} (the same structure tree and headings). */
    LayoutContext column(float x, float w) {
        return new LayoutContext(b, th, x, w, contentHeight, pictureScale, keeps, root, headingShift);
    }

    /**
     * The tag for a heading of the design's level (1 title, 2 section, 3 exercise), shifted so the
     * first heading drawn is H1: a template may leave the title out or move it, and a screen
     * reader's heading outline (PDF/UA) must start at H1 and never skip a level.
     */
    String heading(int level) {
        if (headingShift[0] < 0) {
            headingShift[0] = level - 1;
        }
        return "H" + Math.max(1, level - headingShift[0]);
    }

    /** A section heading in the accent colour that stays with what follows it. */
    List<Box> sectionHeading(String text, Struct parent) {
        List<Box> boxes = b.heading(text, th.h2(), th.accent(), left, width,
                parent == null ? null : parent.add(heading(2)), th.sectionSpace());
        boxes.add(new Box(th.headingGap(), List.of(), true));
        return boxes;
    }

    /** A bulleted (or ticked, or numbered) list, tagged L → LI, breaking across pages as {@link ListKeeps} allows. */
    List<Box> bullets(Struct parent, List<String> items, String mark, int markColor, Blocks.Slab slab, float x,
                      float w) {
        return bullets(parent, items, mark, markColor, slab, x, w, th.body() * 1.6f);
    }

    /** The same, the marks in a column {@code labelWidth} wide at {@code x}. */
    List<Box> bullets(Struct parent, List<String> items, String mark, int markColor, Blocks.Slab slab, float x,
                      float w, float labelWidth) {
        if (items.isEmpty()) {
            return new ArrayList<>();
        }
        Struct list = parent.add("L");
        List<List<Box>> laid = new ArrayList<>();
        for (String item : items) {
            List<Box> boxes = new ArrayList<>(b.item(list, mark, Face.BOLD, markColor,
                    List.of(b.span(item, Face.REGULAR)), th.body(), x, w, labelWidth, slab));
            boxes.add(slab == null ? Box.space(th.itemSpace()) : b.slabSpace(th.itemSpace(), slab));
            laid.add(boxes);
        }
        return ListKeeps.apply(laid);
    }

    /** "Label: text" with a bold label, as one paragraph. */
    List<Box> labelled(String label, String text, Struct parent, float x, float w) {
        return b.paragraph(List.of(b.span(label + ": ", Face.BOLD), b.span(text, Face.REGULAR)), th.body(),
                th.text(), x, w, parent.add("P"), null);
    }

    /**
     * Lines of {@code text} in {@code width}, at most {@code max}, the last cut with an ellipsis: for
     * a name inside an unbreakable row, which only has to remind the patient what the row is for.
     */
    List<String> clipped(String text, Face face, float size, float width, int max) {
        List<String> lines = b.lines(text, face, size, width);
        if (lines.size() <= max) {
            return lines;
        }
        String last = lines.get(max - 1);
        while (!last.isEmpty() && b.width(last + "\u2026", face, size) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        List<String> out = new ArrayList<>(lines.subList(0, max - 1));
        out.add(last + "\u2026");
        return out;
    }

    /** {@code size}, or smaller when one short word ("W", "31") would not fit its cell at it. */
    float fitSize(String text, Face face, float size, float width) {
        float w = b.width(text, face, size);
        return w <= width ? size : size * width / w;
    }

    static float heightOf(List<Box> boxes) {
        float h = 0;
        for (Box bx : boxes) {
            h += bx.height();
        }
        return h;
    }

    /** The ops of {@code boxes} stacked one under the other, from y = 0. */
    static void stack(List<Op> into, List<Box> boxes) {
        stack(into, 0, boxes);
    }

    /** The same, from y = {@code top}. */
    static void stack(List<Op> into, float top, List<Box> boxes) {
        float y = top;
        for (Box bx : boxes) {
            float dy = y;
            bx.ops().forEach(op -> into.add(op.shift(dy)));
            y += bx.height();
        }
    }

    /** Width and height of a picture scaled into a box, keeping its aspect ratio. */
    static float[] fit(int pixelWidth, int pixelHeight, float maxW, float maxH) {
        float scale = Math.min(maxW / pixelWidth, maxH / pixelHeight);
        return new float[] {pixelWidth * scale, pixelHeight * scale};
    }

    /**
     * Hangs {@code op} from the first box; the boxes beside it are kept on one page with it,
     * and a spacer is added when the text is shorter than the picture.
     */
    static List<Box> hang(List<Box> boxes, Op op, float height) {
        return hang(boxes, List.of(op), height);
    }

    /** {@link #hang(List, Op, float)} for a picture drawn with several ops (two pictures and their captions). */
    static List<Box> hang(List<Box> boxes, List<Op> hung, float height) {
        List<Box> out = new ArrayList<>();
        float covered = 0;
        for (int i = 0; i < boxes.size(); i++) {
            Box bx = boxes.get(i);
            List<Op> ops = bx.ops();
            if (i == 0) {
                ops = new ArrayList<>(ops);
                ops.addAll(0, hung);
            }
            covered += bx.height();
            boolean beside = covered < height;
            out.add(new Box(bx.height(), ops, bx.keepWithNext() || beside || i == 0 && covered < height, bx.neverLast()));
        }
        if (covered < height) {
            out.add(Box.space(height - covered));
        }
        return out;
    }
}
