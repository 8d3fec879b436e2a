package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;

/**
 * The exercise log: a table with a row per exercise and a tick box per day. THead/TBody tell a
 * screen reader which row holds the day headings; on a later page the heading row repeats.
 */
final class LogLayout {
    private LogLayout() {
    }

    static Group layout(Block.Log log, LayoutContext cx) {
        Theme th = cx.th;
        int days = log.columns().size();
        Struct sect = cx.root.add("Sect");
        List<Box> boxes = new ArrayList<>(cx.sectionHeading(log.heading(), sect));
        boxes.addAll(cx.b.paragraph(log.hint(), Face.REGULAR, th.body(), th.text(), cx.left, cx.width, sect.add("P")));
        boxes.add(new Box(th.paragraphSpace(), List.of(), true));
        Struct table = sect.add("Table");
        float nameW = Math.min(cx.width * 0.34f, Math.max(cx.width * 0.22f, th.body() * 12f));
        float cellW = (cx.width - nameW) / days;
        float size = Math.min(th.small(), cellW * 0.55f);
        boxes.addAll(header(table.add("THead").add("TR"), log, nameW, cellW, size, cx));
        Struct body = table.add("TBody");
        for (String row : log.rows()) {
            boxes.add(row(body.add("TR"), row, nameW, cellW, days, cx));
        }
        boxes.add(Box.space(th.gap()));
        return Group.table(boxes, () -> header(null, log, nameW, cellW, size, cx));
    }

    /** The day-heading row; with a null row it is a repeat on a later page (decoration only). */
    private static List<Box> header(Struct row, Block.Log log, float nameW, float cellW, float size, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float h = th.lineHeight(th.small()) * 1.3f;
        float base = b.baseline(size, h);
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rect(cx.left, 0, cx.width, h, th.tint(), null, 0, 0));
        String corner = b.clean(log.corner(), Face.BOLD);
        Struct.Mark m = row == null ? null : row.add("TH").scope("Column").content();
        ops.add(new Op.Text(cx.left + 4f, base, corner, Face.BOLD, size, th.text(), m));
        for (int d = 0; d < log.columns().size(); d++) {
            String t = b.clean(log.columns().get(d), Face.BOLD);
            float x = cx.left + nameW + d * cellW + (cellW - b.width(t, Face.BOLD, size)) / 2f;
            Struct.Mark dm = row == null ? null : row.add("TH").scope("Column").content();
            ops.add(new Op.Text(x, base, t, Face.BOLD, size, th.text(), dm));
        }
        return List.of(new Box(h, ops, true));
    }

    private static Box row(Struct row, String title, float nameW, float cellW, int days, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        Struct th0 = row.add("TH").scope("Row");
        // The row is one unbreakable box, so a long name is cut to three lines: it only has to
        // remind the patient which exercise the row is for.
        List<String> lines = b.lines(title, Face.REGULAR, th.small(), nameW - 8f);
        if (lines.size() > 3) {
            String last = lines.get(2);
            while (!last.isEmpty() && b.width(last + "\u2026", Face.REGULAR, th.small()) > nameW - 8f) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
            }
            lines = List.of(lines.get(0), lines.get(1), last + "\u2026");
        }
        List<Box> name = new ArrayList<>();
        for (String line : lines) {
            name.addAll(b.paragraph(List.of(b.span(line, Face.REGULAR)), th.small(), th.text(), cx.left + 4f,
                    nameW - 8f, th0, null));
        }
        float textH = LayoutContext.heightOf(name);
        float boxSize = Math.min(cellW * 0.62f, th.body() * 1.1f);
        float h = Math.max(textH, boxSize + th.gap()) + 4f;
        List<Op> ops = new ArrayList<>();
        float y = (h - textH) / 2f;
        for (Box n : name) {
            float dy = y;
            n.ops().forEach(op -> ops.add(op.shift(dy)));
            y += n.height();
        }
        for (int d = 0; d < days; d++) {
            row.add("TD");
            float x = cx.left + nameW + d * cellW + (cellW - boxSize) / 2f;
            ops.add(new Op.Rect(x, (h - boxSize) / 2f, boxSize, boxSize, null, th.grid(), 1f, 1.5f));
        }
        ops.add(new Op.Line(cx.left, h, cx.left + cx.width, h, th.border(), 0.75f));
        return new Box(h, ops, false);
    }
}
