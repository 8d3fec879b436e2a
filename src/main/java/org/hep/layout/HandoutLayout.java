package org.hep.layout;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hep.dose.DoseWords;
import org.hep.dose.DosedExercise;
import org.hep.dose.DosedPlan;
import org.hep.i18n.Labels;
import org.hep.model.Clinic;
import org.hep.model.Exercise;
import org.hep.model.HandoutDetails;
import org.hep.model.ImageFile;
import org.hep.model.Plan;
import org.hep.model.Section;
import org.hep.model.Template;

/**
 * The handout's design: which blocks appear, in which order, how they look. It turns the
 * dosed plan into groups of boxes, paginates them, then adds the footer to every page.
 */
public final class HandoutLayout {
    private static final String CHECK = "\u2713";
    private static final String WARN = "\u26A0";
    private static final String BULLET = "\u2022";

    private final DosedPlan dosed;
    private final Plan plan;
    private final Template template;
    private final HandoutDetails details;
    private final Labels labels;
    private final DoseWords words;
    private final Theme th;
    private final Blocks b;
    private final Struct root = Struct.root();
    private final List<Group> groups = new ArrayList<>();
    private final float left;
    private final float width;
    private final float footerHeight;
    private final float contentHeight;
    private int headingShift = -1;

    private HandoutLayout(DosedPlan dosed, Template template, HandoutDetails details, Metrics metrics) {
        this.dosed = dosed;
        this.plan = dosed.plan();
        this.template = template;
        this.details = details;
        this.labels = Labels.forLanguage(plan.language());
        this.words = new DoseWords(labels);
        this.th = Theme.of(template);
        this.b = new Blocks(metrics, th);
        this.left = template.margin();
        this.width = template.page().width - 2 * template.margin();
        this.footerHeight = th.lineHeight(th.small()) + th.gap();
        this.contentHeight = template.page().height - 2 * template.margin() - footerHeight;
    }

    public static Handout layout(DosedPlan dosed, Template template, HandoutDetails details, Metrics metrics) {
        return new HandoutLayout(dosed, template, details, metrics).build();
    }

    private Handout build() {
        for (String section : template.sections()) {
            switch (section) {
                case "header" -> header();
                case "patient" -> patient();
                case "education" -> education();
                case "exercises" -> exercises();
                case "advice" -> advice();
                case "log" -> log();
                case "notes" -> notes();
                case "disclaimer" -> disclaimer();
                default -> throw new IllegalStateException("unknown section " + section);
            }
        }
        float top = template.margin();
        Paginator paginator = new Paginator(top, contentHeight, left, width);
        groups.forEach(paginator::add);
        List<Page> pages = paginator.pages();
        footers(pages, top + contentHeight + footerHeight);
        Clinic c = template.clinic();
        String author = c.name() != null ? c.name() : details.therapist();
        List<String> keywords = new ArrayList<>(plan.regions());
        keywords.addAll(plan.tags());
        return new Handout(template.page().width, template.page().height, pages, root, plan.title(),
                plan.condition(), author, plan.language(), keywords, b.missing());
    }

    // ---- page one -------------------------------------------------------------------

    private void header() {
        Clinic c = template.clinic();
        List<Box> boxes = new ArrayList<>();
        boolean clinicShown = c.name() != null || c.address() != null || c.phone() != null || c.website() != null
                || c.logo() != null;
        if (clinicShown) {
            float logoW = 0;
            float logoH = 0;
            if (c.logo() != null) {
                float[] wh = fit(c.logo(), width * 0.35f, th.body() * 4f);
                logoW = wh[0];
                logoH = wh[1];
            }
            float textW = logoW > 0 ? width - logoW - th.gap() * 2 : width;
            List<Box> text = new ArrayList<>();
            if (c.name() != null) {
                text.addAll(b.paragraph(List.of(b.span(c.name(), Face.BOLD)), th.h2(), th.accent(), left, textW,
                        root.add("P"), null));
            }
            List<String> contact = new ArrayList<>();
            for (String s : new String[] {c.address(), c.phone(), c.website()}) {
                if (s != null) {
                    contact.add(s);
                }
            }
            if (!contact.isEmpty()) {
                text.addAll(b.paragraph(List.of(b.span(String.join("  \u00b7  ", contact), Face.REGULAR)),
                        th.small(), th.muted(), left, textW, root.add("P"), null));
            }
            float textH = 0;
            for (Box t : text) {
                textH += t.height();
            }
            if (logoW > 0 && textH > logoH) {
                // Clinic details taller than the logo: one box per line, the logo hanging beside them.
                Struct fig = root.add("Figure", c.name() != null ? "Logo of " + c.name() : "Clinic logo");
                boxes.addAll(hang(text, new Op.Picture(left + width - logoW, 0, logoW, logoH, c.logo().path(),
                        fig.content()), logoH));
            } else if (logoW > 0) {
                // One box holds the logo and the clinic lines, centred beside it.
                List<Op> ops = new ArrayList<>();
                Struct fig = root.add("Figure", c.name() != null ? "Logo of " + c.name() : "Clinic logo");
                ops.add(new Op.Picture(left + width - logoW, 0, logoW, logoH, c.logo().path(), fig.content()));
                float y = Math.max(0, (logoH - textH) / 2f);
                for (Box t : text) {
                    for (Op op : t.ops()) {
                        ops.add(op.shift(y));
                    }
                    y += t.height();
                }
                boxes.add(new Box(Math.max(logoH, textH), ops, false));
            } else {
                boxes.addAll(text);
            }
            boxes.add(Box.space(th.gap() * 0.6f));
            boxes.add(new Box(th.gap(), List.of(new Op.Line(left, 1f, left + width, 1f, th.accent(), 2f)), false));
        }
        boxes.addAll(b.heading(plan.title(), th.h1(), th.text(), left, width, root.add(heading(1)), 0));
        if (plan.condition() != null) {
            boxes.addAll(b.paragraph(List.of(b.span(plan.condition(), Face.REGULAR)), th.h2() * 0.9f, th.muted(),
                    left, width, root.add("P"), null));
        }
        boxes.add(Box.space(th.gap()));
        groups.add(Group.flow(boxes));
    }

    /**
     * The tag for a heading of the design's level (1 title, 2 section, 3 exercise), shifted so the
     * first heading drawn is H1: a template may leave the title out or move it, and a screen
     * reader's heading outline (PDF/UA) must start at H1 and never skip a level.
     */
    private String heading(int level) {
        if (headingShift < 0) {
            headingShift = level - 1;
        }
        return "H" + Math.max(1, level - headingShift);
    }

    private void patient() {
        List<String[]> pairs = new ArrayList<>();
        pair(pairs, labels.get("label.patient"), details.patient());
        pair(pairs, labels.get("label.therapist"), details.therapist());
        pair(pairs, labels.get("label.date"), details.date() == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(labels.language()))
                        .format(details.date()));
        pair(pairs, labels.get("label.nextVisit"), details.nextVisit());
        if (pairs.isEmpty() && details.notes() == null) {
            return;
        }
        float pad = th.gap() * 0.8f;
        float inner = width - 2 * pad;
        Blocks.Slab slab = new Blocks.Slab(left, width, th.tint(), null);
        List<Box> boxes = new ArrayList<>();
        boxes.add(b.slabSpace(pad, slab));
        // A grid of equal columns (as many as fit, up to three); one per line when nothing else fits.
        int columns = 1;
        for (int n = Math.min(3, pairs.size()); n > 1; n--) {
            float column = inner / n;
            if (pairs.stream().allMatch(p -> pairWidth(p) <= column - th.gap())) {
                columns = n;
                break;
            }
        }
        float column = inner / columns;
        for (int start = 0; start < pairs.size(); start += columns) {
            List<Box> row = null;
            for (int i = start; i < Math.min(pairs.size(), start + columns); i++) {
                int col = i - start;
                List<Box> cell = pairBoxes(pairs.get(i), left + pad + col * column,
                        columns == 1 ? inner : column - th.gap(), slab, col == 0);
                row = row == null ? new ArrayList<>(cell) : merge(row, cell);
            }
            boxes.addAll(row);
        }
        if (details.notes() != null) {
            boxes.addAll(pairBoxes(new String[] {labels.get("label.notes"), details.notes()}, left + pad, inner, slab,
                    true));
        }
        boxes.add(b.slabSpace(pad, slab));
        boxes.add(Box.space(th.gap()));
        groups.add(new Group(boxes, true, null, null));
    }

    private static void pair(List<String[]> pairs, String label, String value) {
        if (value != null) {
            pairs.add(new String[] {label, value});
        }
    }

    private float pairWidth(String[] p) {
        return b.width(b.clean(p[0] + ": ", Face.BOLD), Face.BOLD, th.body())
                + b.width(b.clean(p[1], Face.REGULAR), Face.REGULAR, th.body()) + th.body() * 0.3f;
    }

    private List<Box> pairBoxes(String[] p, float x, float w, Blocks.Slab slab, boolean withSlab) {
        return b.paragraph(List.of(b.span(p[0] + ":", Face.BOLD), b.span(p[1], Face.REGULAR)), th.body(), th.text(),
                x, w, root.add("P"), withSlab ? slab : null);
    }

    /** Lays two single-line cells side by side in one row of boxes. */
    private static List<Box> merge(List<Box> a, List<Box> c) {
        List<Op> ops = new ArrayList<>(a.get(0).ops());
        ops.addAll(c.get(0).ops());
        return new ArrayList<>(List.of(new Box(Math.max(a.get(0).height(), c.get(0).height()), ops, false)));
    }

    private void education() {
        for (Section s : plan.education()) {
            Struct sect = root.add("Sect");
            List<Box> boxes = new ArrayList<>(sectionHeading(s.heading(), sect));
            for (String p : s.paragraphs()) {
                boxes.addAll(b.paragraph(p, Face.REGULAR, th.body(), th.text(), left, width, sect.add("P")));
                boxes.add(Box.space(th.gap() * 0.5f));
            }
            boxes.addAll(bullets(sect, s.bullets(), BULLET, th.accent(), null, left, width));
            groups.add(Group.flow(boxes));
        }
    }

    private List<Box> sectionHeading(String text, Struct parent) {
        List<Box> boxes = b.heading(text, th.h2(), th.accent(), left, width, parent.add(heading(2)),
                th.gap() * 1.2f);
        boxes.add(new Box(th.gap() * 0.4f, List.of(), true));
        return boxes;
    }

    private List<Box> bullets(Struct parent, List<String> items, String mark, int markColor, Blocks.Slab slab,
                              float x, float w) {
        List<Box> boxes = new ArrayList<>();
        if (items.isEmpty()) {
            return boxes;
        }
        Struct list = parent.add("L");
        float labelWidth = th.body() * 1.6f;
        for (String item : items) {
            boxes.addAll(b.item(list, mark, Face.BOLD, markColor, List.of(b.span(item, Face.REGULAR)), th.body(), x,
                    w, labelWidth, slab));
            boxes.add(slab == null ? Box.space(th.gap() * 0.3f) : b.slabSpace(th.gap() * 0.3f, slab));
        }
        return boxes;
    }

    // ---- exercises ------------------------------------------------------------------

    private void exercises() {
        Struct sect = root.add("Sect");
        List<Box> intro = new ArrayList<>(sectionHeading(labels.get("label.exercises"), sect));
        String often = words.frequency(plan.schedule());
        if (often != null) {
            intro.addAll(b.paragraph(labels.get("label.schedule", often), Face.REGULAR, th.body(), th.text(), left,
                    width, sect.add("P")));
        }
        intro.add(new Box(th.gap() * 0.6f, List.of(), true));
        // The section heading travels with the first card, so it never sits alone above a page break.
        List<Box> prefix = intro;
        List<DosedExercise> all = dosed.exercises();
        for (int i = 0; i < all.size(); i++) {
            if (template.columns() == 2 && i + 1 < all.size() && pair(sect, all.get(i), all.get(i + 1), prefix)) {
                i++;
            } else {
                card(sect, all.get(i), prefix);
            }
            prefix = List.of();
        }
    }

    /**
     * Two cards side by side in one unbreakable row (the compact template). Returns false,
     * adding nothing that is drawn, when the row would be taller than a page.
     */
    private boolean pair(Struct parent, DosedExercise a, DosedExercise c, List<Box> prefix) {
        float colW = (width - th.gap()) / 2f;
        List<Box> left1 = cardBoxes(parent.add("Sect"), a, left, colW);
        List<Box> right1 = cardBoxes(parent.add("Sect"), c, left + colW + th.gap(), colW);
        float ha = heightOf(left1);
        float hc = heightOf(right1);
        float h = Math.max(ha, hc);
        if (h + heightOf(prefix) > contentHeight) {
            return false; // the structure nodes made above hold no drawn content and are dropped
        }
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rect(left, 0, colW, ha, null, th.border(), 1f, 4f));
        ops.add(new Op.Rect(left + colW + th.gap(), 0, colW, hc, null, th.border(), 1f, 4f));
        stack(ops, left1);
        stack(ops, right1);
        List<Box> row = new ArrayList<>(prefix);
        row.add(new Box(h, ops, false));
        row.add(Box.space(th.gap()));
        groups.add(new Group(row, true, null, null));
        return true;
    }

    private static void stack(List<Op> into, List<Box> boxes) {
        float y = 0;
        for (Box bx : boxes) {
            float dy = y;
            bx.ops().forEach(op -> into.add(op.shift(dy)));
            y += bx.height();
        }
    }

    private static float heightOf(List<Box> boxes) {
        float h = 0;
        for (Box bx : boxes) {
            h += bx.height();
        }
        return h;
    }

    private void card(Struct parent, DosedExercise de, List<Box> prefix) {
        Exercise ex = de.exercise();
        float pad = th.gap() + 2f;
        float x = left + pad;
        float w = width - 2 * pad;
        List<Box> boxes = cardBoxes(parent.add("Sect"), de, left, width);
        List<Box> all = new ArrayList<>(prefix);
        all.addAll(boxes);
        all.add(Box.space(th.gap()));
        String continued = continuedTitle(de.number() + ". " + ex.name(), w);
        groups.add(new Group(all, true, () -> {
            List<Box> c = new ArrayList<>(b.paragraph(List.of(b.span(continued, Face.BOLD)), th.h3(), th.accent(), x,
                    w, null, null));
            c.add(0, Box.space(pad));
            c.add(Box.space(th.gap() * 0.5f));
            return c;
        }, th.border(), prefix.size(), prefix.size() + boxes.size()));
    }

    /** A card's content for a frame at {@code x0} of width {@code w0}, padding included. */
    private List<Box> cardBoxes(Struct card, DosedExercise de, float x0, float w0) {
        Exercise ex = de.exercise();
        float pad = th.gap() + 2f;
        float x = x0 + pad;
        float w = w0 - 2 * pad;
        List<Box> boxes = new ArrayList<>();
        boxes.add(new Box(pad, List.of(), true));
        boxes.addAll(cardTitle(de, card.add(heading(3)), x, w));
        if (ex.summary() != null) {
            boxes.addAll(b.paragraph(ex.summary(), th.emphasis(), th.body(), th.muted(), x, w, card.add("P")));
        }
        boxes.add(Box.space(th.gap() * 0.5f));
        boxes.addAll(doseBand(de, card, x, w));
        if (!ex.equipment().isEmpty()) {
            boxes.addAll(labelled(labels.get("label.equipment"), String.join(", ", ex.equipment()), card, x, w));
        }
        // The picture sits beside the start position and steps, or above them (see CardPicture).
        CardPicture pic = CardPicture.choose(ex, w, th,
                b.width("abcdefghijklmnopqrstuvwxyz", Face.REGULAR, th.body()) / 26f, th.gap() * 1.5f);
        Struct figure = pic == null ? null : card.add("Figure", pic.alt());
        if (pic != null && pic.above()) {
            boxes.add(Box.space(th.gap() * 0.5f));
            boxes.add(new Box(pic.height(), List.of(pic.op(x + (w - pic.width()) / 2f, 0, th.accent(),
                    figure.content())), false));
        }
        float textW = pic == null || pic.above() ? w : w - pic.width() - th.gap() * 1.5f;
        List<Box> body = new ArrayList<>();
        if (ex.start() != null) {
            body.add(Box.space(th.gap() * 0.5f));
            body.addAll(labelled(labels.get("label.start"), ex.start(), card, x, textW));
        }
        body.add(Box.space(th.gap() * 0.5f));
        body.addAll(steps(ex, card, x, textW));
        if (pic != null && !pic.above()) {
            body = hang(body, pic.op(x + w - pic.width(), th.gap() * 0.5f, th.accent(), figure.content()),
                    pic.height() + th.gap() * 0.5f);
        }
        boxes.addAll(body);
        if (!ex.cues().isEmpty()) {
            boxes.addAll(callout(card, labels.get("label.cues"), CHECK, ex.cues(), th.tint(), null, th.accent(), x, w));
        }
        if (!ex.cautions().isEmpty()) {
            boxes.addAll(callout(card, WARN + " " + labels.get("label.cautions"), BULLET, ex.cautions(),
                    th.cautionFill(), th.cautionBar(), th.cautionBar(), x, w));
        }
        if (de.notes() != null) {
            boxes.add(Box.space(th.gap() * 0.5f));
            boxes.addAll(labelled(labels.get("label.therapistNotes"), de.notes(), card, x, w));
        }
        if (ex.video() != null) {
            boxes.add(Box.space(th.gap() * 0.5f));
            boxes.add(qr(ex, card, x, w));
        }
        boxes.add(Box.space(pad));
        return boxes;
    }

    /**
     * "3. Squat (continued)" on one line: a long name is cut with an ellipsis, since a title
     * taller than the page would push the card's own text off the bottom.
     */
    private String continuedTitle(String name, float w) {
        String full = labels.get("label.continued", name);
        if (b.width(b.clean(full, Face.BOLD), Face.BOLD, th.h3()) <= w) {
            return full;
        }
        float room = w - b.width(b.clean(labels.get("label.continued", "\u2026"), Face.BOLD), Face.BOLD, th.h3());
        String head = b.lines(name, Face.BOLD, th.h3(), Math.max(room, th.h3())).get(0);
        return labels.get("label.continued", head + "\u2026");
    }

    /** Number badge and exercise name, tagged as one H3 ("1 Squat"). */
    private List<Box> cardTitle(DosedExercise de, Struct h3, float x, float w) {
        float size = th.h3();
        String num = Integer.toString(de.number());
        float badge = Math.max(size * 1.5f, b.width(num, Face.BOLD, size) + size * 0.8f);
        List<Box> name = b.paragraph(List.of(b.span(de.exercise().name(), Face.BOLD)), size, th.text(),
                x + badge + size * 0.5f, w - badge - size * 0.5f, null, null);
        // A name of more than three lines is rare (a pasted paragraph, a huge template size):
        // its further lines become boxes of their own, so the page can break between them.
        List<Box> more = new ArrayList<>();
        if (name.size() > 3) {
            for (Box n : name.subList(1, name.size())) {
                List<Op> lineOps = new ArrayList<>();
                for (Op op : n.ops()) {
                    Op.Text t = (Op.Text) op;
                    lineOps.add(new Op.Text(t.x(), t.baseline(), t.text(), t.face(), t.size(), t.color(), h3.content()));
                }
                more.add(new Box(n.height(), lineOps, false));
            }
            name = name.subList(0, 1);
        }
        float nameH = 0;
        for (Box n : name) {
            nameH += n.height();
        }
        float h = Math.max(badge, nameH);
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rect(x, (h - badge) / 2f, badge, badge, th.accent(), null, 0, badge * 0.2f));
        float numBase = (h - badge) / 2f + b.baseline(size, badge);
        ops.add(new Op.Text(x + (badge - b.width(num, Face.BOLD, size)) / 2f, numBase, num, Face.BOLD, size, 0xFFFFFF,
                h3.content()));
        float y = (h - nameH) / 2f;
        for (Box n : name) {
            for (Op op : n.ops()) {
                Op.Text t = (Op.Text) op;
                ops.add(new Op.Text(t.x(), t.baseline() + y, t.text(), t.face(), t.size(), t.color(), h3.content()));
            }
            y += n.height();
        }
        // The title stays with what follows it, so it never ends a page.
        if (more.isEmpty()) {
            return List.of(new Box(h + th.gap() * 0.4f, ops, true));
        }
        List<Box> boxes = new ArrayList<>();
        boxes.add(new Box(h, ops, true));
        for (Box m : more) {
            boxes.add(new Box(m.height(), m.ops(), true));
        }
        boxes.add(new Box(th.gap() * 0.4f, List.of(), true));
        return boxes;
    }

    private List<Box> doseBand(DosedExercise de, Struct card, float x, float w) {
        String dose = words.describe(de.dose());
        String often = words.frequency(de.dose());
        List<Box> boxes = new ArrayList<>();
        if (dose.isEmpty() && often == null) {
            return boxes;
        }
        float pad = th.gap() * 0.6f;
        Blocks.Slab slab = new Blocks.Slab(x, w, th.tint(), th.accent());
        boxes.add(b.slabSpace(pad, slab));
        Struct p = card.add("P");
        if (!dose.isEmpty()) {
            boxes.addAll(b.paragraph(List.of(b.span(dose, Face.BOLD)), th.body() * 1.08f, th.text(), x + pad + 4f,
                    w - 2 * pad - 4f, p, slab));
        }
        if (often != null) {
            boxes.addAll(b.paragraph(List.of(b.span(labels.get("label.howOften") + ": ", Face.BOLD),
                    b.span(often, Face.REGULAR)), th.body(), th.text(), x + pad + 4f, w - 2 * pad - 4f, p, slab));
        }
        boxes.add(b.slabSpace(pad, slab));
        return boxes;
    }

    private List<Box> labelled(String label, String text, Struct parent, float x, float w) {
        return b.paragraph(List.of(b.span(label + ": ", Face.BOLD), b.span(text, Face.REGULAR)), th.body(),
                th.text(), x, w, parent.add("P"), null);
    }

    private List<Box> steps(Exercise ex, Struct card, float x, float w) {
        Struct list = card.add("L");
        List<Box> boxes = new ArrayList<>();
        float labelWidth = b.width(ex.steps().size() + ".", Face.BOLD, th.body()) + th.body() * 0.9f;
        int n = 0;
        for (String step : ex.steps()) {
            n++;
            boxes.addAll(b.item(list, n + ".", Face.BOLD, th.accent(), List.of(b.span(step, Face.REGULAR)), th.body(),
                    x, w, labelWidth, null));
            boxes.add(Box.space(th.gap() * 0.35f));
        }
        return boxes;
    }

    private List<Box> callout(Struct card, String title, String mark, List<String> items, int fill, Integer bar,
                              int markColor, float x, float w) {
        float pad = th.gap() * 0.6f;
        Blocks.Slab slab = new Blocks.Slab(x, w, fill, bar);
        float inner = x + pad + (bar != null ? 4f : 0f);
        float innerW = w - 2 * pad - (bar != null ? 4f : 0f);
        List<Box> boxes = new ArrayList<>();
        boxes.add(Box.space(th.gap() * 0.5f));
        boxes.add(b.slabSpace(pad, slab));
        Struct sect = card.add("Div");
        for (Box h : b.paragraph(List.of(b.span(title, Face.BOLD)), th.body(), markColor == th.accent() ? th.accent()
                : th.cautionBar(), inner, innerW, sect.add("P"), slab)) {
            boxes.add(new Box(h.height(), h.ops(), true));
        }
        List<Box> list = bullets(sect, items, mark, markColor, slab, inner, innerW);
        boxes.addAll(list);
        boxes.add(b.slabSpace(pad * 0.7f, slab));
        return boxes;
    }

    /**
     * Hangs {@code op} from the first box; the boxes beside it are kept on one page with it,
     * and a spacer is added when the text is shorter than the picture.
     */
    private static List<Box> hang(List<Box> boxes, Op op, float height) {
        List<Box> out = new ArrayList<>();
        float covered = 0;
        for (int i = 0; i < boxes.size(); i++) {
            Box bx = boxes.get(i);
            List<Op> ops = bx.ops();
            if (i == 0) {
                ops = new ArrayList<>(ops);
                ops.add(0, op);
            }
            covered += bx.height();
            boolean beside = covered < height;
            out.add(new Box(bx.height(), ops, bx.keepWithNext() || beside || i == 0 && covered < height));
        }
        if (covered < height) {
            out.add(Box.space(height - covered));
        }
        return out;
    }

    private Box qr(Exercise ex, Struct card, float x, float w) {
        boolean[][] modules = QrMatrix.encode(ex.video());
        float size = Math.max(72f, th.body() * 5f);
        Struct fig = card.add("Figure", labels.get("label.qrAlt", ex.name()));
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Qr(x, 0, size, modules, fig.content()));
        float tx = x + size + th.gap() * 1.5f;
        float tw = w - size - th.gap() * 1.5f;
        Struct p = card.add("P");
        float y = 0;
        for (Box l : b.paragraph(List.of(b.span(labels.get("label.video"), Face.BOLD)), th.body(), th.text(), tx, tw,
                p, null)) {
            l.ops().forEach(op -> ops.add(op));
            y += l.height();
        }
        for (Box l : b.paragraph(List.of(b.span(ex.video(), Face.REGULAR)), th.small(), th.muted(), tx, tw, p, null)) {
            float dy = y;
            l.ops().forEach(op -> ops.add(op.shift(dy)));
            y += l.height();
        }
        return new Box(Math.max(size, y), ops, false);
    }

    /** Scales an image into max width/height keeping its aspect ratio. */
    private static float[] fit(ImageFile img, float maxW, float maxH) {
        float scale = Math.min(maxW / img.width(), maxH / img.height());
        return new float[] {img.width() * scale, img.height() * scale};
    }

    // ---- after the exercises ----------------------------------------------------------

    private void advice() {
        if (plan.advice().isEmpty()) {
            return;
        }
        Struct sect = root.add("Sect");
        List<Box> boxes = new ArrayList<>(sectionHeading(labels.get("label.advice"), sect));
        boxes.addAll(bullets(sect, plan.advice(), BULLET, th.accent(), null, left, width));
        groups.add(Group.flow(boxes));
    }

    private void log() {
        int days = template.logDays();
        if (days == 0) {
            return;
        }
        Struct sect = root.add("Sect");
        List<Box> boxes = new ArrayList<>(sectionHeading(labels.get("label.log"), sect));
        boxes.addAll(b.paragraph(labels.get("label.logHint"), Face.REGULAR, th.body(), th.text(), left, width,
                sect.add("P")));
        boxes.add(new Box(th.gap() * 0.5f, List.of(), true));
        Struct table = sect.add("Table");
        float nameW = Math.min(width * 0.34f, Math.max(width * 0.22f, th.body() * 12f));
        float cellW = (width - nameW) / days;
        float size = Math.min(th.small(), cellW * 0.55f);
        // THead/TBody tell a screen reader which row holds the day numbers for every column.
        List<Box> header = logHeader(table.add("THead").add("TR"), nameW, cellW, size, days);
        boxes.addAll(header);
        Struct body = table.add("TBody");
        for (DosedExercise e : dosed.exercises()) {
            boxes.add(logRow(body.add("TR"), e, nameW, cellW, days));
        }
        boxes.add(Box.space(th.gap()));
        groups.add(new Group(boxes, true, () -> logHeader(null, nameW, cellW, size, days), null));
    }

    /** The day-number row; with a null row it is a repeat on a later page (decoration only). */
    private List<Box> logHeader(Struct row, float nameW, float cellW, float size, int days) {
        float h = th.lineHeight(th.small()) * 1.3f;
        float base = b.baseline(size, h);
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Rect(left, 0, width, h, th.tint(), null, 0, 0));
        String ex = b.clean(labels.get("label.exercise"), Face.BOLD);
        Struct.Mark m = row == null ? null : row.add("TH").scope("Column").content();
        ops.add(new Op.Text(left + 4f, base, ex, Face.BOLD, size, th.text(), m));
        for (int d = 1; d <= days; d++) {
            String t = Integer.toString(d);
            float cx = left + nameW + (d - 1) * cellW + (cellW - b.width(t, Face.BOLD, size)) / 2f;
            Struct.Mark dm = row == null ? null : row.add("TH").scope("Column").content();
            ops.add(new Op.Text(cx, base, t, Face.BOLD, size, th.text(), dm));
        }
        return List.of(new Box(h, ops, true));
    }

    private Box logRow(Struct row, DosedExercise e, float nameW, float cellW, int days) {
        Struct th0 = row.add("TH").scope("Row");
        // The row is one unbreakable box, so a long name is cut to three lines: it only has to
        // remind the patient which exercise the row is for.
        List<String> lines = b.lines(e.number() + ". " + e.exercise().name(), Face.REGULAR, th.small(), nameW - 8f);
        if (lines.size() > 3) {
            String last = lines.get(2);
            while (!last.isEmpty() && b.width(last + "\u2026", Face.REGULAR, th.small()) > nameW - 8f) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
            }
            lines = List.of(lines.get(0), lines.get(1), last + "\u2026");
        }
        List<Box> name = new ArrayList<>();
        for (String line : lines) {
            name.addAll(b.paragraph(List.of(b.span(line, Face.REGULAR)), th.small(), th.text(), left + 4f, nameW - 8f,
                    th0, null));
        }
        float textH = 0;
        for (Box n : name) {
            textH += n.height();
        }
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
            float cx = left + nameW + d * cellW + (cellW - boxSize) / 2f;
            ops.add(new Op.Rect(cx, (h - boxSize) / 2f, boxSize, boxSize, null, th.grid(), 1f, 1.5f));
        }
        ops.add(new Op.Line(left, h, left + width, h, th.border(), 0.75f));
        return new Box(h, ops, false);
    }

    private void notes() {
        int lines = template.notesLines();
        if (lines == 0) {
            return;
        }
        Struct sect = root.add("Sect");
        List<Box> boxes = new ArrayList<>(sectionHeading(labels.get("label.notesArea"), sect));
        float h = th.body() * 2.2f;
        for (int i = 0; i < lines; i++) {
            boxes.add(new Box(h, List.of(new Op.Line(left, h - 2f, left + width, h - 2f, th.border(), 0.75f)), false));
        }
        groups.add(new Group(boxes, true, null, null));
    }

    private void disclaimer() {
        if (plan.disclaimer() == null) {
            return;
        }
        List<Box> boxes = new ArrayList<>();
        boxes.add(Box.space(th.gap() * 1.5f));
        boxes.addAll(b.paragraph(List.of(b.span(plan.disclaimer(), th.emphasis())), th.small(), th.muted(), left, width,
                root.add("P"), null));
        groups.add(new Group(boxes, true, null, null));
    }

    private void footers(List<Page> pages, float bottom) {
        String text = template.footer() != null ? template.footer() : template.clinic().name();
        float size = th.small();
        float baseline = bottom - b.metrics().descent() * size;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            page.add(new Op.Line(left, bottom - th.lineHeight(size) - 2f, left + width,
                    bottom - th.lineHeight(size) - 2f, th.border(), 0.5f));
            String num = b.clean(labels.get("label.page", i + 1, pages.size()), Face.REGULAR);
            float numW = b.width(num, Face.REGULAR, size);
            if (text != null) {
                List<String> fit = b.lines(text, Face.REGULAR, size, width - numW - th.gap() * 2);
                String first = fit.get(0) + (fit.size() > 1 ? "\u2026" : "");
                if (b.width(first, Face.REGULAR, size) > width - numW - th.gap() * 2) {
                    first = fit.get(0);
                }
                page.add(new Op.Text(left, baseline, first, Face.REGULAR, size, th.muted(), null));
            }
            page.add(new Op.Text(left + width - numW, baseline, num, Face.REGULAR, size, th.muted(), null));
        }
    }
}
