package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;

/**
 * The plan at a glance, which is also the log: the page to pin up, under the clinic and the
 * patient's name when it fits there. A row per exercise with its picture (or just its name), the
 * dose and a box to tick on each day of each week, rest days shaded; a row to write the day's pain
 * in; then the clinic's phone in large type. The weeks go side by side beside the words while the
 * words keep room for a dose in two lines and every box its 5 mm; else a table per week, one under
 * the other. Where the page is too narrow even for one week beside the words (a very large type),
 * the week goes under them.
 */
final class GlanceLayout {
    private GlanceLayout() {
    }

    /** Where things go across the page, for tables of {@code weeks} weeks side by side. */
    private record Columns(float thumb, float textX, float textW, float gridX, float dayW, boolean stacked,
                           int weeks) {
        float weekW() {
            return 7 * dayW;
        }

        /** One week beside the words: its caption goes in the corner, left of the days. */
        boolean captionInCorner() {
            return weeks == 1 && !stacked;
        }
    }

    /**
     * The weeks side by side when that fits where the glance begins; else fewer weeks a table, when
     * the first table then fits there: the glance moving whole to the next page would leave the
     * page above it (the clinic and the patient's name) all but empty. {@code after} more points
     * (the small print that closes the handout) are to follow the glance on its page.
     */
    static List<Group> layout(Block.Glance glance, Paginator paginator, float after, LayoutContext cx) {
        int weeks = glance.weeks().size();
        Columns widest = columns(weeks, weeks, true, cx);
        Columns chosen = widest;
        // One week a table (or weeks stacked) has nothing narrower to fall back on: no need to measure.
        for (int most = widest.weeks(); most >= 1 && widest.weeks() > 1 && !widest.stacked(); most--) {
            Columns c = columns(weeks, most, true, cx);
            if (paginator.gapBefore(measure(glance, c, cx).get(0)) == 0f) {
                chosen = c;
                break;
            }
        }
        // One week that runs over a page with the pictures beside its rows and fits on one without
        // them (its words then take fewer lines), with what must follow it, goes without: the page
        // to pin up stays whole, and each card keeps its described picture. Where it would run
        // over all the same, its pictures stay.
        if (weeks == 1 && chosen.thumb() > 0 && !paginator.fitsOnAPage(measure(glance, chosen, cx).get(0), after)) {
            Columns bare = columns(weeks, 1, false, cx);
            if (paginator.fitsOnAPage(measure(glance, bare, cx).get(0), after)) {
                chosen = bare;
            }
        }
        return groups(cx.root.add("Sect"), glance, chosen, cx);
    }

    /** The glance's groups laid out on a scratch structure tree, only to be measured. */
    private static List<Group> measure(Block.Glance glance, Columns c, LayoutContext cx) {
        LayoutContext scratch = cx.scratch();
        return groups(scratch.root.add("Sect"), glance, c, scratch);
    }

    /** The glance's groups, a table of weeks each. */
    private static List<Group> groups(Struct sect, Block.Glance glance, Columns c, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        int weeks = glance.weeks().size();
        List<Box> intro = new ArrayList<>(cx.sectionHeading(glance.heading(), sect));
        if (glance.schedule() != null) {
            intro.addAll(b.paragraph(glance.schedule(), Face.REGULAR, th.body(), th.text(), cx.left, cx.width,
                    add(sect, "P")));
        }
        intro.addAll(b.paragraph(glance.hint(), Face.REGULAR, th.body(), th.text(), cx.left, cx.width, add(sect, "P")));
        intro.add(new Box(th.paragraphSpace(), List.of(), true));
        List<Group> groups = new ArrayList<>();
        for (int first = 0; first < weeks; first += c.weeks()) {
            int n = Math.min(c.weeks(), weeks - first);
            List<Box> boxes = new ArrayList<>(first == 0 ? intro : List.of(Box.space(th.gap())));
            boxes.addAll(table(sect, glance, first, n, c, cx));
            if (first + n >= weeks) {
                call(boxes, glance, sect, cx);
            }
            int from = first;
            Columns at = c;
            // Kept whole (on page one under the clinic and patient when it fits there); what follows flows on.
            groups.add(Group.table(boxes, () -> header(null, glance, from, n, at, cx)));
        }
        return groups;
    }

    /** A new child of {@code parent}, or none when only measuring. */
    private static Struct add(Struct parent, String type) {
        return parent == null ? null : parent.add(type);
    }

    /** Weeks {@code first} … {@code first+n-1}: their captions and day headings, a row per exercise, the pain row. */
    private static List<Box> table(Struct sect, Block.Glance glance, int first, int n, Columns c, LayoutContext cx) {
        List<Box> boxes = new ArrayList<>();
        if (!c.captionInCorner()) {
            boxes.add(captions(add(sect, "P"), glance, first, n, c, cx));
        }
        Struct table = add(sect, "Table");
        boxes.addAll(header(add(add(table, "THead"), "TR"), glance, first, n, c, cx));
        Struct body = add(table, "TBody");
        boolean shortDoses = shortDoses(glance, c, cx);
        for (Block.GlanceRow row : glance.rows()) {
            boxes.add(row(add(body, "TR"), row, shortDoses, first, n, c, cx));
        }
        if (glance.pain() != null) {
            // The pain row never opens a page on its own under the repeated day headings.
            boxes.add(boxes.remove(boxes.size() - 1).keep(true));
            boxes.add(painRow(add(body, "TR"), glance.pain(), n, c, cx));
        }
        return boxes;
    }

    /**
     * The clinic's phone goes with the last row: never a line on a page of its own. Without a
     * phone there is no call line (the footer of every page says how to reach the clinic).
     */
    private static void call(List<Box> boxes, Block.Glance glance, Struct sect, LayoutContext cx) {
        if (glance.call() == null) {
            return;
        }
        Theme th = cx.th;
        Box lastRow = boxes.remove(boxes.size() - 1);
        boxes.add(new Box(lastRow.height(), lastRow.ops(), true));
        boxes.add(new Box(th.gap(), List.of(), true));
        boxes.addAll(cx.b.paragraph(call(glance, cx.b), th.h1() * 0.9f, th.accent(), cx.left, cx.width,
                add(sect, "P"), null));
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
     * As many weeks beside the words as leave the words room for a dose in two lines (about 15
     * body sizes) with each day's column at least wide enough for its 5 mm box and its date; the
     * day columns grow up to their ideal width with what is left. On a page too narrow even for one
     * week beside the words (a very large type), the week goes under them, shrinks, and then the
     * thumbnail goes, never the margins.
     */
    /** Columns for up to {@code most} of the {@code weeks} side by side, with a picture column or without. */
    private static Columns columns(int weeks, int most, boolean pictures, LayoutContext cx) {
        Theme th = cx.th;
        float right = cx.left + cx.width;
        float ideal = Math.max(th.body() * 1.75f, DoseStripLayout.TICK_MIN + 10f);
        float least = Math.max(DoseStripLayout.TICK_MIN + 6f, cx.b.width("31", dateFace(th), th.body()) + 4f);
        float thumb = pictures ? Math.min(th.body() * 3.4f, 48f) : 0f;
        float textX = pictures ? cx.left + thumb + th.gap() : cx.left;
        float avail = right - textX - th.gap();
        // Large type's words need more of the width for the same dose: the day columns give it up
        // down to what their 5 mm boxes and dates need.
        float words = th.body() >= CardPicture.LARGE_TYPE ? 17f : 15f;
        for (int n = Math.min(weeks, most); n >= 1; n--) {
            float dayW = Math.min(ideal, Math.max(least, (avail - th.body() * words) / (7f * n)));
            float textW = avail - 7 * n * dayW;
            if (textW >= th.body() * (n == 1 ? 10f : 12f)) {
                return new Columns(thumb, textX, textW, right - 7 * n * dayW, dayW, false, n);
            }
        }
        float dayW = ideal;
        if (textX + 7 * dayW > right) {
            dayW = (right - textX) / 7f;
        }
        if (dayW < DoseStripLayout.TICK_MIN + 4f) {
            return new Columns(0, cx.left, cx.width, cx.left, cx.width / 7f, true, 1);
        }
        return new Columns(thumb, textX, right - textX, textX, dayW, true, 1);
    }

    /**
     * "Week 1 · Mar 14 – Mar 20" over each week's days: in bold, a little smaller when it must be,
     * then in regular type (narrower), and only then in two lines ("Week 1 ·" over "Mar 14 – Mar 20");
     * a date is never cut.
     */
    private static Box captions(Struct p, Block.Glance glance, int first, int n, Columns c, LayoutContext cx) {
        Theme th = cx.th;
        float w = c.stacked() ? cx.width : c.weekW() - 4f;
        List<Caption> fitted = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < n; i++) {
            Caption caption = caption(cx.b.clean(glance.weeks().get(first + i).caption(), Face.BOLD), w, cx);
            fitted.add(caption);
            most = Math.max(most, caption.lines().size());
        }
        // The row's lines are as tall as its type: a caption made smaller takes less room.
        double largest = th.body();
        for (int i = 0; i < fitted.size(); i++) {
            double s = fitted.get(i).size();
            largest = i == 0 ? s : Math.max(largest, s);
        }
        float size = (float) largest;
        float lh = th.lineHeight(size);
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Caption caption = fitted.get(i);
            for (int line = 0; line < caption.lines().size(); line++) {
                // Centred over its week's days; a one-line caption sits on the lower line, next to them.
                String t = caption.lines().get(line);
                float x = c.stacked() ? cx.left
                        : c.gridX() + i * c.weekW() + (c.weekW() - cx.b.width(t, caption.face(), caption.size())) / 2f;
                float top = (most - caption.lines().size() + line) * lh;
                ops.add(new Op.Text(x, top + cx.b.baseline(size, lh), t, caption.face(), caption.size(), th.text(),
                        content(p)));
            }
        }
        weekRules(ops, n, 0, most * lh, c, cx);
        return new Box(most * lh, ops, true);
    }

    private record Caption(List<String> lines, Face face, float size) {
    }

    private static Caption caption(String text, float w, LayoutContext cx) {
        Theme th = cx.th;
        for (Face face : List.of(Face.BOLD, Face.REGULAR)) {
            float size = Math.max(th.small(), cx.fitSize(text, face, th.body(), w));
            if (cx.b.width(text, face, size) <= w) {
                return new Caption(List.of(text), face, size);
            }
        }
        List<String> lines = twoLines(text, th.body(), w, cx);
        float size = th.body();
        for (String line : lines) {
            size = Math.min(size, Math.max(th.small(), cx.fitSize(line, Face.BOLD, th.body(), w)));
        }
        float at = size;
        List<String> shortened = new ArrayList<>(lines.size());
        for (String l : lines) {
            shortened.add(cut(l, at, w, cx));
        }
        return new Caption(java.util.Collections.unmodifiableList(shortened), Face.BOLD, size);
    }

    /** A caption in two lines, broken after its separator when it has one ("This week ·" over "Mar 14 – Mar 20"). */
    private static List<String> twoLines(String caption, float size, float w, LayoutContext cx) {
        int dot = caption.lastIndexOf('\u00b7');
        if (dot > 0) {
            return List.of(caption.substring(0, dot + 1), caption.substring(dot + 1).strip());
        }
        List<String> lines = cx.b.lines(caption, Face.BOLD, size, w);
        return lines.size() <= 2 ? lines : List.of(lines.get(0), String.join(" ", lines.subList(1, lines.size())));
    }

    /** A word cut to its room: only where nothing else fits (a very narrow page). */
    private static String cut(String text, float size, float w, LayoutContext cx) {
        String t = text;
        while (t.length() > 1 && cx.b.width(t, Face.BOLD, size) > w) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t;
    }

    /** The width of the white line between two days' headings. */
    private static final float DAY_RULE = 1.5f;

    /**
     * The day headings, each day its initial over its date, with the week's caption beside them in
     * the corner when one week stands beside the words; with a null row it is a repeat on a later
     * page (decoration only).
     */
    private static List<Box> header(Struct row, Block.Glance glance, int first, int n, Columns c, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        float size = th.body();
        float lh = th.lineHeight(size);
        float top = c.stacked() && c.captionInCorner() ? lh : 0f;
        float h = top + lh * 2f + 4f;
        float base = b.baseline(size, lh);
        List<Op> ops = new ArrayList<>();
        Struct corner = row == null ? null : row.add("TH").scope("Column");
        if (c.captionInCorner()) {
            corner(ops, corner, glance.weeks().get(first).caption(), c, cx);
        } else {
            String word = cut(b.clean(glance.corner(), Face.BOLD), size, c.textW(), cx);
            ops.add(new Op.Text(c.textX(), 2f + base + lh, word, Face.BOLD, size, th.text(), content(corner)));
        }
        ops.add(new Op.Rect(c.gridX(), top, n * c.weekW(), lh * 2f + 4f, th.tint(), null, 0, 0));
        // A white line between two days' headings: dates side by side ("29 30") read as two, not one number.
        for (int k = 1; k < 7 * n; k++) {
            if (k % 7 != 0) {
                float x = c.gridX() + k * c.dayW();
                ops.add(new Op.Line(x, top, x, top + lh * 2f + 4f, 0xFFFFFF, DAY_RULE));
            }
        }
        for (int i = 0; i < n; i++) {
            List<String> days = glance.weeks().get(first + i).days();
            for (int d = 0; d < 7; d++) {
                String[] parts = days.get(d).split(" ", 2);
                Struct cell = row == null ? null : row.add("TH").scope("Column");
                float x0 = c.gridX() + (i * 7 + d) * c.dayW();
                for (int line = 0; line < parts.length; line++) {
                    Face face = line == 0 ? Face.BOLD : dateFace(th);
                    String t = b.clean(parts[line], face);
                    float fitted = cx.fitSize(t, face, size, c.dayW() - 2f);
                    float x = x0 + (c.dayW() - b.width(t, face, fitted)) / 2f;
                    ops.add(new Op.Text(x, top + 2f + base + line * lh, t, face, fitted, th.text(),
                            content(cell)));
                }
            }
        }
        weekRules(ops, n, top, h, c, cx);
        return List.of(new Box(h, ops, true));
    }

    /**
     * The face of a day's date under its initial: bold, but regular in large type, whose narrower
     * figures leave the words beside the days room for a dose in two lines.
     */
    private static Face dateFace(Theme th) {
        return th.body() >= CardPicture.LARGE_TYPE ? Face.REGULAR : Face.BOLD;
    }

    /** "This week · Mar 14 – Mar 20" in the corner, beside the days: on their two lines when it must be, a date never cut. */
    private static void corner(List<Op> ops, Struct corner, String caption, Columns c, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        float size = th.body();
        float lh = th.lineHeight(size);
        float base = b.baseline(size, lh);
        String week = b.clean(caption, Face.BOLD);
        float room = c.gridX() - c.textX() - th.gap();
        float weekSize = Math.max(th.small(), cx.fitSize(week, Face.BOLD, size, room));
        List<String> lines = twoLines(week, weekSize, room, cx);
        if (b.width(week, Face.BOLD, weekSize) > room && lines.size() == 2
                && b.width(lines.get(0), Face.BOLD, weekSize) <= room
                && b.width(lines.get(1), Face.BOLD, weekSize) <= room) {
            ops.add(new Op.Text(c.textX(), 2f + base, lines.get(0), Face.BOLD, weekSize, th.text(), content(corner)));
            ops.add(new Op.Text(c.textX(), 2f + base + lh, lines.get(1), Face.BOLD, weekSize, th.text(),
                    content(corner)));
        } else {
            ops.add(new Op.Text(c.textX(), 2f + base + lh, cut(week, weekSize, room, cx), Face.BOLD, weekSize,
                    th.text(), content(corner)));
        }
    }

    /** A rule between two weeks side by side. */
    private static void weekRules(List<Op> ops, int n, float top, float bottom, Columns c, LayoutContext cx) {
        for (int i = 1; i < n; i++) {
            float x = c.gridX() + i * c.weekW();
            ops.add(new Op.Line(x, top, x, bottom, cx.th.border(), 1f));
        }
    }

    /** A new piece of the cell's content (each line its own), or none for a repeated header (an artifact). */
    private static Struct.Mark content(Struct cell) {
        return cell == null ? null : cell.content();
    }

    /** A dose longer than this in its column is said in fewer words. */
    private static final int SHORT_DOSE_LINES = 3;
    /** The most lines of a row's name and of its dose (two and three cut the built-in French and Spanish names and doses short). */
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_DOSE_LINES = 4;

    /**
     * Whether the rows say their doses in fewer words: in large type, or where one would take more
     * than three lines; then all of them do, so the rows read alike.
     */
    private static boolean shortDoses(Block.Glance glance, Columns c, LayoutContext cx) {
        Theme th = cx.th;
        boolean any = th.body() >= CardPicture.LARGE_TYPE;
        for (Block.GlanceRow r : glance.rows()) {
            any |= cx.b.lines(r.dose(), Face.REGULAR, th.small(), c.textW()).size() > SHORT_DOSE_LINES;
        }
        return any;
    }

    private static Box row(Struct row, Block.GlanceRow r, boolean shortDose, int first, int n, Columns c,
                           LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        Struct head = row == null ? null : row.add("TH").scope("Row");
        List<Box> text = new ArrayList<>();
        // The whole name and the whole dose, the page to pin up being read without the cards beside
        // it; cut with "…" only past a row's most lines, so that a row always fits on a page.
        for (String line : cx.clipped(r.title(), Face.BOLD, th.body(), c.textW(), MAX_TITLE_LINES)) {
            text.addAll(b.paragraph(List.of(b.span(line, Face.BOLD)), th.body(), th.text(), c.textX(), c.textW(), head,
                    null));
        }
        String dose = shortDose && r.shortDose() != null ? r.shortDose() : r.dose();
        if (!dose.isEmpty()) {
            for (String line : cx.clipped(dose, Face.REGULAR, th.small(), c.textW(), MAX_DOSE_LINES)) {
                text.addAll(b.paragraph(List.of(b.span(line, Face.REGULAR)), th.small(), th.text(), c.textX(),
                        c.textW(), head, null));
            }
        }
        float pad = th.gap() * 0.5f;
        float box = box(c, th);
        float textH = LayoutContext.heightOf(text);
        float gridTop = c.stacked() ? pad + textH + th.itemSpace() : 0;
        float gridH = box + 2 * pad;
        // As tall as what is in it: a lying figure's thumbnail is low, and so is its row when its words are.
        float[] wh = thumbnailSize(r, c.thumb());
        float thumbH = wh == null ? 0 : wh[1];
        float h = Math.max(Math.max(thumbH, textH) + 2 * pad, c.stacked() ? gridTop + gridH : gridH);
        List<Op> ops = new ArrayList<>();
        if (wh != null) {
            float top = c.stacked() ? pad + (c.thumb() - thumbH) / 2f : (h - thumbH) / 2f;
            ops.add(thumbnail(r, cx.left + (c.thumb() - wh[0]) / 2f, top, wh, th));
        }
        float y = c.stacked() ? pad : (h - textH) / 2f;
        for (Box t : text) {
            float dy = y;
            for (Op op : t.ops()) {
                ops.add(op.shift(dy));
            }
            y += t.height();
        }
        float cellTop = c.stacked() ? gridTop : 0;
        float cellH = c.stacked() ? gridH : h;
        for (int d = 0; d < 7 * n; d++) {
            add(row, "TD");
            float x = c.gridX() + d * c.dayW();
            if (r.exerciseDays().get(first * 7 + d)) {
                ops.add(new Op.Rect(x + (c.dayW() - box) / 2f, cellTop + (cellH - box) / 2f, box, box, 0xFFFFFF,
                        DoseStripLayout.TICK_STROKE, 1.25f, 2f));
            } else {
                ops.add(new Op.Rect(x + 1f, cellTop + 1f, c.dayW() - 2f, cellH - 2f, LogLayout.REST_FILL, null, 0, 0));
            }
        }
        weekRules(ops, n, 0, h, c, cx);
        ops.add(new Op.Line(cx.left, h, cx.left + cx.width, h, th.border(), 0.75f));
        return new Box(h, ops, false);
    }

    /** A tick box: at least 5 mm, up to a little larger than the body, with air on either side in its column. */
    private static float box(Columns c, Theme th) {
        return Math.min(c.dayW() - 2f, Math.max(DoseStripLayout.TICK_MIN, Math.min(th.body() * 1.35f, c.dayW() - 8f)));
    }

    /** "Pain 0–10" with a box to write a number in, every day: as wide as the day's column allows. */
    private static Box painRow(Struct row, String label, int n, Columns c, LayoutContext cx) {
        Theme th = cx.th;
        Struct name = row == null ? null : row.add("TH").scope("Row");
        float x = c.stacked() ? cx.left : c.textX();
        float w = c.stacked() ? cx.width : c.textW();
        List<Box> text = cx.b.paragraph(List.of(cx.b.span(label, Face.BOLD)), th.body(), th.text(), x, w, name, null);
        float textH = LayoutContext.heightOf(text);
        float pad = th.gap() * 0.5f;
        float boxH = box(c, th) * 1.3f;
        float gridTop = c.stacked() ? pad + textH + th.itemSpace() : 0;
        float gridH = boxH + 2 * pad;
        float h = c.stacked() ? gridTop + gridH : Math.max(textH + 2 * pad, gridH);
        // Clear air between two days' boxes, but never narrower than a tick box: room to write "10".
        float bw = Math.max(Math.min(c.dayW() - Math.max(8f, th.body() * 0.5f), boxH * 1.3f),
                Math.min(DoseStripLayout.TICK_MIN, c.dayW() - 2f));
        List<Op> ops = new ArrayList<>();
        for (int d = 0; d < 7 * n; d++) {
            add(row, "TD");
            float bx = c.gridX() + d * c.dayW() + (c.dayW() - bw) / 2f;
            ops.add(new Op.Rect(bx, gridTop + pad, bw, boxH, 0xFFFFFF, DoseStripLayout.TICK_STROKE, 1.25f, 2f));
        }
        LayoutContext.stack(ops, c.stacked() ? pad : (h - textH) / 2f, text);
        weekRules(ops, n, 0, h, c, cx);
        ops.add(new Op.Line(cx.left, h, cx.left + cx.width, h, th.border(), 0.75f));
        return new Box(h, ops, false);
    }

    /** The exercise's picture or drawn figure, fitted into a square; decoration, as its card has the described one. */
    private static Op thumbnail(Block.GlanceRow r, float x, float y, float[] wh, Theme th) {
        if (r.picture() != null) {
            return new Op.Picture(x, y, wh[0], wh[1], r.picture().path(), null);
        }
        return new Op.Figure(x, y, wh[0], wh[1], r.figure(), th.accent(), null);
    }

    /** Width and height of the thumbnail in a square of {@code size}: a lying figure is wide and low. Null without one. */
    private static float[] thumbnailSize(Block.GlanceRow r, float size) {
        if (size == 0) {
            return null;
        }
        if (r.picture() != null) {
            return LayoutContext.fit(r.picture().width(), r.picture().height(), size, size);
        }
        if (r.figure() != null) {
            float aspect = (float) r.figure().aspect();
            return aspect >= 1 ? new float[] {size, size / aspect} : new float[] {size * aspect, size};
        }
        return null;
    }
}
