package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Card;
import org.hep.compose.Video;

/** The parts inside a card (the dose strip has its own class): the numbered steps, the tinted tip and caution boxes, the video code. */
final class CardParts {
    private CardParts() {
    }

    /** How wide a step's text may be, by where the step starts (a picture may stand beside the first ones). */
    @FunctionalInterface
    interface Measure {
        float width(float top);
    }

    /**
     * The numbered steps, one list of boxes per step (with the space after it); the first starts
     * {@code top} points down, where {@code measure} sets each step's width.
     */
    static List<List<Box>> steps(List<String> steps, Struct sect, float x, Measure measure, float top,
                                 LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        Struct list = sect.add("L");
        List<List<Box>> out = new ArrayList<>();
        // Numbers hang in the card's column left of the text edge, like the bullets of tips and cautions.
        float hang = th.hang();
        float y = top;
        int n = 0;
        for (String step : steps) {
            n++;
            float w = measure.width(y);
            List<Box> boxes = new ArrayList<>(b.item(list, n + ".", Face.BOLD, th.accent(),
                    List.of(b.span(step, Face.REGULAR)), th.body(), x - hang, w + hang, hang, null));
            boxes.add(Box.space(th.stepSpace()));
            y += LayoutContext.heightOf(boxes);
            out.add(boxes);
        }
        return out;
    }

    /**
     * A box with a title and marked items and a rule at its left: {@code fill} null for tips (white,
     * a thin accent rule), filled with a heavy dark rule for cautions, so the two differ on any printer.
     */
    static List<Box> callout(Struct sect, String icon, String title, String mark, List<String> items, Integer fill,
                             int bar, float barWidth, int markColor, float x, float w, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float pad = th.boxPadding();
        // The box reaches into the card's hanging column, where its rule and bullets sit; its words start at the text edge.
        Blocks.Slab slab = new Blocks.Slab(x - th.hang(), w + th.hang(), fill, bar, barWidth);
        float inner = x;
        float innerW = w - pad;
        List<Box> boxes = new ArrayList<>();
        boxes.add(Box.space(th.paragraphSpace()));
        boxes.add(b.slabSpace(pad, slab));
        Struct div = sect.add("Div");
        int titleColor = markColor == th.accent() ? th.accent() : th.cautionBar();
        Struct p = div.add("P");
        String words = icon == null ? title : icon + " " + title;
        boolean first = true;
        for (Box h : b.paragraph(List.of(b.span(words, Face.BOLD)), th.body(), titleColor, inner, innerW, p, slab)) {
            List<Op> ops = first && icon != null ? larger(h.ops(), icon, b) : h.ops();
            first = false;
            boxes.add(new Box(h.height(), ops, true));
        }
        boxes.addAll(cx.bullets(div, items, mark, markColor, slab, inner - th.hang(), innerW + th.hang(), th.hang()));
        boxes.add(b.slabSpace(pad * 0.7f, slab));
        return boxes;
    }

    /**
     * The title's first line with its sign a quarter larger than the words, on their baseline, so
     * a warning's sign catches the eye; the line's text reads the same ("⚠ Take care"). The sign is
     * decoration for a screen reader (as in the HTML handout), which reads the heading's words.
     */
    private static List<Op> larger(List<Op> ops, String icon, Blocks b) {
        String sign = b.span(icon, Face.BOLD).text();
        List<Op> out = new ArrayList<>();
        for (Op op : ops) {
            if (op instanceof Op.Text t && !sign.isEmpty() && t.text().startsWith(sign + " ")) {
                float big = t.size() * 1.25f;
                out.add(new Op.Text(t.x(), t.baseline(), sign, t.face(), big, t.color(), null));
                out.add(new Op.Text(t.x() + b.width(sign, t.face(), big), t.baseline(), t.text().substring(sign.length()),
                        t.face(), t.size(), t.color(), t.mark()));
            } else {
                out.add(op);
            }
        }
        return out;
    }

    /** The QR code (at least an inch) with "Watch the video" and the address, in short, beside it. */
    static Box qr(Video video, Struct sect, float x, float w, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        boolean[][] modules = video.modules();
        float size = Math.max(72f, th.body() * 5f);
        Struct fig = sect.add("Figure", video.alt());
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Qr(x, 0, size, modules, fig.content()));
        float tx = x + size + th.gap() * 1.5f;
        float tw = w - size - th.gap() * 1.5f;
        Struct p = sect.add("P");
        float y = 0;
        for (Box l : b.paragraph(List.of(b.span(video.label(), Face.BOLD)), th.body(), th.text(), tx, tw, p, null)) {
            ops.addAll(l.ops());
            y += l.height();
        }
        for (Box l : b.paragraph(List.of(b.span(video.shortUrl(), Face.REGULAR)), th.small(), th.muted(), tx, tw, p, null)) {
            float dy = y;
            l.ops().forEach(op -> ops.add(op.shift(dy)));
            y += l.height();
        }
        return new Box(Math.max(size, y), ops, false);
    }
}
