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
        // The circles follow the number of sets ("3 sets ○ ○ ○"), or the first part when the dose
        // gives no sets. What they are for is said once: over the first card's circles when it fits
        // there without another row, else above the cards. Too many circles to follow the sets on
        // the card's width take rows of their own under the strip.
        boolean ticks = card.words().ticks() != null && !strip.items().isEmpty();
        Circles circles = ticks ? circles(card, innerW, cx) : null;
        if (circles != null && width(circles.host(), circles, cx) > innerW) {
            circles = null;
        } else {
            ticks = false;
        }
        List<List<DoseStrip.Item>> rows = strip.items().isEmpty() ? List.of()
                : rows(strip.items(), innerW, circles, cx);
        if (!rows.isEmpty()) {
            Struct p = sect.add("P");
            boolean firstRow = true;
            for (List<DoseStrip.Item> row : rows) {
                if (!firstRow) {
                    boxes.add(b.slabSpace(th.itemSpace(), slab));
                }
                firstRow = false;
                if (row.size() == 1 && width(row.get(0), circles, cx) > innerW) {
                    boxes.addAll(wrapped(row.get(0), p, slab, innerX, innerW, cx));
                } else {
                    boxes.add(row(row, circles, p, slab, innerX, cx));
                }
            }
        }
        if (ticks) {
            boxes.addAll(ticks(strip.ticks(), sect, slab, innerX, innerW, cx));
        }
        if (card.progress() != null) {
            boxes.add(b.slabSpace(th.itemSpace(), slab));
            boxes.addAll(b.paragraph(List.of(b.span(card.progress(), Face.REGULAR)), th.body(), th.text(), innerX,
                    innerW, sect.add("P"), slab));
        }
        boxes.add(b.slabSpace(pad, slab));
        return boxes;
    }

    /**
     * The circles to tick today, after the value of the strip's part {@code host}; {@code hint}
     * (what they are for) over them in the labels' line, or null.
     */
    private record Circles(DoseStrip.Item host, int count, String hint) {
    }

    /** Air after the tick hint, in gaps, on top of the two between any two parts. */
    private static final float HINT_AIR = 1.5f;

    /** The card's circles, with its hint over them when the card has one and it takes no extra row. */
    private static Circles circles(Card card, float w, LayoutContext cx) {
        DoseStrip strip = card.strip();
        Circles bare = new Circles(host(strip), strip.ticks(), null);
        String hint = card.words().ticks();
        if (hint.isEmpty()) {
            return bare;
        }
        Circles labelled = new Circles(bare.host(), bare.count(), cx.b.clean(hint, cx.th.emphasis()));
        return rows(strip.items(), w, labelled, cx).size() == rows(strip.items(), w, bare, cx).size() ? labelled : bare;
    }

    /**
     * True when the card's circles can say what they are for over themselves, on its strip {@code w}
     * wide, with no row more: the first card with circles then says it, and nothing above the cards.
     */
    static boolean hintFits(Card card, float w, LayoutContext cx) {
        if (card.words().ticks() == null || card.words().ticks().isEmpty() || card.strip().items().isEmpty()) {
            return false;
        }
        Circles c = circles(card, w - cx.th.boxPadding(), cx);
        return c.hint() != null && width(c.host(), c, cx) <= w - cx.th.boxPadding();
    }

    /** The part the circles follow: the sets, else the first. */
    private static DoseStrip.Item host(DoseStrip strip) {
        for (DoseStrip.Item i : strip.items()) {
            if (i.key().equals("sets")) {
                return i;
            }
        }
        return strip.items().get(0);
    }

    private static float figureSize(Theme th) {
        return th.body() * 1.5f;
    }

    /** One circle's diameter: at least 5 mm, a little larger than the body text. */
    private static float diameter(Theme th) {
        return Math.max(TICK_MIN, th.body() * 1.2f);
    }

    /** From the end of the value to the end of the last circle. */
    private static float circlesWidth(int count, Theme th) {
        return th.body() * 0.5f + count * diameter(th) + (count - 1) * th.gap();
    }

    /** The value's width: the figure and its unit, or the words alone. */
    private static float valueWidth(DoseStrip.Item item, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        return item.figure() == null
                ? b.width(b.clean(item.unit(), Face.BOLD), Face.BOLD, th.body() * 1.1f)
                : b.width(b.clean(item.figure(), Face.BOLD), Face.BOLD, figureSize(th)) + th.body() * 0.3f
                        + b.width(b.clean(item.unit(), Face.REGULAR), Face.REGULAR, th.body());
    }

    /** The width one part takes: its label or its value (with the circles it hosts), whichever is wider. */
    private static float width(DoseStrip.Item item, Circles circles, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float label = b.width(b.clean(item.label(), Face.REGULAR), Face.REGULAR, th.small());
        if (circles == null || circles.host() != item) {
            return Math.max(label, valueWidth(item, cx));
        }
        float from = valueWidth(item, cx) + th.body() * 0.5f;
        // The hint is an instruction, not a label: set in the emphasis face, with more air after it
        // than between two labels, so it is not read on into the next part's ("… today. Repetitions").
        float hint = circles.hint() == null ? 0f
                : from + b.width(circles.hint(), th.emphasis(), th.small()) + th.gap() * HINT_AIR;
        return Math.max(Math.max(label, hint), from + circlesWidth(circles.count(), th) - th.body() * 0.5f);
    }

    /**
     * Parts in reading order, as many to a row as fit; when they take more than one row, as evenly
     * shared as fits in as many rows ("Sets, Repetitions" over "Side, Rest", not three over one).
     */
    private static List<List<DoseStrip.Item>> rows(List<DoseStrip.Item> items, float w, Circles circles,
                                                   LayoutContext cx) {
        List<List<DoseStrip.Item>> greedy = rows(items, w, circles, items.size(), cx);
        if (greedy.size() < 2) {
            return greedy;
        }
        int most = (items.size() + greedy.size() - 1) / greedy.size();
        List<List<DoseStrip.Item>> even = rows(items, w, circles, most, cx);
        return even.size() == greedy.size() ? even : greedy;
    }

    /** Parts in reading order, as many to a row as fit, at most {@code most}. */
    private static List<List<DoseStrip.Item>> rows(List<DoseStrip.Item> items, float w, Circles circles, int most,
                                                   LayoutContext cx) {
        float gap = cx.th.gap() * 2f;
        List<List<DoseStrip.Item>> rows = new ArrayList<>();
        List<DoseStrip.Item> row = new ArrayList<>();
        float used = 0;
        for (DoseStrip.Item item : items) {
            float iw = width(item, circles, cx);
            if (!row.isEmpty() && (used + gap + iw > w || row.size() >= most)) {
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

    private static Box row(List<DoseStrip.Item> items, Circles circles, Struct p, Blocks.Slab slab, float x,
                           LayoutContext cx) {
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
            if (circles != null && circles.host() == item) {
                // Centred on the value's small letters, so they read as part of "3 sets".
                float d = diameter(th);
                float cy = valueBase - th.body() * 0.27f - d / 2f;
                float step = d + th.gap();
                float from = cx0 + valueWidth(item, cx) + th.body() * 0.5f;
                for (int i = 0; i < circles.count(); i++) {
                    ops.add(new Op.Rect(from + i * step, cy, d, d, 0xFFFFFF, TICK_STROKE, 1.25f, d / 2f));
                }
                if (circles.hint() != null) {
                    ops.add(new Op.Text(from, labelBase, circles.hint(), th.emphasis(), th.small(), th.muted(),
                            p.content()));
                }
            }
            cx0 += width(item, circles, cx) + th.gap() * 2f;
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

    /** Circles too many to follow the sets on the card's width: rows of them under the strip. */
    private static List<Box> ticks(int count, Struct sect, Blocks.Slab slab, float x, float w, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        float d = diameter(th);
        float step = d + th.gap();
        int perRow = Math.max(1, (int) ((w + th.gap()) / step));
        List<Box> boxes = new ArrayList<>();
        boxes.add(b.slabSpace(th.itemSpace(), slab));
        for (int from = 0; from < count; from += perRow) {
            int n = Math.min(perRow, count - from);
            float h = d + th.itemSpace();
            List<Op> ops = new ArrayList<>();
            ops.add(new Op.Rect(slab.x(), 0, slab.width(), h, slab.fill(), null, 0, 0));
            ops.add(new Op.Rect(slab.x(), 0, th.barWidth(), h, slab.bar(), null, 0, 0));
            for (int i = 0; i < n; i++) {
                ops.add(new Op.Rect(x + i * step, 0, d, d, 0xFFFFFF, TICK_STROKE, 1.25f, d / 2f));
            }
            boxes.add(new Box(h, ops, true));
        }
        return boxes;
    }
}
