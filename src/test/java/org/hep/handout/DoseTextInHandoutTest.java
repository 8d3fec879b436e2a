package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps that name the dose say what the dose band says, in the PDF and every summary. */
class DoseTextInHandoutTest {
    @TempDir
    Path dir;

    private static final String INLINE = """
            exercises:
              - name: Wall press
                start: Stand {side}.
                steps:
                  - Press for {hold}.
                  - Do this {reps}, {sets} in all. Rest {rest} between them.
                cues: ["{side}, keep your back straight."]
                cautions: ["Stop if it hurts {side}."]
                sets: 2
                reps: "8-12"
                hold: 5
                rest: 60
                sides: each
                notes: Hold for {hold} each time.
            """;

    @Test
    void theDoseOnTheCommandLineReachesTheSteps() {
        PdfProbe pdf = Hep.generate(dir, "knee-osteoarthritis", "--date", "2026-03-01",
                "--hold", "5", "--dose", "quad-set:hold=10,sets=3");
        pdf.assertInOrder(List.of("Your exercises", "Thigh squeeze", "Sets 3 sets Repetitions 10 times Hold 10 seconds",
                "Hold for 10 seconds.", "Do this 10 times, then switch legs."));
        String text = PdfProbe.flat(pdf.text());
        text = text.substring(text.indexOf(PdfProbe.flat("Your exercises")));
        String card = text.substring(text.indexOf(PdfProbe.flat("Thigh squeeze")), text.indexOf(PdfProbe.flat("Straight leg raise")));
        assertFalse(card.contains(PdfProbe.flat("5 seconds")), card);
    }

    @Test
    void globalHoldAndRepsChangeOnlyExercisesThatHaveThem() {
        PdfProbe pdf = Hep.generate(dir, "knee-osteoarthritis", "--date", "2026-03-01", "--hold", "8", "--reps", "6-9");
        pdf.assertInOrder(List.of("Your exercises",
                "Thigh squeeze", "Sets 2 sets Repetitions 6–9 times Hold 8 seconds Side each side", "Hold for 8 seconds.",
                "Step-up", "Sets 2 sets Repetitions 6–9 times Side each side",
                "Calf raise", "Sets 2 sets Repetitions 6–9 times"));
        String text = PdfProbe.flat(pdf.text());
        text = text.substring(text.indexOf(PdfProbe.flat("Your exercises")));
        assertEquals(3, text.split(PdfProbe.flat("Hold 8 seconds"), -1).length - 1,
                "only the thigh squeeze, band knee straightening and hamstring stretch hold: " + pdf.text());
    }

    @Test
    void frenchAndSpanishPlansFillInTheirOwnWords() throws Exception {
        Path fr = Hep.write(dir, "fr.yaml", "title: Genou\nlanguage: fr\n" + INLINE);
        PdfProbe pdf = Hep.generate(dir, fr.toString(), "--date", "2026-03-01");
        pdf.assertInOrder(List.of("Stand de chaque côté.", "Press for 5 secondes.",
                "Do this 8 à 12 fois, 2 séries in all. Rest 1 minute between them.",
                "Stop if it hurts de chaque côté.", "De chaque côté, keep your back straight.",
                "Hold for 5 secondes each time."));

        Path es = Hep.write(dir, "es.yaml", "title: Rodilla\nlanguage: es\n" + INLINE);
        CliRun r = Hep.expectExit(0, Hep.run("summary", es.toString(), "--format", "json", "--sets", "3"));
        JsonNode ex = new ObjectMapper().readTree(r.stdout()).get("exercises").get(0);
        assertEquals("Stand de cada lado.", ex.get("start").asText());
        assertEquals("[\"Press for 5 segundos.\",\"Do this 8 a 12 veces, 3 series in all. Rest 1 minuto between them.\"]",
                ex.get("steps").toString());
        assertEquals("De cada lado, keep your back straight.", ex.get("cues").get(0).asText());
        assertEquals("Hold for 5 segundos each time.", ex.get("notes").asText());
        assertEquals("3 series de 8 a 12 repeticiones, cada lado · mantener 5 segundos · descansar 1 minuto entre series",
                ex.get("dose_words").asText());
    }

    @Test
    void everySummaryFormatReadsTheFilledText() {
        Path en = Hep.write(dir, "en.yaml", "title: Knee\n" + INLINE);
        for (String format : List.of("text", "markdown", "json", "csv")) {
            String out = Hep.expectExit(0, Hep.run("summary", en.toString(), "--format", format, "--hold", "7"))
                    .stdout();
            assertTrue(out.contains("Hold for 7 seconds each time."), format + ":\n" + out);
            assertFalse(out.matches("(?s).*\\{(hold|reps|sets|rest|side)}.*"), format + ":\n" + out);
        }
        String text = Hep.run("summary", en.toString()).stdout();
        assertTrue(text.contains("Press for 5 seconds."), text);
        assertTrue(text.contains("Do this 8–12 times, 2 sets in all. Rest 1 minute between them."), text);
    }

    @Test
    void showFillsTheExercisesOwnDose() {
        String out = Hep.expectExit(0, Hep.run("show", "quad-set")).stdout();
        assertTrue(out.contains("Hold for 5 seconds."), out);
        assertTrue(out.contains("Do this 10 times, then switch legs."), out);
    }

    @Test
    void alternatingRepetitionsSayPerSideOrInTotal() {
        PdfProbe perSide = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01");
        perSide.assertInOrder(List.of("Your exercises", "Forward lunge",
                "Repetitions 10–20 times per side Side alternating sides",
                "Switch legs each time, until you have done it 10–20 times per side."));
        PdfProbe total = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01",
                "--dose", "forward-lunge:count=total,reps=20");
        total.assertInOrder(List.of("Your exercises", "Forward lunge", "Repetitions 20 times in total Side alternating sides",
                "Switch legs each time, until you have done it 20 times in total."));
    }

    @Test
    void aTranslatedPlanKeepsHowItsRepetitionsAreCounted() throws Exception {
        Path plan = Hep.write(dir, "back.yaml", "title: Back\nexercises:\n"
                + "  - use: forward-lunge\n    reps: 20\n    count: total\n    load: red band\n");
        Hep.write(dir, "i18n/fr/back.yaml", "language: fr\ntitle: Dos\nloads: {forward-lunge: bande rouge}\n");
        JsonNode ex = new ObjectMapper().readTree(Hep.expectExit(0, Hep.run("summary", plan.toString(), "--format", "json",
                "--language", "fr")).stdout()).get("exercises").get(0);
        assertEquals("total", ex.at("/dose/count").asText());
        assertEquals("3 séries de 20 répétitions au total, en alternant les côtés · avec bande rouge · repos de 1 minute"
                + " entre les séries", ex.get("dose_words").asText());
    }

    @Test
    void countOnTheCommandLineNeedsAlternatingSides() {
        CliRun r = Hep.run("summary", "it-band-syndrome", "--dose", "squat:count=total");
        assertEquals("hep: --dose: exercise 'squat' is not done on alternating sides, so 'count' does not apply\n", r.err());
        assertEquals(2, r.exit());
        CliRun bad = Hep.run("summary", "it-band-syndrome", "--dose", "forward-lunge:count=totl");
        assertEquals("hep: --dose forward-lunge: 'count' must be per_side or total, found 'totl' (did you mean 'total'?)\n",
                bad.err());
        assertEquals(2, bad.exit());
    }
}
