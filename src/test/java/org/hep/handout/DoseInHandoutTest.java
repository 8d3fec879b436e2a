package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dose a patient reads on each card's strip, for every precedence level: exercise default →
 * plan entry → global --sets/--reps/--hold/--rest/--sides → --dose ID:k=v. Each strip is checked
 * whole, up to the tick circles' hint that follows it, so nothing extra can hide at its end.
 */
class DoseInHandoutTest {
    @TempDir
    Path dir;

    private Path plan;

    /** squat keeps its file's dose; itb-stretch's hold (30 s in its file) is 45 s in the plan. */
    @BeforeEach
    void writePlan() {
        plan = Hep.write(dir, "dose.yaml", """
                title: Dose levels
                schedule:
                  per_day: 1
                exercises:
                  - use: squat
                  - use: itb-stretch
                    hold: 45
                """);
    }

    /**
     * The card's dose strip, label by label, up to what follows it on the card (what you need, the
     * pictures' captions or the starting position); what the circles are for, said once over the first card's circles,
     * is read after its "3 sets" and left out here.
     */
    private static void assertDose(PdfProbe pdf, String exercise, String strip) {
        String text = PdfProbe.flat(pdf.text()).replaceFirst(java.util.regex.Pattern.quote(PdfProbe.flat(TICKS)), "");
        text = text.substring(text.indexOf(PdfProbe.flat("Your exercises")));
        String card = text.substring(text.indexOf(PdfProbe.flat(exercise)));
        String next = card.substring(card.indexOf(PdfProbe.flat(strip)) + PdfProbe.flat(strip).length());
        assertTrue(card.contains(PdfProbe.flat(strip)), "missing: " + strip + " in " + card);
        // Then what the card needs, its pictures' captions, or the starting position.
        assertTrue(next.startsWith(PdfProbe.flat("You need")) || next.startsWith(PdfProbe.flat("Start")),
                "the strip ends there: " + strip + " then " + next.substring(0, Math.min(40, next.length())));
    }

    private static final String TICKS = "Tick a circle for each set you do today.";

    private PdfProbe generate(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "--date";
        args[1] = "2026-03-01";
        System.arraycopy(options, 0, args, 2, options.length);
        return Hep.generate(dir, plan.toString(), args);
    }

    @Test
    void exerciseDefaultAndPlanEntry() {
        PdfProbe pdf = generate();
        assertDose(pdf, "Squat", "Sets 3 sets Repetitions 10–20 times Rest 1 minute");
        assertDose(pdf, "Standing outer hip stretch", "Sets 3 sets Hold 45 seconds Side each side");
    }

    /** How often is said once: under the plan at a glance, not again above the cards. */
    @Test
    void howOftenIsSaidOnceUnderTheGlance() {
        PdfProbe pdf = generate();
        String body = PdfProbe.flat(pdf.text());
        String often = PdfProbe.flat("Do these exercises once a day.");
        pdf.assertInOrder(java.util.List.of("Your plan at a glance", "Do these exercises once a day.", "Your exercises",
                "Squat"));
        assertEquals(body.indexOf(often), body.lastIndexOf(often), "said once: " + pdf.text());
    }

    /** Without the glance (compact), how often is said above the cards. */
    @Test
    void withoutTheGlanceHowOftenIsSaidAboveTheCards() {
        PdfProbe pdf = generate("--template", "compact");
        pdf.assertInOrder(java.util.List.of("Your exercises", "Do these exercises once a day.", "Squat"));
    }

    @Test
    void globalOptionsOverrideThePlan() {
        PdfProbe pdf = generate("--sets", "2", "--hold", "20s");
        assertDose(pdf, "Squat", "Sets 2 sets Repetitions 10–20 times Rest 1 minute");
        assertDose(pdf, "Standing outer hip stretch", "Sets 2 sets Hold 20 seconds Side each side");
    }

    @Test
    void globalRepsAndRest() {
        PdfProbe pdf = generate("--reps", "12", "--rest", "30");
        assertDose(pdf, "Squat", "Sets 3 sets Repetitions 12 times Rest 30 seconds");
        assertDose(pdf, "Standing outer hip stretch", "Sets 3 sets Hold 45 seconds Side each side Rest 30 seconds");
    }

    @Test
    void perExerciseDoseOverridesGlobalOptions() {
        PdfProbe pdf = generate("--sets", "2", "--hold", "20", "--dose", "itb-stretch:hold=1 min,sides=right");
        assertDose(pdf, "Squat", "Sets 2 sets Repetitions 10–20 times Rest 1 minute");
        assertDose(pdf, "Standing outer hip stretch", "Sets 2 sets Hold 1 minute Side right side only");
    }

    @Test
    void repeatedDoseOptionsForOneExerciseAddUp() {
        PdfProbe pdf = generate("--dose", "squat:sets=1", "--dose", "squat:reps=5-8");
        // One set has nothing to rest between: the plan's rest between sets goes with the second set.
        assertDose(pdf, "Squat", "Sets 1 set Repetitions 5–8 times You need: chair");
    }

    @Test
    void globalSidesChangesOnlyExercisesThatHaveSides() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01", "--sides", "left");
        assertDose(pdf, "Squat", "Sets 3 sets Repetitions 10–20 times Rest 1 minute");
        assertDose(pdf, "Forward lunge", "Sets 3 sets Repetitions 10–20 times Side left side only Rest 1 minute");
        assertDose(pdf, "Side-lying leg raise", "Sets 3 sets Repetitions 10–20 times Side left side only");
    }

    @Test
    void itBandDefaultsSayEachSideAndAlternatingSides() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01");
        assertDose(pdf, "Squat", "Sets 3 sets Repetitions 10–20 times Rest 1 minute");
        assertDose(pdf, "Forward lunge", "Sets 3 sets Repetitions 10–20 times per side Side alternating sides Rest 1 minute");
        assertDose(pdf, "Side-lying leg raise", "Sets 3 sets Repetitions 10–20 times Side each side");
    }

    @Test
    void aBadDoseValueIsAUsageErrorNamingTheOption() {
        CliRun r = Hep.run("generate", plan.toString(), "-o", dir.resolve("x.pdf").toString(),
                "--dose", "squat:reps=20-10");
        assertEquals(2, r.exit());
        assertEquals("hep: --dose squat: 'reps' range 20-10 is reversed; write the smaller number first (\"10-20\")\n",
                r.err());
    }
}
