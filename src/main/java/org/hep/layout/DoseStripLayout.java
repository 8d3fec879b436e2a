package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Card;
import org.hep.dose.DoseStrip;

/**
 * The card's dose as a strip on an accent-barred tint: each part a small label over a large
 * figure with its unit ("Sets / 3 sets"), wrapping to a second row when the card is narrow; then
 * one circle per set to tick today, and the progression line. A figure never parts from its unit.
 */
final class DoseStripLayout {
    /** 5 mm: the smallest circle or box a patient can tick with a pen. */
    static final float TICK_MIN = 14.2f;
    /** Tick outlines: dark grey, about 10:1 on white and 9:1 on the tint, so they print in greyscale. */
    static final int TICK_STROKE = 0x444444;

    private DoseStripLayout() {
    }

    static List<Box> layout(Card card, Struct sect, float x, float w, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        DoseStrip strip = card.strip();
        List<Box> boxes = new ArrayList<>();
        if (strip.items().isEmpty() && card.progress() == null) {
            return boxes;
        }
        float pad = th.boxPadding();
        // The tint and its bar reach into the card's hanging column; the figures start at the text edge.
        float innerX = x;
        float innerW = w - pad;
        Blocks.Slab slab = new Blocks.Slab(x - th.hang(), w + th.hang(), th.tint(), th.accent());
        boxes.add(b.slabSpace(pad, slab));
        List<List<DoseStrip.Item>> rows = strip.items().isEmpty() ? List.of() : rows(strip.items(), innerW, cx);
        boolean ticks = card.words().ticks() != null && !strip.items().isEmpty();
        if (ticks && rows.size() == 1) {
            Box beside = rowWithTicks(rows.get(0), strip.ticks(), card.words().ticks(), sect, slab, innerX, innerW, cx);
            if (beside != null) {
                boxes.add(beside);
                rows = List.of();
                ticks = false;
            }
        }
        if (!rows.isEmpty()) {
            Struct p = sect.add("P");
            boolean firstRow = true;
            for (List<DoseStrip.Item> row : rows) {
                if (!firstRow) {
                    boxes.add(b.slabSpace(th.itemSpace(), slab));
                }
                firstRow = false;
                if (row.size() == 1 && width(row.get(0), cx) > innerW) {
                    boxes.addAll(wrapped(row.get(0), p, slab, innerX, innerW, cx));
                } else {
                    boxes.add(row(row, p, slab, innerX, cx));
                }
            }
        }
        if (ticks) {
            boxes.addAll(ticks(strip.ticks(), card.words().ticks(), sect, slab, innerX, innerW, cx));
        }
        if (card.progress() != null) {
            boxes.add(b.slabSpace(th.itemSpace(), slab));
            boxes.addAll(b.paragraph(List.of(b.span(card.progress(), Face.REGULAR)), th.body(), th.text(), innerX,
                    innerW, sect.add("P"), slab));
        }
        boxes.add(b.slabSpace(pad, slab));
        return boxes;
    }

    private static float figureSize(Theme th) {
        return th.body() * 1.5f;
    }

    /** The width one part takes: its label or its figure and unit, whichever is wider. */
    private static float width(DoseStrip.Item item, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float label = b.width(b.clean(item.label(), Face.REGULAR), Face.REGULAR, th.small());
        float value = item.figure() == null
                ? b.width(b.clean(item.unit(), Face.BOLD), Face.BOLD, th.body() * 1.1f)
                : b.width(b.clean(item.figure(), Face.BOLD), Face.BOLD, figureSize(th)) + th.body() * 0.3f
                        + b.width(b.clean(item.unit(), Face.REGULAR), Face.REGULAR, th.body());
        return Math.max(label, value);
    }

    /** Parts in reading order, as many to a row as fit. */
    private static List<List<DoseStrip.Item>> rows(List<DoseStrip.Item> items, float w, LayoutContext cx) {
        float gap = cx.th.gap() * 2f;
        List<List<DoseStrip.Item>> rows = new ArrayList<>();
        List<DoseStrip.Item> row = new ArrayList<>();
        float used = 0;
        for (DoseStrip.Item item : items) {
            float iw = width(item, cx);
            if (!row.isEmpty() && used + gap + iw > w) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : gap) + iw;
            row.add(item);
        }
        rows.add(row);
        return rows;
    }

    private static Box row(List<DoseStrip.Item> items, Struct p, Blocks.Slab slab, float x, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float labelH = th.lineHeight(th.small());
        float figure = figureSize(th);
        float valueH = th.lineHeight(figure);
        float h = labelH + valueH;
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rect(slab.x(), 0, slab.width(), h, slab.fill(), null, 0, 0));
        ops.add(new Op.Rect(slab.x(), 0, th.barWidth(), h, slab.bar(), null, 0, 0));
        float labelBase = b.baseline(th.small(), labelH);
        float valueBase = labelH + b.baseline(figure, valueH);
        float cx0 = x;
        for (DoseStrip.Item item : items) {
            String label = b.clean(item.label(), Face.REGULAR);
            ops.add(new Op.Text(cx0, labelBase, label, Face.REGULAR, th.small(), th.muted(), p.content()));
            if (item.figure() == null) {
                ops.add(new Op.Text(cx0, valueBase, b.clean(item.unit(), Face.BOLD), Face.BOLD, th.body() * 1.1f,
                        th.text(), p.content()));
            } else {
                String fig = b.clean(item.figure(), Face.BOLD);
                ops.add(new Op.Text(cx0, valueBase, fig, Face.BOLD, figure, th.text(), p.content()));
                float ux = cx0 + b.width(fig, Face.BOLD, figure) + th.body() * 0.3f;
                ops.add(new Op.Text(ux, valueBase, b.clean(item.unit(), Face.REGULAR), Face.REGULAR, th.body(),
                        th.text(), p.content()));
            }
            cx0 += width(item, cx) + th.gap() * 2f;
        }
        return new Box(h, ops, true);
    }

    /**
     * The strip's one row with the circles to tick at its end, their hint (at most two lines) over
     * them where the other parts have their labels: one row instead of three. Null when they do not fit.
     */
    private static Box rowWithTicks(List<DoseStrip.Item> items, int count, String hint, Struct sect, Blocks.Slab slab,
                                    float x, float w, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float used = 0;
        for (DoseStrip.Item item : items) {
            used += width(item, cx) + th.gap() * 2f;
        }
        float d = Math.max(TICK_MIN, th.body() * 1.2f);
        float room = w - used;
        List<String> hintLines = b.lines(hint, Face.REGULAR, th.small(), room);
        if (count * (d + th.gap()) > room || hintLines.size() > 2) {
            return null;
        }
        float labelH = th.lineHeight(th.small());
        float top = labelH * (hintLines.size() - 1);
        Box row = row(items, sect.add("P"), slab, x, cx);
        float h = top + row.height();
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rect(slab.x(), 0, slab.width(), h, slab.fill(), null, 0, 0));
        ops.add(new Op.Rect(slab.x(), 0, th.barWidth(), h, slab.bar(), null, 0, 0));
        row.ops().stream().skip(2).forEach(op -> ops.add(op.shift(top)));
        float tx = x + used;
        Struct p = sect.add("P");
        for (int i = 0; i < hintLines.size(); i++) {
            ops.add(new Op.Text(tx, i * labelH + b.baseline(th.small(), labelH), hintLines.get(i), Face.REGULAR,
                    th.small(), th.muted(), p.content()));
        }
        float valueH = row.height() - labelH;
        float cy = top + labelH + (valueH - d) / 2f;
        for (int i = 0; i < count; i++) {
            ops.add(new Op.Rect(tx + i * (d + th.gap()), cy, d, d, 0xFFFFFF, TICK_STROKE, 1.25f, d / 2f));
        }
        return new Box(h, ops, true);
    }

    /** A part too wide for the strip (a long load): its label, then its words wrapped. */
    private static List<Box> wrapped(DoseStrip.Item item, Struct p, Blocks.Slab slab, float x, float w, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        List<Box> boxes = new ArrayList<>(b.paragraph(List.of(b.span(item.label(), Face.REGULAR)), th.small(),
                th.muted(), x, w, p, slab));
        String value = item.figure() == null ? item.unit() : item.figure() + "\u00a0" + item.unit();
        boxes.addAll(b.paragraph(List.of(b.span(value, Face.BOLD)), th.body() * 1.1f, th.text(), x, w, p, slab));
        return boxes;
    }

    /**
     * One circle per set and what they are for, on one row when the hint fits after them; circles
     * wrap when there are many, and the hint then takes a line of its own under them.
     */
    private static List<Box> ticks(int count, String hint, Struct sect, Blocks.Slab slab, float x, float w,
                                   LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        float d = Math.max(TICK_MIN, th.body() * 1.2f);
        float step = d + th.gap();
        int perRow = Math.max(1, (int) ((w + th.gap()) / step));
        List<Box> boxes = new ArrayList<>();
        boxes.add(b.slabSpace(th.itemSpace(), slab));
        String text = b.clean(hint, Face.REGULAR);
        float hintX = x + count * step + th.gap() * 0.5f;
        boolean oneRow = count <= perRow && hintX + b.width(text, Face.REGULAR, th.small()) <= x + w;
        for (int from = 0; from < count; from += perRow) {
            int n = Math.min(perRow, count - from);
            float h = d + th.itemSpace();
            List<Op> ops = new ArrayList<>();
            ops.add(new Op.Rect(slab.x(), 0, slab.width(), h, slab.fill(), null, 0, 0));
            ops.add(new Op.Rect(slab.x(), 0, th.barWidth(), h, slab.bar(), null, 0, 0));
            for (int i = 0; i < n; i++) {
                ops.add(new Op.Rect(x + i * step, 0, d, d, 0xFFFFFF, TICK_STROKE, 1.25f, d / 2f));
            }
            if (oneRow) {
                ops.add(new Op.Text(hintX, b.baseline(th.small(), d), text, Face.REGULAR, th.small(), th.muted(),
                        sect.add("P").content()));
            }
            boxes.add(new Box(h, ops, true));
        }
        if (!oneRow) {
            boxes.addAll(b.paragraph(List.of(b.span(hint, Face.REGULAR)), th.small(), th.muted(), x, w,
                    sect.add("P"), slab));
        }
        return boxes;
    }
}
