package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the patient keeps track with, as printed: the plan at a glance on one page, which is the
 * log where a template has both (dated from the handout's date, rest days, pain row), the log on
 * its own without a glance, and the traffic-light pain guide.
 */
class TrackingInHandoutTest {
    @TempDir
    Path dir;

    /** Eight exercises with long names and full doses; one is done on fewer days, so its strip says how often. */
    static final String EIGHT = """
            title: Eight exercises
            schedule: {per_day: 1, days_per_week: 5}
            exercises:
              - use: side-lying-hip-abduction
              - use: eccentric-wrist-extension
              - use: external-rotation-band
              - use: terminal-knee-extension
              - use: levator-scapulae-stretch
              - use: foam-roll-lateral-thigh
              - use: single-leg-bridge
                days_per_week: 3
              - use: isometric-wrist-extension
            """;

    private Path template(String base) {
        return Hep.write(dir, "with-glance-" + base + ".yaml", "extends: " + base + "\n"
                + "clinic: {name: Harbour Physiotherapy, phone: 555-0100}\n"
                + "sections: [header, patient, glance, exercises, advice, log, disclaimer]\n");
    }

    /**
     * The page to pin up stays whole in large print: where the glance fits on a page but not with
     * the disclaimer under it, the disclaimer goes above it, printed once, and the glance, from its
     * heading to its pain row, is the last page. Rotator cuff on A4 and low back on letter had their
     * glance split over two or three pages, the last holding the pain row alone. Rotator cuff on
     * letter fits only without the pictures beside its rows (its doses then take fewer lines).
     */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"rotator-cuff-shoulder-pain, a4", "rotator-cuff-shoulder-pain, letter", "low-back-pain, letter",
        "it-band-syndrome, letter", "it-band-syndrome, a4"})
    void theLargePrintGlanceIsOnePageWhenItFitsOne(String plan, String paper) {
        PdfProbe pdf = Hep.generate(dir, plan, "--template", "large-print", "--page-size", paper, "--date",
                "2026-03-14", "--patient", "Ana Lopez");
        int glance = pdf.pageOf("Your plan at a glance");
        assertEquals(pdf.pageCount(), glance, "the glance is on the last page");
        assertTrue(PdfProbe.flat(pdf.body(glance)).contains(PdfProbe.flat("Pain 0–10")),
                "its pain row is on the same page: " + pdf.body(glance));
        String all = PdfProbe.flat(pdf.text());
        String disclaimer = PdfProbe.flat("This handout is general education.");
        assertTrue(all.contains(disclaimer), "the disclaimer is printed");
        assertEquals(all.indexOf(disclaimer), all.lastIndexOf(disclaimer), "the disclaimer is printed once");
    }

    /**
     * A glance taller than a page goes on over the next pages, each part under the days and dates
     * again: a row of boxes under no heading cannot be ticked for the right day.
     */
    @ParameterizedTest
    @ValueSource(strings = {"standard", "large-print"})
    void aGlanceTallerThanAPageRepeatsItsDaysOnEveryPage(String base) {
        StringBuilder yaml = new StringBuilder("title: Twenty-four exercises\nexercises:\n");
        // Twenty-four exercises, each used once: these six long ones first, then others.
        java.util.List<String> ids = new java.util.ArrayList<>(java.util.List.of("side-lying-hip-abduction",
                "eccentric-wrist-extension", "external-rotation-band", "terminal-knee-extension",
                "levator-scapulae-stretch", "foam-roll-lateral-thigh"));
        for (String id : org.hep.load.Library.builtIn().exerciseIds()) {
            if (ids.size() < 24 && !ids.contains(id)) {
                ids.add(id);
            }
        }
        for (String id : ids) {
            yaml.append("  - use: ").append(id).append('\n');
        }
        Path plan = Hep.write(dir, "many.yaml", yaml.toString());
        PdfProbe pdf = Hep.generate(dir, plan.toString(), "--template", template(base).toString(), "--date",
                "2026-03-28");
        int first = pdf.pageOf("1. Side-lying leg raise");
        int last = pdf.pageOf("24. ");
        assertTrue(last > first, base + ": the glance runs over more than one page");
        for (int p = first; p <= last; p++) {
            String page = PdfProbe.flat(pdf.page(p));
            assertTrue(page.contains(PdfProbe.flat("S 28 S 29 M 30 T 31 W 1 T 2 F 3")),
                    base + ", page " + p + " of the glance has its days and dates: " + pdf.page(p));
        }
    }

    /**
     * Under the clinic and the patient's name on page one. Compact (no log beside it) keeps it
     * whole there. Standard's two weeks side by side make eight rows too tall for that room: rather
     * than leave page one all but empty, each week is a table of its own, week 1 on page one and
     * week 2 on the next. Large print's one week may run onto a second page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"standard", "compact", "large-print"})
    void thePlanAtAGlanceFitsOnePageForEightExercises(String base) {
        Path plan = Hep.write(dir, "eight.yaml", EIGHT);
        PdfProbe pdf = Hep.generate(dir, plan.toString(), "--template", template(base).toString(), "--date", "2026-03-28");
        int first = pdf.pageOf("Your plan at a glance");
        int last = pdf.pageOf("Questions? Call 555-0100");
        int allowed = base.equals("compact") ? 0 : 1;
        if (!base.equals("large-print")) {
            assertEquals(1, first, base + ": the glance starts under the clinic and the patient's name");
        }
        if (base.equals("standard")) {
            assertTrue(PdfProbe.flat(pdf.body(1)).contains(PdfProbe.flat("Week 1 · Mar 28 – Apr 3"))
                    && PdfProbe.flat(pdf.body(1)).contains(PdfProbe.flat("8. Still Wrist Press")),
                    "week 1 whole on page one: " + pdf.body(1));
            assertTrue(PdfProbe.flat(pdf.body(2)).startsWith(PdfProbe.flat("Week 2 · Apr 4 – Apr 10")),
                    "week 2 opens page two: " + pdf.body(2));
        }
        assertTrue(last - first <= allowed, base + ": the glance takes pages " + first + "–" + last);
        String glance = PdfProbe.flat(String.join(" ", java.util.stream.IntStream.rangeClosed(first, last)
                .mapToObj(pdf::page).toList()));
        assertTrue(glance.contains(PdfProbe.flat("1. Side-lying leg raise")), glance);
        assertTrue(glance.contains("8."), glance);
        List<String> weeks = base.equals("large-print") ? List.of("This week · Mar 28 – Apr 3")
                : List.of("Week 1 · Mar 28 – Apr 3", "Week 2 · Apr 4 – Apr 10");
        weeks.forEach(w -> assertTrue(glance.contains(PdfProbe.flat(w)), w + ": " + glance));
        assertTrue(glance.contains(PdfProbe.flat("S 28 S 29 M 30 T 31 W 1 T 2 F 3")), glance);
        assertTrue(glance.contains(PdfProbe.flat("3 days a week")), "the one exercise done less often says so: " + glance);
        // Large print says the dose in fewer words, its parts joined with commas.
        String often = base.equals("large-print") ? "once a day, 5 days a week" : "once a day · 5 days a week";
        assertTrue(glance.contains(PdfProbe.flat(often)), "the others say theirs: " + glance);
        assertFalse(PdfProbe.flat(pdf.page(last + 1)).contains(PdfProbe.flat("Your plan at a glance")));
        assertTrue(PdfProbe.flat(pdf.body(last + 1)).startsWith(PdfProbe.flat("Your exercises")),
                "the cards follow on the next page, under its running head: " + pdf.page(last + 1));
    }

    /**
     * The plan at a glance is the log, on page one: both weeks dated from the handout's date across
     * a month end, every exercise, rest days explained, the pain row; no second log further on.
     */
    @ParameterizedTest
    @ValueSource(strings = {"letter", "a4"})
    void theGlanceOnPageOneIsTheLogDatedFromTheHandoutDate(String paper) {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-28", "--page-size", paper);
        String one = PdfProbe.flat(pdf.body(1));
        for (String s : List.of("Your plan at a glance", "Week 1 · Mar 28 – Apr 3", "Week 2 · Apr 4 – Apr 10",
                "S 28 S 29 M 30 T 31 W 1 T 2 F 3", "S 4 S 5 M 6 T 7 W 8 T 9 F 10", "1. Squat", "2. Forward lunge",
                "3. Side-lying leg raise", "Pain 0–10", "Shaded days are rest days.", "write your pain from 0")) {
            assertTrue(one.contains(PdfProbe.flat(s)), paper + ": page one has '" + s + "': " + pdf.body(1));
        }
        pdf.assertInOrder(List.of("Your plan at a glance", "Week 1 · Mar 28 – Apr 3", "Week 2 · Apr 4 – Apr 10",
                "S 28 S 29 M 30 T 31 W 1 T 2 F 3", "S 4 S 5 M 6 T 7 W 8 T 9 F 10", "1. Squat", "Pain 0–10"));
        assertFalse(PdfProbe.flat(pdf.text()).contains(PdfProbe.flat("Exercise log")), "no second log");
    }

    /** Without a glance (compact), the log is its own section, as dated. */
    @Test
    void withoutAGlanceTheLogIsDatedFromTheHandoutDateAcrossAMonthEnd() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", "compact", "--date", "2026-03-28");
        pdf.assertInOrder(List.of("Exercise log", "Week 1 · Mar 28 – Apr 3", "Week 2 · Apr 4 – Apr 10",
                "S 28 S 29 M 30 T 31 W 1 T 2 F 3", "S 4 S 5 M 6 T 7 W 8 T 9 F 10", "1. Squat"));
        pdf.assertInOrder(List.of("Exercise log", "Try to exercise 5 days a week.", "Shaded days are rest days."));
    }

    @Test
    void theLogIsDatedAcrossAYearEndInFrenchAndSpanish() {
        PdfProbe fr = Hep.generate(dir, "it-band-syndrome", "--date", "2026-12-29", "--language", "fr");
        fr.assertInOrder(List.of("Votre programme d’un coup d’œil", "Semaine 1 · 29 déc. – 4 janv.",
                "Semaine 2 · 5 janv. – 11 janv.", "M 29 M 30 J 31 V 1 S 2 D 3 L 4", "M 5 M 6 J 7 V 8 S 9 D 10 L 11",
                "Douleur 0–10"));
        PdfProbe es = Hep.generate(dir, "it-band-syndrome", "--date", "2026-12-29", "--language", "es");
        es.assertInOrder(List.of("Semana 1 · 29 dic. – 4 ene.", "M 29 X 30 J 31 V 1 S 2 D 3 L 4", "Dolor 0–10"));
        PdfProbe compact = Hep.generate(dir, "it-band-syndrome", "--date", "2026-12-29", "--language", "fr",
                "--template", "compact");
        compact.assertInOrder(List.of("Journal d’exercices", "Semaine 1 · 29 déc. – 4 janv.",
                "Semaine 2 · 5 janv. – 11 janv."));
    }

    @Test
    void thePainGuideIsInTheAdviceInEveryLanguage() {
        Hep.generate(dir, "knee-osteoarthritis", "--date", "2026-03-01").assertInOrder(List.of("Advice and when to stop",
                "How much pain is OK?", "Green: pain up to 3 out of 10", "Amber:", "Red:", "Stop and call the clinic."));
        Hep.generate(dir, "knee-osteoarthritis", "--date", "2026-03-01", "--language", "fr").assertInOrder(List.of(
                "Quelle douleur est normale", "Vert", "Orange", "Rouge", "appelez la clinique."));
        Hep.generate(dir, "knee-osteoarthritis", "--date", "2026-03-01", "--language", "es").assertInOrder(List.of(
                "¿Cuánto dolor es normal?", "Verde:", "Ámbar:", "Rojo:", "llame a la clínica."));
    }

    @Test
    void templateOptionsTurnThePartsOnAndOff() {
        Path bare = Hep.write(dir, "bare.yaml", "extends: standard\nlog: 3 weeks\nlog_pain: false\ndose_ticks: false\n"
                + "sections: [header, exercises, log]\n");
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", bare.toString(), "--date", "2026-03-01");
        String text = PdfProbe.flat(pdf.text());
        assertFalse(text.contains(PdfProbe.flat("Pain 0–10")), "no pain row");
        assertFalse(text.contains(PdfProbe.flat("Tick a circle")), "no tick circles");
        assertFalse(text.contains(PdfProbe.flat("Your plan at a glance")), "no glance page when the template leaves it out");
        pdf.assertInOrder(List.of("Week 1 · Mar 1 – Mar 7", "Week 2 · Mar 8 – Mar 14", "Week 3 · Mar 15 – Mar 21"));
        assertFalse(text.contains(PdfProbe.flat("Week 4")));
        Path days = Hep.write(dir, "days.yaml", "extends: standard\nlog: 8\n");
        assertTrue(PdfProbe.flat(Hep.generate(dir, "it-band-syndrome", "--template", days.toString(), "--date",
                "2026-03-01").text()).contains(PdfProbe.flat("Week 2 · Mar 8")), "8 days round up to two weeks");
    }

    @Test
    void everyDayIsForExerciseWhenThePlanSaysEveryDay() {
        String[] everyDay = {"--dose", "squat:days_per_week=7", "--dose", "forward-lunge:days_per_week=7", "--dose",
            "side-lying-hip-abduction:days_per_week=7"};
        for (String template : List.of("standard", "compact")) {
            List<String> args = new java.util.ArrayList<>(List.of("--date", "2026-03-01", "--template", template));
            args.addAll(List.of(everyDay));
            String text = PdfProbe.flat(Hep.generate(dir, "it-band-syndrome", args.toArray(String[]::new)).text());
            assertFalse(text.contains(PdfProbe.flat("Shaded days are rest days.")), template + ": no rest days to explain");
            assertTrue(text.contains(PdfProbe.flat(template.equals("compact") ? "Try to exercise every day." : "once a day, every day")),
                    text);
            assertEquals(-1, text.indexOf(PdfProbe.flat("5 days a week")));
        }
    }
}
