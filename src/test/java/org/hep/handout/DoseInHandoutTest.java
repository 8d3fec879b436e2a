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
 * The dose a patient reads on each card, for every precedence level: exercise default → plan
 * entry → global --sets/--reps/--hold/--rest/--sides → --dose ID:k=v. Each dose line is checked
 * whole, up to the "How often" line that follows it, so nothing extra can hide at its end.
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

    private static void assertDose(PdfProbe pdf, String exercise, String words) {
        pdf.assertInOrder(java.util.List.of(exercise, words + " How often: once a day"));
    }

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
        assertDose(pdf, "Squat", "3 sets of 10–20 repetitions · rest 1 minute between sets");
        assertDose(pdf, "Standing outer hip stretch", "Hold 45 seconds, 3 times, each side");
    }

    @Test
    void globalOptionsOverrideThePlan() {
        PdfProbe pdf = generate("--sets", "2", "--hold", "20s");
        assertDose(pdf, "Squat", "2 sets of 10–20 repetitions · rest 1 minute between sets");
        assertDose(pdf, "Standing outer hip stretch", "Hold 20 seconds, 2 times, each side");
    }

    @Test
    void globalRepsAndRest() {
        PdfProbe pdf = generate("--reps", "12", "--rest", "30");
        assertDose(pdf, "Squat", "3 sets of 12 repetitions · rest 30 seconds between sets");
        assertDose(pdf, "Standing outer hip stretch", "Hold 45 seconds, 3 times, each side · rest 30 seconds between sets");
    }

    @Test
    void perExerciseDoseOverridesGlobalOptions() {
        PdfProbe pdf = generate("--sets", "2", "--hold", "20", "--dose", "itb-stretch:hold=1 min,sides=right");
        assertDose(pdf, "Squat", "2 sets of 10–20 repetitions · rest 1 minute between sets");
        assertDose(pdf, "Standing outer hip stretch", "Hold 1 minute, 2 times, right side only");
    }

    @Test
    void repeatedDoseOptionsForOneExerciseAddUp() {
        PdfProbe pdf = generate("--dose", "squat:sets=1", "--dose", "squat:reps=5-8");
        assertDose(pdf, "Squat", "1 set of 5–8 repetitions · rest 1 minute");
    }

    @Test
    void globalSidesChangesOnlyExercisesThatHaveSides() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01", "--sides", "left");
        String text = PdfProbe.flat(pdf.text());
        assertTrue(text.contains(PdfProbe.flat("3 sets of 10–20 repetitions · rest 1 minute between sets How often")),
                "squat keeps no sides");
        pdf.assertInOrder(java.util.List.of("Squat", "Forward lunge",
                "3 sets of 10–20 repetitions, left side only · rest 1 minute between sets How often",
                "Side-lying leg raise", "3 sets of 10–20 repetitions, left side only How often"));
    }

    @Test
    void itBandDefaultsSayEachSideAndAlternatingSides() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01");
        pdf.assertInOrder(java.util.List.of(
                "Squat", "3 sets of 10–20 repetitions · rest 1 minute between sets How often",
                "Forward lunge", "3 sets of 10–20 repetitions per side, alternating sides · rest 1 minute between sets How often",
                "Side-lying leg raise", "3 sets of 10–20 repetitions, each side How often"));
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
