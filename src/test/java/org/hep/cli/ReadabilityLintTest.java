package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hep.readability.Readability;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'hep validate --readability': a grade per file, in the file's language, and the sentences to rewrite. */
class ReadabilityLintTest {
    @TempDir
    Path dir;

    @Test
    void aHardPlanGetsAWarningAndItsHardestSentencesWithTheirPlace() {
        Path plan = Hep.write(dir, "knee.yaml", """
                title: Knee plan
                education:
                  - heading: About your knee
                    text: |
                      Your knee is sore. Rest it when it hurts.

                      Physiotherapeutic interventions incorporating progressive neuromuscular conditioning demonstrably ameliorate symptomatology.
                exercises:
                  - use: squat
                    notes: Consolidate proprioceptive capabilities through deliberate, controlled, repetitive quadriceps activation.
                """);
        CliRun r = Hep.run("validate", "--readability", plan.toString());
        assertEquals(0, r.exit(), "a warning is not a failure: " + r.err());
        assertEquals("1 file OK\n", r.err());
        assertEquals(List.of(
                plan + ": warning: grade 22.9 (Flesch-Kincaid, en) is above 8; sentences that push it up:",
                plan + ":7:1: grade 41.7: Physiotherapeutic interventions incorporating progressive neuromuscular"
                        + " conditioning demonstrably ameliorate symptomatology.",
                plan + ":10:12: grade 29.9: Consolidate proprioceptive capabilities through deliberate, controlled,"
                        + " repetitive quadriceps activation."), r.stdout().lines().toList());
    }

    @Test
    void eachLanguageIsMeasuredWithItsOwnFormula() {
        Path es = Hep.write(dir, "es.yaml", "title: Rodilla\nlanguage: es\nexercises:\n  - use: squat\n"
                + "    notes: \"La rehabilitación fisioterapéutica multidisciplinaria proporciona recuperación funcional"
                + " considerablemente significativa.\"\n");
        CliRun r = Hep.run("validate", "--readability", es.toString(), "plans/knee-osteoarthritis.yaml",
                "plans/i18n/fr/knee-osteoarthritis.yaml");
        List<String> lines = r.stdout().lines().toList();
        assertTrue(lines.get(0).startsWith(es + ": warning: grade 18.0 (Fernandez-Huerta, es) is above 8"), lines.get(0));
        assertTrue(lines.get(1).startsWith(es + ":5:12: grade 18.0: La rehabilitación"), lines.get(1));
        assertTrue(lines.get(2).matches("plans/knee-osteoarthritis.yaml: grade \\d\\.\\d \\(Flesch-Kincaid, en\\)"),
                lines.get(2));
        assertTrue(lines.get(3).matches("plans/i18n/fr/knee-osteoarthritis.yaml: grade \\d\\.\\d \\(Kandel-Moles, fr\\)"),
                lines.get(3));
    }

    @Test
    void theBuiltInLibraryReadsAtGradeEightOrBelowInEveryLanguage() {
        CliRun r = Hep.run("validate", "--readability");
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.stdout().contains("warning"), r.stdout());
        assertTrue(r.stdout().lines().count() >= 58, "a grade for each plan and exercise");
    }

    @Test
    void readabilityIsATextReport() {
        CliRun r = Hep.run("validate", "--readability", "--format", "json");
        assertEquals("hep: --readability: the reading grades are a text report; leave out --format json\n", r.err());
        assertEquals(2, r.exit());
    }

    @Test
    void readingEaseIsPutOnTheGradeScaleOfItsTable() {
        List<String> easy = List.of("Sit down. Lift your leg. Hold it.");
        assertTrue(Readability.measure(easy, "fr").grade() <= 5);
        assertEquals(Readability.measure(easy, "es").formula(), "Fernandez-Huerta");
        assertEquals(Readability.measure(easy, "es-MX").formula(), "Fernandez-Huerta");
        assertEquals(Readability.measure(easy, null).formula(), "Flesch-Kincaid");
    }
}
