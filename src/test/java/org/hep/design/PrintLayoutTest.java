package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hep.app.Templates;
import org.hep.compose.HandoutComposer;
import org.hep.dose.DoseOverrides;
import org.hep.dose.DoseResolver;
import org.hep.layout.HandoutLayout;
import org.hep.layout.Op;
import org.hep.layout.PagedHandout;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.model.HandoutDetails;
import org.hep.model.Plan;
import org.hep.model.Template;
import org.hep.render.FontSet;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Paper a clinic would hand out: no page of write-in lines alone, large print large, boxes told apart in grey. */
class PrintLayoutTest {
    @TempDir
    Path dir;

    static Stream<Arguments> planTemplates() {
        List<Arguments> out = new ArrayList<>();
        for (String plan : BuiltIns.list("plans")) {
            for (String template : List.of("standard", "large-print", "compact")) {
                out.add(Arguments.of(plan.replace(".yaml", ""), template));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("planTemplates")
    void noPageHoldsOnlyWriteInLines(String plan, String template) {
        PdfProbe pdf = Hep.generate(dir, plan, "--template", template, "--date", "2026-03-01");
        String notes = PdfProbe.flat("My notes and questions");
        for (int i = 2; i <= pdf.pageCount(); i++) {
            // The page's own content, without its running head and footer.
            String page = PdfProbe.flat(pdf.body(i));
            int at = page.indexOf(notes);
            assertTrue(at != 0, "page " + i + " starts with the note lines, so they would stand alone: " + pdf.body(i));
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("planTemplates")
    void theDisclaimerNeverHasAPageToItself(String plan, String template) {
        PdfProbe pdf = Hep.generate(dir, plan, "--template", template, "--date", "2026-03-01");
        String disclaimer = PlanLoader.load(BuiltIns.source("plans/" + plan + ".yaml"), "plan", Library.builtIn())
                .disclaimer();
        String last = PdfProbe.flat(pdf.body(pdf.pageCount()));
        assertTrue(disclaimer == null || !last.replace(PdfProbe.flat(disclaimer), "").isEmpty(),
                "the last page holds only the disclaimer: " + pdf.body(pdf.pageCount()));
    }

    /**
     * The advice never comes between two exercise cards, even where a card that moves whole leaves
     * a page half blank (the hip plan's first card in large print on A4, the neck plan's fourth in
     * the standard template): a patient reading down the pages would take it for the end of the
     * exercises. It follows the last card.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"hip-osteoarthritis, large-print, a4", "neck-pain, standard, letter"})
    void theAdviceNeverComesBetweenTwoCards(String plan, String template, String paper) {
        PdfProbe pdf = Hep.generate(dir, plan, "--template", template, "--page-size", paper, "--date", "2026-03-14");
        List<org.hep.model.PlanEntry> entries = PlanLoader.load(BuiltIns.source("plans/" + plan + ".yaml"), "plan",
                Library.builtIn()).entries();
        String lastCard = entries.size() + " " + entries.get(entries.size() - 1).exercise().name();
        String text = PdfProbe.flat(pdf.text());
        int last = text.indexOf(PdfProbe.flat(lastCard));
        assertTrue(last > 0, "the last card is printed: " + lastCard);
        assertTrue(text.indexOf(PdfProbe.flat("Advice and when to stop")) > last,
                "the advice follows the last card: " + pdf.text());
    }

    /**
     * Large print's pictures are two inches tall; the plantar heel plan's second card is then a
     * little taller than a letter page and went on under "2. Calf stretch (continued)", the handout
     * nine pages. With smaller pictures on that card it keeps whole, and the handout takes eight.
     */
    @Test
    void inLargePrintACardALittleTallerThanAPageKeepsWholeWhenThatSavesAPage() {
        PdfProbe pdf = Hep.generate(dir, "plantar-heel-pain", "--template", "large-print", "--date", "2026-03-14",
                "--patient", "Ana Lopez", "--therapist", "Sam Lee", "--notes", "Next visit in two weeks");
        int card = pdf.pageOf("2 Calf stretch");
        assertTrue(card > 0, "the second card is printed");
        assertTrue(PdfProbe.flat(pdf.body(card)).contains(PdfProbe.flat("The stretch should feel firm but not painful.")),
                "the card's last words are on its page: " + pdf.body(card));
        assertFalse(PdfProbe.flat(pdf.text()).contains(PdfProbe.flat("Calf stretch (continued)")), pdf.text());
        assertEquals(8, pdf.pageCount(), "eight pages, not nine");
    }

    /** A page that comes loose still says whose it is; a screen reader, reading the body, does not hear it again. */
    @Test
    void pagesAfterTheFirstSayWhoseHandoutTheyAre() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-14", "--patient", "Ana Lopez");
        String head = PdfProbe.flat("Ana Lopez \u00b7 IT Band Syndrome \u00b7 March 14, 2026");
        assertTrue(pdf.pageCount() >= 2);
        assertFalse(PdfProbe.flat(pdf.page(1)).contains(head), "page one says it in full");
        for (int p = 2; p <= pdf.pageCount(); p++) {
            assertTrue(PdfProbe.flat(pdf.page(p)).startsWith(head), "page " + p + " starts with " + head);
            assertFalse(PdfProbe.flat(pdf.body(p)).contains(head), "page " + p + ": the running head is an artifact");
        }
        PdfProbe anonymous = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-14");
        assertTrue(PdfProbe.flat(anonymous.page(2)).startsWith(PdfProbe.flat("IT Band Syndrome \u00b7 March 14, 2026")),
                "without a patient, title and date");
    }

    /**
     * In large print the running head reads whole at 18 pt: a long name and the date stay whole,
     * the date written short when the line is long, and the title gives way (cut short, or left
     * out: page one says it), on letter and on A4.
     */
    @ParameterizedTest
    @ValueSource(strings = {"letter", "a4"})
    void theLargePrintRunningHeadKeepsTheNameAndTheWholeDate(String paper) {
        String name = "Ana Mar\u00eda L\u00f3pez-\u00d8stergaard";
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", "large-print", "--page-size", paper,
                "--date", "2026-11-14", "--patient", name);
        assertTrue(pdf.pageCount() >= 2);
        for (int p = 2; p <= pdf.pageCount(); p++) {
            PdfProbe.Line head = pdf.lines(p).get(0);
            String text = PdfProbe.flat(head.text());
            assertTrue(text.startsWith(PdfProbe.flat(name + " \u00b7")) && text.endsWith(
                    PdfProbe.flat("\u00b7 Nov 14, 2026")), "page " + p + ": '" + head.text() + "'");
            assertTrue(head.glyphs().stream().allMatch(g -> g.size() >= 18f - 0.01f), "at body size");
        }
        PdfProbe shortName = Hep.generate(dir, "it-band-syndrome", "--template", "large-print", "--page-size", paper,
                "--date", "2026-11-14", "--patient", "Ana Lopez");
        assertEquals(PdfProbe.flat("Ana Lopez \u00b7 IT Band Syndrome \u00b7 November 14, 2026"),
                PdfProbe.flat(shortName.lines(2).get(0).text()), "whole when it fits");
    }

    /**
     * A Spanish date written out ("14 de noviembre de 2026") leaves a large-print head little room
     * for the title: the date is written short, and the title reads whole ("Esguince…" before).
     */
    @Test
    void aLongDateIsWrittenShortBeforeTheTitleIsCut() {
        PdfProbe pdf = Hep.generate(dir, "ankle-sprain", "--template", "large-print", "--page-size", "a4",
                "--language", "es", "--date", "2026-11-14", "--patient", "Ana Lopez");
        assertEquals(PdfProbe.flat("Ana Lopez \u00b7 Esguince de tobillo \u00b7 14 nov. 2026"),
                PdfProbe.flat(pdf.lines(2).get(0).text()));
    }

    /**
     * The plan at a glance in large print: its week reads whole beside the days ("Nov 14 – Nov 20",
     * not "Nov 14 – No"), and without a clinic phone it does not repeat "Questions? Call your
     * clinic." in large type when the footer of every page already says it at body size.
     */
    @Test
    void theLargePrintGlanceShowsItsWholeWeekAndNoLineTheFooterSays() throws IOException {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", "large-print", "--date", "2026-11-14");
        int glance = pdf.pageOf("Your plan at a glance");
        String body = PdfProbe.flat(pdf.body(glance));
        assertTrue(body.contains(PdfProbe.flat("Nov 14 \u2013 Nov 20")), pdf.body(glance));
        String call = PdfProbe.flat("Questions? Call your clinic.");
        for (int p = 1; p <= pdf.pageCount(); p++) {
            assertFalse(PdfProbe.flat(pdf.body(p)).contains(call), "page " + p + ": " + pdf.body(p));
            assertTrue(PdfProbe.flat(pdf.page(p)).contains(call), "page " + p + " has it in its footer");
        }
        // With a phone to call, the glance says it, the number in large type.
        Path clinic = dir.resolve("clinic.yaml");
        Files.writeString(clinic, "extends: large-print\nclinic:\n  name: Harbour Physiotherapy\n  phone: 416-555-0199\n");
        PdfProbe withPhone = Hep.generate(dir, "it-band-syndrome", "--template", clinic.toString(), "--date",
                "2026-11-14");
        int at = withPhone.pageOf("Your plan at a glance");
        assertTrue(PdfProbe.flat(withPhone.body(at)).contains(PdfProbe.flat("Call 416-555-0199")), withPhone.body(at));
    }

    /**
     * Without a clinic phone, the glance ends at its pain row in every language: a call line
     * without a number ("Des questions ? Appelez votre clinique.") once stood there in heading
     * type, like a section with nothing under it. The HTML handout leaves it out too.
     */
    @ParameterizedTest
    @CsvSource({"en, Pain 0\u201310, What is it?", "fr, Douleur 0\u201310, De quoi s'agit-il\u00a0?",
            "es, Dolor 0\u201310, \u00bfQu\u00e9 es?"})
    void withoutAPhoneTheGlanceEndsAtItsPainRowInEveryLanguage(String lang, String pain, String next)
            throws IOException {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--language", lang, "--date", "2026-11-14");
        List<String> lines = pdf.lines(1).stream().map(l -> PdfProbe.flat(l.text())).toList();
        int row = 0;
        while (row < lines.size() && !lines.get(row).startsWith(PdfProbe.flat(pain))) {
            row++;
        }
        assertTrue(row < lines.size() - 1, "a pain row, and something after it: " + lines);
        assertEquals(PdfProbe.flat(next), lines.get(row + 1));

        Path html = dir.resolve(lang + ".html");
        assertEquals(0, Hep.run("generate", "it-band-syndrome", "--language", lang, "--date", "2026-11-14", "-o",
                html.toString()).exit());
        assertFalse(Files.readString(html).contains("class=\"call\""), "no call line in the web page either");
    }

    static Stream<Arguments> plansOnPaper() {
        List<Arguments> out = new ArrayList<>();
        for (String plan : BuiltIns.list("plans")) {
            for (String paper : List.of("letter", "a4")) {
                out.add(Arguments.of(plan.replace(".yaml", ""), paper));
            }
        }
        return out.stream();
    }

    /** Footer, running head, glance, dose labels, log, disclaimer: nothing smaller than the body, on either paper. */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("plansOnPaper")
    void largePrintPrintsNothingBelowBodySize(String plan, String paper) {
        PdfProbe pdf = Hep.generate(dir, plan, "--template", "large-print", "--page-size", paper, "--date",
                "2026-03-01", "--patient", "Ana Lopez");
        for (PdfProbe.Glyph g : pdf.glyphs()) {
            assertTrue(g.text().isBlank() || g.size() >= 18f - 0.01f,
                    "page " + g.page() + ": '" + g.text() + "' is " + g.size() + " pt");
        }
    }

    /**
     * On a black-and-white printer a caution must still stand out from a tip: tips are open
     * (no fill, a thin light rule), cautions are filled with a tint a laser printer keeps (at
     * least 10% grey; 5% is often dropped) and a heavy dark rule, under a near-black heading whose
     * warning sign is larger than its words.
     */
    @ParameterizedTest
    @ValueSource(strings = {"standard", "large-print", "compact"})
    void tipsAndCautionsDifferInGrey(String template) {
        PagedHandout h = itBandIn(template);
        List<Op> ops = h.pages().stream().flatMap(p -> p.ops().stream()).toList();
        List<Op.Rect> rects = ops.stream().filter(o -> o instanceof Op.Rect).map(o -> (Op.Rect) o).toList();
        Op.Rect cautionBar = rects.stream().filter(r -> r.fill() != null && grey(r.fill()) < 0.35 && r.w() >= 5.9f
                && r.w() < 10f).findFirst().orElse(null);
        assertNotNull(cautionBar, template + ": a caution box has a heavy dark rule (6 pt)");
        Op.Rect cautionFill = rects.stream().filter(r -> r.fill() != null && r.w() > 100 && Math.abs(r.y() - cautionBar.y()) < 0.01f)
                .findFirst().orElseThrow();
        assertTrue(grey(cautionFill.fill()) * 255 <= 230, template + ": the caution fill prints at least 10% grey, not "
                + Math.round(grey(cautionFill.fill()) * 255) + " of 255");
        Op.Text sign = ops.stream().filter(o -> o instanceof Op.Text t && t.text().equals("\u26A0")).map(Op.Text.class::cast)
                .findFirst().orElseThrow();
        Op.Text heading = ops.stream().filter(o -> o instanceof Op.Text t && t.text().strip().equals("Take care"))
                .map(Op.Text.class::cast).findFirst().orElseThrow();
        assertTrue(grey(heading.color()) * 255 <= 50, template + ": 'Take care' is near-black, not grey "
                + Math.round(grey(heading.color()) * 255));
        assertTrue(sign.size() >= heading.size() * 1.2f, template + ": the warning sign is larger than its words");
        assertEquals(heading.baseline(), sign.baseline(), 0.01f, template + ": sign and words share a baseline");
        // The ticks' box: a 2 pt rule much lighter than the caution's, and nothing behind the text.
        Op.Rect tipBar = rects.stream().filter(r -> r.fill() != null && r.w() > 1.9f && r.w() < 2.1f).findFirst()
                .orElse(null);
        assertNotNull(tipBar, template + ": tips carry a thin rule");
        assertTrue(grey(tipBar.fill()) - grey(cautionBar.fill()) >= 0.3, template + ": the tips' rule prints grey "
                + Math.round(grey(tipBar.fill()) * 255) + ", the caution's " + Math.round(grey(cautionBar.fill()) * 255));
        assertTrue(rects.stream().noneMatch(r -> r.fill() != null && r.w() > 100 && Math.abs(r.y() - tipBar.y()) < 0.01f),
                template + ": tips have no tint behind them");
    }

    /**
     * The pain guide's green, amber and red signs are three different greys on a black-and-white
     * printer, and three shapes: a circle, a triangle and an octagon (PainSignsInGreyTest looks at
     * them printed).
     */
    @Test
    void thePainLightsDifferInGreyAndInShape() {
        PagedHandout h = itBandInStandard();
        List<Op> ops = h.pages().stream().flatMap(p -> p.ops().stream()).toList();
        List<Integer> fills = new ArrayList<>();
        ops.stream().filter(o -> o instanceof Op.Rect r && r.fill() != null && r.fill() != 0xFFFFFF && r.w() == r.h()
                        && r.w() > 5f && Math.abs(r.radius() - r.w() / 2f) < 0.01f)
                .forEach(o -> fills.add(((Op.Rect) o).fill()));
        assertEquals(1, fills.size(), "one round sign (the tick circles are white)");
        List<Op.Polygon> polygons = ops.stream().filter(Op.Polygon.class::isInstance).map(Op.Polygon.class::cast)
                .toList();
        assertEquals(List.of(3, 8), polygons.stream().map(g -> g.xs().length).toList(), "a triangle, then an octagon");
        polygons.forEach(g -> fills.add(g.fill()));
        List<Double> lights = fills.stream().map(PrintLayoutTest::grey).toList();
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                assertTrue(Math.abs(lights.get(i) - lights.get(j)) >= 0.15, "lights " + i + " and " + j
                        + " print as greys " + lights.get(i) + " and " + lights.get(j));
            }
        }
    }

    /** The IT band handout laid out in the standard template, to read its drawing operations. */
    private static PagedHandout itBandInStandard() {
        return itBandIn("standard");
    }

    private static PagedHandout itBandIn(String name) {
        Plan plan = PlanLoader.load(BuiltIns.source("plans/it-band-syndrome.yaml"), "plan", Library.builtIn());
        Template template = Templates.choose(name, plan);
        return HandoutLayout.layout(HandoutComposer.compose(DoseResolver.resolve(plan, DoseOverrides.NONE),
                template, HandoutDetails.NONE), template, FontSet.forThread());
    }

    /** Luminance as a greyscale printer or pdftoppm -gray sees it (BT.601 weights), 0 black to 1 white. */
    private static double grey(int rgb) {
        return (0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff)) / 255.0;
    }
}
