package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;

/**
 * The plan at a glance: the page to pin up, under the clinic and the patient's name when it fits there. A row per exercise with its picture (or
 * just its name), the dose in one line and a box to tick on each day of the first week, rest
 * days shaded; then the clinic's phone in large type. Where the page is too narrow for the week
 * beside the words (large print), the week goes under them.
 */
final class GlanceLayout {
    private GlanceLayout() {
    }

    /** Where things go across the page. */
    private record Columns(float thumb, float textX, float textW, float gridX, float dayW, boolean stacked) {
    }

    /** @param footer the words at the foot of every page (null when none) */
    static List<Group> layout(Block.Glance glance, String footer, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        Columns c = columns(cx);
        Struct sect = cx.root.add("Sect");
        List<Box> boxes = new ArrayList<>(cx.sectionHeading(glance.heading(), sect));
        if (glance.schedule() != null) {
            boxes.addAll(b.paragraph(glance.schedule(), Face.REGULAR, th.body(), th.text(), cx.left, cx.width,
                    sect.add("P")));
        }
        boxes.add(new Box(th.paragraphSpace(), List.of(), true));
        Struct table = sect.add("Table");
        boxes.addAll(header(table.add("THead").add("TR"), glance, c, cx));
        Struct body = table.add("TBody");
        for (Block.GlanceRow row : glance.rows()) {
            boxes.add(row(body.add("TR"), row, c, cx));
        }
        // The clinic's phone goes with the last row: never a line on a page of its own.
        Box lastRow = boxes.remove(boxes.size() - 1);
        boxes.add(new Box(lastRow.height(), lastRow.ops(), true));
        if (!saidByFooter(glance, footer, th)) {
            boxes.add(new Box(th.gap(), List.of(), true));
            boxes.addAll(b.paragraph(call(glance, b), th.h1() * 0.9f, th.accent(), cx.left, cx.width, sect.add("P"),
                    null));
        }
        // Kept whole (on page one under the clinic and patient when it fits there); what follows flows on.
        return List.of(Group.table(boxes, () -> header(null, glance, c, cx)));
    }

    /**
     * True when the call line has no phone number and the footer already says the same words at
     * body size (large print): said again in large type it only takes the page's room.
     */
    private static boolean saidByFooter(Block.Glance glance, String footer, Theme th) {
        return glance.phone() == null && glance.call().equals(footer) && th.small() >= th.body();
    }

    /** "Questions? Call" in regular type, the number itself in bold: it is what the eye looks for. */
    private static List<Span> call(Block.Glance glance, Blocks b) {
        int at = glance.phone() == null ? -1 : glance.call().indexOf(glance.phone());
        if (at < 0) {
            return List.of(b.span(glance.call(), Face.REGULAR));
        }
        List<Span> spans = new ArrayList<>();
        if (at > 0) {
            spans.add(b.span(glance.call().substring(0, at), Face.REGULAR));
        }
        spans.add(b.span(glance.phone(), Face.BOLD));
        String rest = glance.call().substring(at + glance.phone().length());
        if (!rest.isEmpty()) {
            spans.add(b.span(rest, Face.REGULAR));
        }
        return spans;
    }

    /**
     * The week beside the words when both fit, else under them; on a page too narrow even for that
     * (a very large type), the week shrinks and then the thumbnail goes, never the margins.
     */
    private static Columns columns(LayoutContext cx) {
        Theme th = cx.th;
        float right = cx.left + cx.width;
        float dayW = Math.max(th.body() * 1.75f, DoseStripLayout.TICK_MIN + 10f);
        float thumb = Math.min(th.body() * 3.4f, 48f);
        float textX = cx.left + thumb + th.gap();
        float besideW = cx.width - thumb - th.gap() * 2f - 7 * dayW;
        if (besideW >= th.body() * 10f) {
            return new Columns(thumb, textX, besideW, right - 7 * dayW, dayW, false);
        }
        if (textX + 7 * dayW > right) {
            dayW = (right - textX) / 7f;
        }
        if (dayW < DoseStripLayout.TICK_MIN + 4f) {
            return new Columns(0, cx.left, cx.width, cx.left, cx.width / 7f, true);
        }
        return new Columns(thumb, textX, right - textX, textX, dayW, true);
    }

    /**
     * "This week · Mar 14 – Mar 20" at the left, beside the seven days (each its initial over its
     * date); where the week goes under the words, the caption goes above the days.
     */
    private static List<Box> header(Struct row, Block.Glance glance, Columns c, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        float size = th.body();
        float lh = th.lineHeight(size);
        float top = c.stacked() ? lh : 0f;
        float h = top + lh * 2f + 4f;
        float base = b.baseline(size, lh);
        List<Op> ops = new ArrayList<>();
        Struct corner = row == null ? null : row.add("TH").scope("Column");
        String week = b.clean(glance.week(), Face.BOLD);
        float room = c.stacked() ? cx.width : c.gridX() - c.textX() - th.gap();
        float weekSize = Math.max(th.small(), cx.fitSize(week, Face.BOLD, size, room));
        float weekX = c.stacked() ? cx.left : c.textX();
        // Two lines break after the separator when they can ("This week ·" over "Mar 14 – Mar 20").
        int dot = week.lastIndexOf('\u00b7');
        List<String> twoLines = dot > 0 && b.width(week.substring(0, dot + 1), Face.BOLD, weekSize) <= room
                ? List.of(week.substring(0, dot + 1), week.substring(dot + 1).strip())
                : b.lines(week, Face.BOLD, weekSize, room);
        boolean fits = b.width(week, Face.BOLD, weekSize) <= room;
        if (!fits && !c.stacked() && twoLines.size() == 2 && b.width(twoLines.get(1), Face.BOLD, weekSize) <= room) {
            // Beside the days it may take both of their lines ("This week ·" over "Nov 14 – Nov 20"): a date is never cut.
            ops.add(new Op.Text(weekX, 2f + base, twoLines.get(0), Face.BOLD, weekSize, th.text(), content(corner)));
            ops.add(new Op.Text(weekX, 2f + base + lh, twoLines.get(1), Face.BOLD, weekSize, th.text(), content(corner)));
        } else {
            while (week.length() > 1 && b.width(week, Face.BOLD, weekSize) > room) {
                week = week.substring(0, week.offsetByCodePoints(week.length(), -1));
            }
            ops.add(new Op.Text(weekX, c.stacked() ? base : 2f + base + lh, week, Face.BOLD, weekSize, th.text(),
                    content(corner)));
        }
        ops.add(new Op.Rect(c.gridX(), top, 7 * c.dayW(), lh * 2f + 4f, th.tint(), null, 0, 0));
        for (int d = 0; d < 7; d++) {
            String[] parts = glance.days().get(d).split(" ", 2);
            Struct cell = row == null ? null : row.add("TH").scope("Column");
            for (int line = 0; line < parts.length; line++) {
                String t = b.clean(parts[line], Face.BOLD);
                float fitted = cx.fitSize(t, Face.BOLD, size, c.dayW() - 2f);
                float x = c.gridX() + d * c.dayW() + (c.dayW() - b.width(t, Face.BOLD, fitted)) / 2f;
                ops.add(new Op.Text(x, top + 2f + base + line * lh, t, Face.BOLD, fitted, th.text(),
                        cell == null ? null : cell.content()));
            }
        }
        return List.of(new Box(h, ops, true));
    }

    /** A new piece of the cell's content (each line its own), or none for a repeated header (an artifact). */
    private static Struct.Mark content(Struct cell) {
        return cell == null ? null : cell.content();
    }

    private static Box row(Struct row, Block.GlanceRow r, Columns c, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        Struct head = row.add("TH").scope("Row");
        List<Box> text = new ArrayList<>();
        for (String line : cx.clipped(r.title(), Face.BOLD, th.body(), c.textW(), 2)) {
            text.addAll(b.paragraph(List.of(b.span(line, Face.BOLD)), th.body(), th.text(), c.textX(), c.textW(), head,
                    null));
        }
        if (!r.dose().isEmpty()) {
            for (String line : cx.clipped(r.dose(), Face.REGULAR, th.small(), c.textW(), 3)) {
                text.addAll(b.paragraph(List.of(b.span(line, Face.REGULAR)), th.small(), th.text(), c.textX(),
                        c.textW(), head, null));
            }
        }
        float pad = th.gap() * 0.5f;
        float box = Math.min(c.dayW() - 2f, Math.max(DoseStripLayout.TICK_MIN, Math.min(th.body() * 1.35f, c.dayW() - 8f)));
        float textH = LayoutContext.heightOf(text);
        float gridTop = c.stacked() ? pad + textH + th.itemSpace() : 0;
        float gridH = box + 2 * pad;
        float h = Math.max(Math.max(c.thumb(), textH) + 2 * pad, c.stacked() ? gridTop + gridH : gridH);
        List<Op> ops = new ArrayList<>();
        Op thumb = c.thumb() == 0 ? null : thumbnail(r, cx.left, pad, c.thumb(), th);
        if (thumb != null) {
            ops.add(thumb);
        }
        float y = c.stacked() ? pad : (h - textH) / 2f;
        for (Box t : text) {
            float dy = y;
            t.ops().forEach(op -> ops.add(op.shift(dy)));
            y += t.height();
        }
        float cellTop = c.stacked() ? gridTop : 0;
        float cellH = c.stacked() ? gridH : h;
        for (int d = 0; d < 7; d++) {
            row.add("TD");
            float x = c.gridX() + d * c.dayW();
            if (r.exerciseDays().get(d)) {
                ops.add(new Op.Rect(x + (c.dayW() - box) / 2f, cellTop + (cellH - box) / 2f, box, box, 0xFFFFFF,
                        DoseStripLayout.TICK_STROKE, 1.25f, 2f));
            } else {
                ops.add(new Op.Rect(x + 1f, cellTop + 1f, c.dayW() - 2f, cellH - 2f, LogLayout.REST_FILL, null, 0, 0));
            }
        }
        ops.add(new Op.Line(cx.left, h, cx.left + cx.width, h, th.border(), 0.75f));
        return new Box(h, ops, false);
    }

    /** The exercise's picture or drawn figure, fitted into a square; decoration, as its card has the described one. */
    private static Op thumbnail(Block.GlanceRow r, float x, float y, float size, Theme th) {
        if (r.picture() != null) {
            float[] wh = LayoutContext.fit(r.picture().width(), r.picture().height(), size, size);
            return new Op.Picture(x + (size - wh[0]) / 2f, y + (size - wh[1]) / 2f, wh[0], wh[1], r.picture().path(),
                    null);
        }
        if (r.figure() != null) {
            float aspect = (float) r.figure().aspect();
            float w = aspect >= 1 ? size : size * aspect;
            float h = aspect >= 1 ? size / aspect : size;
            return new Op.Figure(x + (size - w) / 2f, y + (size - h) / 2f, w, h, r.figure(), th.accent(), null);
        }
        return null;
    }
}
