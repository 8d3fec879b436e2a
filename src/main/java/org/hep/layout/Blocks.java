package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hep.compose.Glue;
import org.hep.script.ArabicShaping;
import org.hep.script.VisualOrder;

/**
 * Builds boxes for the block kinds a handout uses — paragraphs, list items, headings,
 * slabs of colour behind callouts — at a given indent and width. Every string passes
 * through {@link #clean}, which swaps characters the font lacks for '?' and remembers them.
 */
public final class Blocks {
    private final Metrics metrics;
    private final TextWrap wrap;
    private final Theme theme;
    private final Glue glue;
    private final SortedSet<Integer> missing = new TreeSet<>();
    private final TextMemo memo;

    public Blocks(Metrics metrics, Theme theme, Glue glue) {
        this.metrics = metrics;
        this.wrap = new TextWrap(metrics);
        this.theme = theme;
        this.glue = glue;
        this.memo = TextMemo.forThread(metrics, glue);
    }

    public Metrics metrics() {
        return metrics;
    }

    /** Code points that were replaced because no face has them. */
    public SortedSet<Integer> missing() {
        return missing;
    }

    /**
     * Single-line text: no-break spaces where a line must not break ({@link Glue}), whitespace
     * collapsed, control characters dropped (direction controls kept for the drawing order), Arabic letters joined (measured as drawn), missing
     * glyphs → '?' (a missing no-break space → the wider one, or a plain space).
     */
    public String clean(String raw, Face face) {
        TextMemo.Cleaned known = memo.get(raw, face);
        if (known != null) {
            for (int cp : known.missing()) {
                missing.add(cp);
            }
            return known.text();
        }
        List<Integer> missed = new ArrayList<>(0);
        String cleaned = cleanNow(raw, face, missed);
        missing.addAll(missed);
        memo.put(raw, face, cleaned, missed);
        return cleaned;
    }

    /** {@link #clean}, noting in {@code missed} the characters it replaced. */
    private String cleanNow(String raw, Face face, List<Integer> missed) {
        String text = ArabicShaping.shape(glue.apply(raw));
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        boolean shown = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean noBreak = cp == 0x00A0 || cp == 0x202F;
            if (!noBreak && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                space = shown;
                continue;
            }
            if (VisualOrder.isControl(cp)) {
                // Kept, in place: the line's order is worked out with them, as a browser does
                // for the HTML handout; they are left out only when the line is drawn.
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.appendCodePoint(cp);
                continue;
            }
            shown = true;
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            if (metrics.hasGlyph(cp, face)) {
                sb.appendCodePoint(cp);
            } else if (noBreak) {
                sb.append(metrics.hasGlyph(Glue.NBSP, face) ? Glue.NBSP : ' ');
            } else {
                missed.add(cp);
                sb.append(standIn(face));
            }
        }
        return sb.toString();
    }

    /**
     * What a missing character prints as: '?', or U+FFFD, or nothing, whichever the font has; a
     * template font without '?' (a CJK font) must not make every handout fail.
     */
    private String standIn(Face face) {
        if (metrics.hasGlyph('?', face)) {
            return "?";
        }
        return metrics.hasGlyph(0xFFFD, face) ? "\uFFFD" : "";
    }

    public Span span(String text, Face face) {
        return new Span(clean(text, face), face);
    }

    /** Where a paragraph's colour slab goes: a fill behind each line, and an optional bar at its left. */
    public record Slab(float x, float width, Integer fill, Integer bar, float barWidth) {
        public Slab(float x, float width, Integer fill, Integer bar) {
            this(x, width, fill, bar, 4f);
        }
    }

    /**
     * One box per line, so long paragraphs can continue on the next page.
     * {@code owner} null = decoration (not read aloud).
     */
    public List<Box> paragraph(List<Span> spans, float size, int color, float x, float width, Struct owner,
                               Slab slab) {
        List<Box> boxes = new ArrayList<>();
        float lh = theme.lineHeight(size);
        float baseline = baseline(size, lh);
        TextMemo.Set set = memo.set(spans, size, width, wrap);
        for (int l = 0; l < set.lines().size(); l++) {
            List<Span> line = set.lines().get(l);
            float[] widths = set.widths()[l];
            List<Op> ops = new ArrayList<>();
            slab(ops, slab, lh);
            float cx = x;
            for (int i = 0; i < line.size(); i++) {
                Span s = line.get(i);
                ops.add(new Op.Text(cx, baseline, s.text(), s.face(), size, color, mark(owner)));
                cx += widths[i];
            }
            boxes.add(new Box(lh, ops, false));
        }
        // No orphans or widows: the first two and the last two lines of a paragraph stay together.
        int n = boxes.size();
        if (n >= 2) {
            keep(boxes, 0);
            keep(boxes, n - 2);
        }
        return boxes;
    }

    private static void keep(List<Box> boxes, int i) {
        Box box = boxes.get(i);
        boxes.set(i, new Box(box.height(), box.ops(), true));
    }

    public List<Box> paragraph(String text, Face face, float size, int color, float x, float width, Struct owner) {
        return paragraph(List.of(span(text, face)), size, color, x, width, owner, null);
    }

    /**
     * A list item: {@code label} ("1.", "•", "✓") hanging left of wrapped body text, tagged
     * LI → Lbl + LBody under {@code list}.
     */
    public List<Box> item(Struct list, String label, Face labelFace, int labelColor, List<Span> body, float size,
                          float x, float width, float labelWidth, Slab slab) {
        Struct li = list == null ? null : list.add("LI");
        Struct lbl = li == null ? null : li.add("Lbl");
        Struct lbody = li == null ? null : li.add("LBody");
        List<Box> boxes = paragraph(body, size, theme.text(), x + labelWidth, width - labelWidth, lbody, slab);
        Box first = boxes.get(0);
        List<Op> ops = new ArrayList<>(first.ops());
        float baseline = baseline(size, theme.lineHeight(size));
        String l = clean(label, labelFace);
        float lw = metrics.width(l, labelFace, size);
        // Right-align numbers so 9. and 10. line up; the label goes before the body in reading order.
        int at = slab == null ? 0 : (slab.fill() == null ? 0 : 1) + (slab.bar() == null ? 0 : 1);
        ops.add(at, new Op.Text(x + labelWidth - lw - size * 0.4f, baseline, l, labelFace, size, labelColor, mark(lbl)));
        boxes.set(0, new Box(first.height(), ops, first.keepWithNext()));
        return boxes;
    }

    /** A heading that never ends a page. */
    public List<Box> heading(String text, float size, int color, float x, float width, Struct owner, float spaceBefore) {
        List<Box> out = new ArrayList<>();
        if (spaceBefore > 0) {
            out.add(Box.space(spaceBefore));
        }
        for (Box b : paragraph(List.of(span(text, Face.BOLD)), size, color, x, width, owner, null)) {
            out.add(new Box(b.height(), b.ops(), true));
        }
        return out;
    }

    /** An empty box with the slab colour, for padding above and below a callout. */
    public Box slabSpace(float height, Slab slab) {
        List<Op> ops = new ArrayList<>();
        slab(ops, slab, height);
        return new Box(height, ops, false);
    }

    public float baseline(float size, float lineHeight) {
        float textHeight = (metrics.ascent() + metrics.descent()) * size;
        return (lineHeight - textHeight) / 2f + metrics.ascent() * size;
    }

    public float width(String text, Face face, float size) {
        return metrics.width(text, face, size);
    }

    public List<String> lines(String text, Face face, float size, float width) {
        List<String> out = new ArrayList<>();
        String open = "";
        for (List<Span> line : memo.lines(List.of(span(text, face)), size, width, wrap)) {
            String joined = open + TextWrap.joined(line);
            open = VisualOrder.hasControl(joined) ? VisualOrder.openAtEnd(joined) : "";
            out.add(joined);
        }
        return out;
    }

    private static void slab(List<Op> ops, Slab slab, float height) {
        if (slab == null) {
            return;
        }
        if (slab.fill() != null) {
            ops.add(new Op.Rect(slab.x(), 0, slab.width(), height, slab.fill(), null, 0, 0));
        }
        if (slab.bar() != null) {
            ops.add(new Op.Rect(slab.x(), 0, slab.barWidth(), height, slab.bar(), null, 0, 0));
        }
    }

    static Struct.Mark mark(Struct owner) {
        return owner == null ? null : owner.content();
    }
}
