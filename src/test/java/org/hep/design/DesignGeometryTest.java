package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hep.app.Templates;
import org.hep.dose.DoseOverrides;
import org.hep.dose.DoseResolver;
import org.hep.dose.DosedPlan;
import org.hep.layout.Face;
import org.hep.compose.HandoutComposer;
import org.hep.layout.PagedHandout;
import org.hep.layout.HandoutLayout;
import org.hep.layout.Op;
import org.hep.layout.Page;
import org.hep.layout.Theme;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.load.Source;
import org.hep.model.HandoutDetails;
import org.hep.model.Plan;
import org.hep.model.Template;
import org.hep.render.FontSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Geometry a person would notice, checked on the laid-out pages before any PDF is written. */
class DesignGeometryTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/visual");
    private static final HandoutDetails DETAILS = new HandoutDetails("Ana Lopez", "Sam Lee", LocalDate.of(2026, 3, 14),
            "Next visit in two weeks");

    static PagedHandout layout(Source source, String templateRef) {
        Plan plan = PlanLoader.load(source, org.hep.app.PlanRef.fallbackId(source), Library.builtIn());
        DosedPlan dosed = DoseResolver.resolve(plan, DoseOverrides.NONE);
        Template template = Templates.choose(templateRef, plan);
        return HandoutLayout.layout(HandoutComposer.compose(dosed, template, DETAILS), template, FontSet.forThread());
    }

    static Stream<Arguments> planTemplates() {
        List<Arguments> out = new ArrayList<>();
        for (String plan : BuiltIns.list("plans")) {
            // Large-print cards are often taller than a page; PaginatorTest covers how those split.
            for (String template : List.of("standard", "compact")) {
                out.add(Arguments.of(plan, template));
            }
        }
        return out.stream();
    }

    /**
     * A card that fits on a page stays whole in a compact sheet. In standard it may go on between
     * its parts only where that saves a page ({@link PageFillTest} holds the counts) and leaves no
     * more pages under 60% used than whole cards did: none, or (hip osteoarthritis on letter, 6
     * pages where whole cards took 7, each with one such page) at most one.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("planTemplates")
    void everyCardThatFitsStaysOnOnePageUnlessGoingOnSavesAPage(String planFile, String template) {
        Source source = BuiltIns.source("plans/" + planFile);
        PagedHandout h = layout(source, template);
        int exercises = PlanLoader.load(source, "plan", Library.builtIn()).entries().size();
        if (template.equals("compact") || frames(h).size() == exercises) {
            assertEquals(exercises, frames(h).size(), "one frame per card: no built-in card is split");
            return;
        }
        List<Page> pages = h.pages();
        List<String> under = new ArrayList<>();
        for (int i = 0; i < pages.size() - 1; i++) {
            if (pages.get(i).fill() < 0.6f) {
                under.add("page " + (i + 1) + " " + Math.round(pages.get(i).fill() * 100) + "%");
            }
        }
        assertTrue(under.size() <= 1, planFile + ": cards go on between their parts, yet " + under + " are less used");
    }

    static Stream<Arguments> planEveryTemplate() {
        List<Arguments> out = new ArrayList<>();
        for (String plan : BuiltIns.list("plans")) {
            for (String template : List.of("standard", "compact", "large-print")) {
                out.add(Arguments.of(plan, template));
            }
        }
        return out.stream();
    }

    /**
     * Every exercise shows its figure inside its card, with the drawing's own proportions,
     * clear of every line of text; beside the steps it leaves them at least 35 characters.
     * A start and an end picture do not overlap each other.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("planEveryTemplate")
    void figuresSitInTheirCardClearOfTheText(String planFile, String template) {
        Source source = BuiltIns.source("plans/" + planFile);
        PagedHandout h = layout(source, template);
        FontSet metrics = FontSet.forThread();
        Theme th = Theme.of(Templates.choose(template, PlanLoader.load(source, "plan", Library.builtIn())));
        float avgChar = metrics.width("abcdefghijklmnopqrstuvwxyz", Face.REGULAR, th.body()) / 26f;
        // Large print's lines beside a picture are shorter in characters at 18 pt: 32 at the least.
        int least = th.body() >= 16f ? 32 : 35;
        int figures = 0;
        for (Page page : h.pages()) {
            List<Op.Rect> frames = page.ops().stream().filter(DesignGeometryTest::isFrame).map(o -> (Op.Rect) o).toList();
            for (Op op : page.ops()) {
                // The plan-at-a-glance thumbnails are decoration, in a column of their own.
                if (!(op instanceof Op.Figure f) || f.mark() == null) {
                    continue;
                }
                figures++;
                assertTrue(inside(frames, f.x(), f.y(), f.w(), f.h()), "figure inside its card");
                for (Op other : page.ops()) {
                    if (other != f && other instanceof Op.Figure g && g.mark() != null) {
                        assertFalse(f.x() < g.x() + g.w() && g.x() < f.x() + f.w() && f.y() < g.y() + g.h()
                                && g.y() < f.y() + f.h(), "start and end pictures apart");
                    }
                }
                assertEquals(f.drawing().aspect(), f.w() / f.h(), 0.01, "figure keeps its proportions");
                Op.Rect card = frames.stream().filter(r -> r.x() <= f.x() && f.x() + f.w() <= r.x() + r.w())
                        .findFirst().orElseThrow();
                for (Op o : page.ops()) {
                    if (o instanceof Op.Text t && !t.text().isBlank()) {
                        float tw = metrics.width(t.text(), t.face(), t.size());
                        boolean across = t.x() < f.x() + f.w() && t.x() + tw > f.x();
                        boolean down = t.baseline() - t.size() * 0.75f < f.y() + f.h() && t.baseline() > f.y();
                        assertFalse(across && down, "'" + t.text() + "' overlaps the figure");
                        // Measured from where the line starts (a bold label may come first).
                        float start = page.ops().stream().filter(x -> x instanceof Op.Text u
                                && u.baseline() == t.baseline() && u.x() >= card.x())
                                .map(x -> ((Op.Text) x).x()).min(Float::compare).orElse(t.x());
                        if (down && t.x() >= card.x() && t.x() < f.x()) {
                            assertTrue(f.x() - start >= least * avgChar, "'" + t.text()
                                    + "' beside a figure keeps " + least + " characters a line");
                        }
                    }
                }
            }
        }
        // A figure drawn as start and end is two pictures.
        int expected = PlanLoader.load(source, "plan", Library.builtIn()).entries().stream()
                .mapToInt(e -> e.exercise().figure().twoPictures() ? 2 : 1).sum();
        assertEquals(expected, figures, "one figure per exercise, two when it shows start and end");
    }

    @Test
    void pictureAndQrCodeSitInsideTheirCard() {
        PagedHandout h = layout(Source.file(FIXTURES.resolve("picture-plan.yaml")), FIXTURES.resolve("clinic.yaml").toString());
        int pictures = 0;
        int codes = 0;
        for (Page page : h.pages()) {
            List<Op.Rect> frames = page.ops().stream().filter(DesignGeometryTest::isFrame).map(o -> (Op.Rect) o).toList();
            for (Op op : page.ops()) {
                if (op instanceof Op.Picture p && p.mark() != null && p.mark().owner().role().equals("Figure")
                        && p.mark().owner().alt().startsWith("A person")) {
                    pictures++;
                    assertTrue(inside(frames, p.x(), p.y(), p.w(), p.h()), "exercise picture inside its card");
                    assertTrue(Math.abs(p.w() / p.h() - 400f / 260f) < 0.01, "picture keeps its aspect ratio");
                }
                if (op instanceof Op.Qr q) {
                    codes++;
                    assertTrue(inside(frames, q.x(), q.y(), q.size(), q.size()), "QR code inside its card");
                    assertTrue(q.size() >= 72f, "QR code at least one inch wide, so phones read it");
                }
            }
        }
        assertEquals(1, pictures);
        assertEquals(1, codes);
    }

    @Test
    void clinicLogoKeepsItsAspectAndStaysInTheMargins() {
        PagedHandout h = layout(Source.file(FIXTURES.resolve("picture-plan.yaml")), FIXTURES.resolve("clinic.yaml").toString());
        Op.Picture logo = h.pages().get(0).ops().stream().filter(o -> o instanceof Op.Picture).map(o -> (Op.Picture) o)
                .filter(p -> p.mark().owner().alt().equals("Logo of Harbour Physiotherapy")).findFirst().orElseThrow();
        assertEquals(3.0, logo.w() / logo.h(), 0.01);
        assertTrue(logo.x() + logo.w() <= h.pageWidth() - 46.8f + 0.01f, "logo right edge inside the margin");
        assertTrue(logo.y() >= 46.8f - 0.01f, "logo below the top margin");
    }

    @Test
    void largePrintBodyIs18PointAndHeadingsAtLeast22WithoutItalics() {
        PagedHandout h = layout(BuiltIns.source("plans/it-band-syndrome.yaml"), "large-print");
        List<Op.Text> texts = h.pages().stream().flatMap(p -> p.ops().stream())
                .filter(o -> o instanceof Op.Text).map(o -> (Op.Text) o).toList();
        Op.Text step = texts.stream().filter(t -> t.text().startsWith("Bend your knees")).findFirst().orElseThrow();
        assertEquals(18f, step.size(), 0.001f);
        Op.Text heading = texts.stream().filter(t -> t.text().equals("What is it?")).findFirst().orElseThrow();
        assertTrue(heading.size() >= 22f, "section headings at least 22 pt");
        Op.Text name = texts.stream().filter(t -> t.text().equals("Squat") && t.face() == Face.BOLD)
                .max((x, y) -> Float.compare(x.size(), y.size())).orElseThrow();
        assertTrue(name.size() >= 22f, "card names at least 22 pt");
        assertEquals(Face.BOLD, heading.face());
        assertFalse(texts.stream().anyMatch(t -> t.face() == Face.ITALIC), "no italics in large print");
        assertTrue(texts.stream().filter(t -> t.mark() != null).allMatch(t -> t.size() >= 15.3f - 0.01f),
                "no tagged text below 15 pt in large print");
    }

    @Test
    void standardBodyIsAtLeast12Point() {
        PagedHandout h = layout(BuiltIns.source("plans/it-band-syndrome.yaml"), "standard");
        Op.Text step = h.pages().stream().flatMap(p -> p.ops().stream()).filter(o -> o instanceof Op.Text)
                .map(o -> (Op.Text) o).filter(t -> t.text().startsWith("Bend your knees")).findFirst().orElseThrow();
        assertTrue(step.size() >= 12f);
    }

    @Test
    void colourContrastMeetsAaaForBodyAndStaysReadableInGreyscale() {
        for (String name : List.of("standard", "large-print", "compact")) {
            Theme t = Theme.of(Templates.choose(name, PlanLoader.load(BuiltIns.source("plans/it-band-syndrome.yaml"),
                    "plan", Library.builtIn())));
            assertTrue(contrast(t.text(), 0xFFFFFF) >= 7, name + ": body text ≥ 7:1");
            assertTrue(contrast(t.text(), t.tint()) >= 7, name + ": body text on callout tint ≥ 7:1");
            assertTrue(contrast(t.text(), t.cautionFill()) >= 7, name + ": body text on caution fill ≥ 7:1");
            assertTrue(contrast(t.accent(), 0xFFFFFF) >= 4.5, name + ": accent headings ≥ 4.5:1");
            assertTrue(contrast(t.cautionBar(), t.cautionFill()) >= 4.5, name + ": caution title ≥ 4.5:1");
            assertTrue(contrast(0xFFFFFF, t.accent()) >= 4.5, name + ": number badge ≥ 4.5:1");
        }
    }

    private static List<Op.Rect> frames(PagedHandout h) {
        return h.pages().stream().flatMap(p -> p.ops().stream()).filter(DesignGeometryTest::isFrame)
                .map(o -> (Op.Rect) o).toList();
    }

    /**
     * A tinted box ("Take care", a dose band) stands clear of its card's frame line, also where
     * the card goes on to the next page right under it: the frame closes a card's padding below
     * the part on each page (less only where the page's foot is nearer), never on the box's edge.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("planEveryTemplate")
    void tintedBoxesStandClearOfTheirCardsFrame(String planFile, String template) {
        eachFrame(planFile, template, (where, frame, ops) -> {
            float foot = frame.y() + frame.h();
            for (Op o : ops) {
                if (o instanceof Op.Rect r && r.fill() != null && r.x() >= frame.x() && r.y() >= frame.y()
                        && r.x() + r.w() <= frame.x() + frame.w() + 0.5f && r.y() + r.h() <= foot + 0.5f) {
                    assertTrue(foot - (r.y() + r.h()) >= 3f, where + " has a tinted box " + (foot - (r.y() + r.h()))
                            + " pt above its card's frame line");
                }
            }
        });
    }

    /**
     * A card's frame on a page always holds some of the card's text: a card that moves on at a
     * page break leaves no empty box (its top padding alone) at the foot of the page before.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("planEveryTemplate")
    void noCardFrameIsEmpty(String planFile, String template) {
        eachFrame(planFile, template, (where, f, ops) -> {
            boolean holdsText = ops.stream().anyMatch(o -> o instanceof Op.Text t && t.x() >= f.x()
                    && t.x() <= f.x() + f.w() && t.baseline() >= f.y() && t.baseline() <= f.y() + f.h());
            assertTrue(holdsText, where + " has an empty card frame " + f.h() + " pt tall at y " + f.y());
        });
    }

    private interface FrameCheck {
        /** Checks one card frame, {@code ops} all that is drawn on its page. */
        void check(String where, Op.Rect frame, List<Op> ops);
    }

    /** Runs {@code check} on every card frame of the plan's handout in the template, on each paper. */
    private static void eachFrame(String planFile, String template, FrameCheck check) {
        eachPaper(planFile, template, (size, h) -> {
            for (int n = 0; n < h.pages().size(); n++) {
                List<Op> ops = h.pages().get(n).ops();
                for (Op op : ops) {
                    if (isFrame(op)) {
                        check.check(planFile + " / " + template + " / " + size + ": page " + (n + 1), (Op.Rect) op, ops);
                    }
                }
            }
        });
    }

    /**
     * The glance's days read one by one: two dates side by side ("29 30") stand at least a third
     * of their size apart or have a white line between them, and the boxes to tick or write the
     * day's pain in stand at least 6.4 pt (2.25 mm) apart, never nearly edge to edge.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("planEveryTemplate")
    void theGlancesDaysStandApart(String planFile, String template) {
        FontSet metrics = FontSet.forThread();
        eachPaper(planFile, template, (size, h) -> {
            for (int n = 0; n < h.pages().size(); n++) {
                List<Op> ops = h.pages().get(n).ops();
                String where = planFile + " / " + template + " / " + size + ": page " + (n + 1);
                java.util.Map<Float, List<Op.Text>> dates = new java.util.TreeMap<>();
                java.util.Map<Float, List<Op.Rect>> boxes = new java.util.TreeMap<>();
                for (Op op : ops) {
                    if (op instanceof Op.Text t && t.text().matches("[0-9]{1,2}")) {
                        dates.computeIfAbsent(t.baseline(), k -> new ArrayList<>()).add(t);
                    } else if (op instanceof Op.Rect r && r.fill() != null && r.fill() == 0xFFFFFF && r.stroke() != null
                            && r.radius() == 2f) {
                        boxes.computeIfAbsent(r.y(), k -> new ArrayList<>()).add(r);
                    }
                }
                for (List<Op.Text> row : dates.values()) {
                    row.sort(java.util.Comparator.comparing(Op.Text::x));
                    for (int i = 1; row.size() >= 7 && i < row.size(); i++) {
                        Op.Text a = row.get(i - 1);
                        Op.Text b = row.get(i);
                        float right = a.x() + metrics.width(a.text(), a.face(), a.size());
                        boolean ruled = ops.stream().anyMatch(o -> o instanceof Op.Line l && l.color() == 0xFFFFFF
                                && l.x1() == l.x2() && l.x1() >= right && l.x1() <= b.x()
                                && Math.min(l.y1(), l.y2()) <= a.baseline() && Math.max(l.y1(), l.y2()) >= a.baseline());
                        assertTrue(ruled || b.x() - right >= a.size() / 3f, where + ": '" + a.text() + "' and '"
                                + b.text() + "' stand " + (b.x() - right) + " pt apart");
                    }
                }
                for (List<Op.Rect> row : boxes.values()) {
                    row.sort(java.util.Comparator.comparing(Op.Rect::x));
                    for (int i = 1; i < row.size(); i++) {
                        float gap = row.get(i).x() - (row.get(i - 1).x() + row.get(i - 1).w());
                        assertTrue(gap >= 6.4f, where + ": two boxes to write in stand " + gap + " pt apart");
                    }
                }
            }
        });
    }

    /** Lays the plan out in the template on each paper size, with the therapist's details. */
    private static void eachPaper(String planFile, String template,
            java.util.function.BiConsumer<org.hep.model.PageSize, PagedHandout> check) {
        Plan plan = PlanLoader.load(BuiltIns.source("plans/" + planFile), "plan", Library.builtIn());
        for (org.hep.model.PageSize size : org.hep.model.PageSize.values()) {
            Template t = Templates.choose(template, plan).withPage(size);
            check.accept(size, HandoutLayout.layout(HandoutComposer.compose(DoseResolver.resolve(plan, DoseOverrides.NONE),
                    t, DETAILS), t, FontSet.forThread()));
        }
    }

    private static boolean isFrame(Op op) {
        return op instanceof Op.Rect r && r.fill() == null && r.stroke() != null && r.radius() == 4f;
    }

    private static boolean inside(List<Op.Rect> frames, float x, float y, float w, float h) {
        return frames.stream().anyMatch(f -> x >= f.x() && y >= f.y() && x + w <= f.x() + f.w() && y + h <= f.y() + f.h());
    }

    /** WCAG contrast ratio of two sRGB colours. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * lin((rgb >> 16) & 0xff) + 0.7152 * lin((rgb >> 8) & 0xff) + 0.0722 * lin(rgb & 0xff);
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
