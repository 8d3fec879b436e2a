package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;

/**
 * The exercise log: a table per week, a row per exercise and a dated column per day, with a tick
 * box on each day to exercise and a shaded cell on each rest day; then a pain row to write in.
 * Everything is at body size, so large print stays large. THead/TBody tell a screen reader which
 * row holds the day headings; on a later page the heading row repeats.
 */
final class LogLayout {
    /** Shaded rest days: a light grey that prints in greyscale and leaves the text readable. */
    static final int REST_FILL = 0xE4E7EB;

    private LogLayout() {
    }

    /** Geometry shared by every row: {@code weeks} weeks side by side in a table, if the page is wide enough. */
    private record Grid(float nameW, float cellW, float box, float size, int weeks) {
        float weekW() {
            return cellW * 7;
        }
    }

    static List<Group> layout(Block.Log log, LayoutContext cx) {
        Theme th = cx.th;
        Struct sect = cx.root.add("Sect");
        List<Box> intro = new ArrayList<>(cx.sectionHeading(log.heading(), sect));
        for (String hint : hints(log)) {
            intro.addAll(cx.b.paragraph(hint, Face.REGULAR, th.body(), th.text(), cx.left, cx.width, sect.add("P")));
        }
        intro.add(new Box(th.paragraphSpace(), List.of(), true));
        Grid g = grid(log.weeks().size(), cx);
        List<Group> groups = new ArrayList<>();
        List<Box> prefix = intro;
        for (int w = 0; w < log.weeks().size(); w += g.weeks()) {
            groups.add(band(log, w, Math.min(g.weeks(), log.weeks().size() - w), prefix, sect, g, cx));
            prefix = List.of();
        }
        return groups;
    }

    /** As many weeks to a table as keep every tick box at least 5 mm with room around it. */
    private static Grid grid(int weeks, LayoutContext cx) {
        Theme th = cx.th;
        float nameW = Math.min(cx.width * 0.36f, Math.max(cx.width * 0.24f, th.body() * 11f));
        float minCell = Math.max(DoseStripLayout.TICK_MIN + 8f, cx.b.width("31", Face.BOLD, th.body()) + 6f);
        int perTable = 1;
        while (perTable < weeks && (cx.width - nameW) / (7f * (perTable + 1)) >= minCell) {
            perTable++;
        }
        float cellW = (cx.width - nameW) / (7f * perTable);
        float box = Math.max(DoseStripLayout.TICK_MIN, Math.min(th.body() * 1.35f, cellW - 8f));
        return new Grid(nameW, cellW, box, th.body(), perTable);
    }

    private static List<String> hints(Block.Log log) {
        List<String> out = new ArrayList<>(List.of(log.hint()));
        if (log.restHint() != null) {
            out.add(log.restHint());
        }
        if (log.painHint() != null) {
            out.add(log.painHint());
        }
        return out;
    }

    /** Weeks {@code first} … {@code first+n-1} side by side: their captions, then one table. */
    private static Group band(Block.Log log, int first, int n, List<Box> prefix, Struct sect, Grid g, LayoutContext cx) {
        Theme th = cx.th;
        List<Box> boxes = new ArrayList<>(prefix);
        boxes.add(captions(log, first, n, sect.add("P"), g, cx));
        Struct table = sect.add("Table");
        boxes.addAll(header(table.add("THead").add("TR"), log, first, n, g, cx));
        Struct body = table.add("TBody");
        for (Block.LogRow row : log.rows()) {
            boxes.add(row(body.add("TR"), row, first, n, g, cx));
        }
        if (log.pain() != null) {
            boxes.add(painRow(body.add("TR"), log.pain(), n, g, cx));
        }
        boxes.add(Box.space(th.gap()));
        return Group.table(boxes, () -> header(null, log, first, n, g, cx));
    }

    /** "Week 1 · Mar 28 – Apr 3" over each week's columns. */
    private static Box captions(Block.Log log, int first, int n, Struct p, Grid g, LayoutContext cx) {
        Theme th = cx.th;
        float lh = th.lineHeight(g.size());
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float x = n == 1 ? cx.left : cx.left + g.nameW() + i * g.weekW() + 2f;
            float w = n == 1 ? cx.width : g.weekW() - 4f;
            // A long caption ("Semaine 1 · 29 déc. – 4 janv.") gets a little smaller before it is ever cut.
            String caption = cx.b.clean(log.weeks().get(first + i).caption(), Face.BOLD);
            float size = Math.max(th.small(), cx.fitSize(caption, Face.BOLD, g.size(), w));
            String t = fit(caption, w, size, cx);
            ops.add(new Op.Text(x, cx.b.baseline(g.size(), lh), t, Face.BOLD, size, th.text(), p.content()));
        }
        return new Box(lh, ops, true);
    }

    /**
     * The day-heading row, each day as its weekday's initial over its date ("M" over "14") so the
     * headings stay at body size in narrow large-print columns; with a null row it is a repeat on
     * a later page (decoration only).
     */
    private static List<Box> header(Struct row, Block.Log log, int first, int n, Grid g, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float lh = th.lineHeight(g.size());
        float h = lh * 2f + 4f;
        float base = 2f + b.baseline(g.size(), lh);
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rect(cx.left, 0, cx.width, h, th.tint(), null, 0, 0));
        Struct.Mark m = row == null ? null : row.add("TH").scope("Column").content();
        ops.add(new Op.Text(cx.left + 4f, base + lh / 2f, fit(log.corner(), g.nameW() - 8f, g.size(), cx), Face.BOLD,
                g.size(), th.text(), m));
        for (int i = 0; i < n; i++) {
            List<String> days = log.weeks().get(first + i).days();
            for (int d = 0; d < 7; d++) {
                String[] parts = days.get(d).split(" ", 2);
                Struct cell = row == null ? null : row.add("TH").scope("Column");
                float x0 = cx.left + g.nameW() + (i * 7 + d) * g.cellW();
                for (int line = 0; line < parts.length; line++) {
                    String t = b.clean(parts[line], Face.BOLD);
                    float size = cx.fitSize(t, Face.BOLD, g.size(), g.cellW() - 2f);
                    ops.add(new Op.Text(x0 + (g.cellW() - b.width(t, Face.BOLD, size)) / 2f, base + line * lh, t,
                            Face.BOLD, size, th.text(), cell == null ? null : cell.content()));
                }
            }
        }
        weekRules(ops, n, 0, h, g, cx);
        return List.of(new Box(h, ops, true));
    }

    /** A rule between two weeks side by side. */
    private static void weekRules(List<Op> ops, int n, float top, float bottom, Grid g, LayoutContext cx) {
        for (int i = 1; i < n; i++) {
            float x = cx.left + g.nameW() + i * g.weekW();
            ops.add(new Op.Line(x, top, x, bottom, cx.th.border(), 1f));
        }
    }

    /** A heading cut to its cell: "M 14" fits any cell the log makes, a long corner word may not. */
    private static String fit(String text, float w, float size, LayoutContext cx) {
        Blocks b = cx.b;
        String t = b.clean(text, Face.BOLD);
        while (t.length() > 1 && b.width(t, Face.BOLD, size) > w) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t;
    }

    private static Box row(Struct row, Block.LogRow r, int first, int n, Grid g, LayoutContext cx) {
        Theme th = cx.th;
        Struct name = row.add("TH").scope("Row");
        List<Box> text = new ArrayList<>(title(r.title(), name, g, cx));
        if (r.aim() != null) {
            for (String line : cx.clipped(r.aim(), Face.REGULAR, g.size(), g.nameW() - 8f, 2)) {
                text.addAll(cx.b.paragraph(List.of(cx.b.span(line, Face.REGULAR)), g.size(), th.muted(),
                        cx.left + 4f, g.nameW() - 8f, name, null));
            }
        }
        float textH = LayoutContext.heightOf(text);
        // Air of half a gap and a few points around the tick box: enough to tick without touching the rules.
        float h = Math.max(textH, g.box() + th.gap() * 0.5f) + 4f;
        List<Op> ops = new ArrayList<>();
        for (int d = 0; d < 7 * n; d++) {
            row.add("TD");
            float x = cx.left + g.nameW() + d * g.cellW();
            if (r.exerciseDays().get(first * 7 + d)) {
                ops.add(new Op.Rect(x + (g.cellW() - g.box()) / 2f, (h - g.box()) / 2f, g.box(), g.box(), 0xFFFFFF,
                        DoseStripLayout.TICK_STROKE, 1.25f, 2f));
            } else {
                ops.add(new Op.Rect(x + 1f, 1f, g.cellW() - 2f, h - 2f, REST_FILL, null, 0, 0));
            }
        }
        float y = (h - textH) / 2f;
        for (Box t : text) {
            float dy = y;
            t.ops().forEach(op -> ops.add(op.shift(dy)));
            y += t.height();
        }
        ops.add(new Op.Line(cx.left, h, cx.left + cx.width, h, th.border(), 0.75f));
        weekRules(ops, n, 0, h, g, cx);
        return new Box(h, ops, false);
    }

    /**
     * The exercise's name in the row head. The row is one unbreakable box, so a long name is cut to
     * three lines: it only has to remind the patient which exercise the row is for.
     */
    private static List<Box> title(String title, Struct owner, Grid g, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float w = g.nameW() - 8f;
        List<String> lines = cx.clipped(title, Face.REGULAR, g.size(), w, 3);
        List<Box> out = new ArrayList<>();
        for (String line : lines) {
            out.addAll(b.paragraph(List.of(b.span(line, Face.REGULAR)), g.size(), th.text(), cx.left + 4f, w, owner,
                    null));
        }
        return out;
    }

    /** "Pain 0–10" with a box to write a number in, every day. */
    private static Box painRow(Struct row, String label, int n, Grid g, LayoutContext cx) {
        Theme th = cx.th;
        Struct name = row.add("TH").scope("Row");
        List<Box> text = cx.b.paragraph(List.of(cx.b.span(label, Face.BOLD)), g.size(), th.text(), cx.left + 4f,
                g.nameW() - 8f, name, null);
        float textH = LayoutContext.heightOf(text);
        float boxH = g.box() * 1.4f;
        float h = Math.max(textH, boxH + th.gap()) + 6f;
        List<Op> ops = new ArrayList<>();
        float bw = Math.min(g.cellW() - 6f, boxH * 1.3f);
        for (int d = 0; d < 7 * n; d++) {
            row.add("TD");
            float x = cx.left + g.nameW() + d * g.cellW() + (g.cellW() - bw) / 2f;
            ops.add(new Op.Rect(x, (h - boxH) / 2f, bw, boxH, 0xFFFFFF, DoseStripLayout.TICK_STROKE, 1.25f, 2f));
        }
        float y = (h - textH) / 2f;
        for (Box t : text) {
            float dy = y;
            t.ops().forEach(op -> ops.add(op.shift(dy)));
            y += t.height();
        }
        ops.add(new Op.Line(cx.left, h, cx.left + cx.width, h, th.border(), 0.75f));
        weekRules(ops, n, 0, h, g, cx);
        return new Box(h, ops, false);
    }
}
