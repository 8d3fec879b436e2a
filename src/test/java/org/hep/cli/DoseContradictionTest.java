package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step that writes out a dose ("Do this 10 times, then switch legs.") beside another dose on the
 * handout (--reps 5 --sides left) is warned of where the handout is made, at the words in the file,
 * and the handout is still made: the clinic may have meant it. A nightly batch never runs validate.
 */
class DoseContradictionTest {
    private static final String PLAN = """
            title: T
            exercises:
              - name: A
                steps:
                  - Main step.
                  - Do this 10 times, then switch legs.
                dose: {sets: 2, reps: 10, sides: each}
            """;
    private static final String TIMES = ":6:17: warning: '10 times' contradicts the dose printed beside it"
            + " (5 repetitions); write {reps} so the text always says what the dose says";
    private static final String SWITCH = ":6:32: warning: 'switch legs' contradicts the dose printed beside it"
            + " (left side only); write it for the sides it fits, e.g. {each:switch legs}";

    @TempDir
    Path dir;

    @Test
    void generateWarnsAtTheWordsAndStillMakesTheHandout() {
        Path plan = Hep.write(dir, "w.yaml", PLAN);
        Path pdf = dir.resolve("w.pdf");
        CliRun r = Hep.run("generate", plan.toString(), "--reps", "5", "--sides", "left", "-o", pdf.toString());
        assertEquals(List.of(plan + TIMES, plan + SWITCH), r.errLines());
        assertEquals(0, r.exit());
        String text = PdfProbe.flat(PdfProbe.of(read(pdf)).text());
        assertTrue(text.contains(PdfProbe.flat("2. Do this 10 times, then switch legs.")), text);

        Path html = dir.resolve("w.html");
        r = Hep.run("generate", plan.toString(), "--reps", "5", "--sides", "left", "-o", html.toString());
        assertEquals(List.of(plan + TIMES, plan + SWITCH), r.errLines());
        assertEquals(0, r.exit());
        assertTrue(Files.exists(html));
    }

    /**
     * A hold the exercise's own dose does not have, added on the command line, beside a step that
     * says to hold without saying how long: the dose band says 5 seconds, the step "a moment".
     */
    @Test
    void aHoldAddedBesideAStepThatSaysNoTimeIsWarnedOf() {
        Path pdf = dir.resolve("k.pdf");
        String warning = "plans/exercises/straight-leg-raise.yaml:12:5: warning: 'Hold for a moment.' does not say how"
                + " long, beside the dose's hold of 5 seconds (added by the plan or the command line); write {hold}"
                + " (\"Hold for {hold}.\") so the text says what the dose says";
        CliRun r = Hep.run("generate", "knee-osteoarthritis", "--dose", "straight-leg-raise:hold=5", "-o", pdf.toString());
        assertEquals(List.of(warning), r.errLines());
        assertEquals(0, r.exit());
        // In French, at the translation's words.
        r = Hep.run("generate", "knee-osteoarthritis", "--language", "fr", "--dose", "straight-leg-raise:hold=5", "-o",
                pdf.toString());
        assertEquals(List.of("plans/exercises/i18n/fr/straight-leg-raise.yaml:9:5: warning: 'Tenez un court moment.'"
                + " does not say how long, beside the dose's hold of 5 seconds (added by the plan or the command line);"
                + " write {hold} (\"Hold for {hold}.\") so the text says what the dose says"), r.errLines());
        // A hold the exercise has itself, or none added: nothing to say.
        assertEquals(List.of(), Hep.run("generate", "knee-osteoarthritis", "-o", pdf.toString()).errLines());
    }

    @Test
    void textThatSaysTheFinalDoseIsSilent() {
        Path plan = Hep.write(dir, "w.yaml", PLAN);
        // Its own dose: 10 times, each side. validate still suggests the placeholders.
        Hep.generate(dir, plan.toString());
        Hep.generate(dir, plan.toString(), "--sides", "alternating", "--sets", "3");
        assertEquals(2, Hep.run("validate", plan.toString()).errLines().size() - 1);
    }

    @Test
    void onlyTheWordsThatPrintForTheFinalSidesAreRead() {
        Path plan = Hep.write(dir, "w.yaml", """
                title: T
                exercises:
                  - name: A
                    steps:
                      - "Lift{each:, then switch legs}."
                      - "{left:Hold for 20 seconds.}{right:Hold for 30 seconds.}"
                      - "Hold for {hold}, then rest a minute."
                    dose: {reps: 10, hold: 30, rest: 60, sides: each}
                """);
        CliRun r = Hep.run("summary", plan.toString(), "--sides", "left");
        assertEquals(List.of(plan + ":6:25: warning: '20 seconds' contradicts the dose printed beside it (a hold of"
                + " 30 seconds); write {hold} so the text always says what the dose says"), r.errLines());
        assertEquals(0, r.exit());
        assertTrue(r.stdout().contains("Hold for 20 seconds."), r.stdout());
        assertEquals("", Hep.run("summary", plan.toString(), "--sides", "right").err());
        r = Hep.run("summary", plan.toString(), "--rest", "45", "--format", "json");
        assertEquals(List.of(plan + ":7:37: warning: 'a minute' contradicts the dose printed beside it (a rest of"
                + " 45 seconds); write {rest} so the text always says what the dose says"), r.errLines());
    }

    @Test
    void aBatchRowCarriesTheWarningInItsMessagesAndReport() throws Exception {
        Path plan = Hep.write(dir, "w.yaml", PLAN);
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,output,reps,sides\nw.yaml,w1.pdf,5,left\nw.yaml,w2.pdf,,\n");
        Path out = dir.resolve("out");
        Path report = dir.resolve("r.json");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--report", report.toString());
        String at = m + ":2: ";
        assertEquals(List.of(at + plan + TIMES, at + plan + SWITCH, "2 written, 0 failed"), r.errLines());
        assertEquals(0, r.exit());
        assertTrue(Files.size(out.resolve("w1.pdf")) > 1000);
        JsonNode rows = new ObjectMapper().readTree(read(report));
        JsonNode first = rows.isArray() ? rows.get(0) : rows.get("rows").get(0);
        assertEquals("written", first.get("status").textValue());
        assertEquals(at + plan + TIMES, first.get("messages").get(0).textValue());
        assertEquals(at + plan + SWITCH, first.get("messages").get(1).textValue());
        JsonNode second = rows.isArray() ? rows.get(1) : rows.get("rows").get(1);
        assertEquals(0, second.get("messages").size());
    }

    @Test
    void phrasingsOfASwitchAndOfANumberAreAllFound() {
        Path plan = Hep.write(dir, "p.yaml", """
                title: T
                exercises:
                  - name: A
                    steps:
                      - Then swap legs.
                      - Change legs and repeat.
                      - Do the same with your other knee.
                      - Repeat with the opposite leg.
                      - Then do it on the other foot.
                      - Swap sides.
                      - Do the other leg too.
                      - Puis faites l'autre jambe.
                      - Répétez avec la jambe opposée.
                      - Inversez les jambes.
                      - Repita del otro lado.
                      - Luego haga la otra pierna.
                      - Repita con la pierna contraria.
                      - Ahora con la otra pierna.
                      - Do 10 of these.
                      - Do it 10x.
                      - Rest a minute between sets.
                      - Hold for half a minute.
                      - Use your other hand to help. Si le duele, no haga la otra pierna.
                    dose: {sets: 2, reps: 10, sides: each, hold: 30, rest: 60}
                """);
        CliRun r = Hep.run("generate", plan.toString(), "--sides", "right", "--reps", "8", "--hold", "20",
                "--rest", "30", "-o", dir.resolve("p.pdf").toString());
        List<String> found = r.errLines().stream().map(l -> l.substring(plan.toString().length() + 1))
                .map(l -> l.substring(0, l.indexOf(" contradicts"))).toList();
        assertEquals(List.of("5:14: warning: 'swap legs'", "6:9: warning: 'Change legs'",
                "7:9: warning: 'Do the same with your other knee'", "8:9: warning: 'Repeat with the opposite leg'",
                "9:14: warning: 'do it on the other foot'", "10:9: warning: 'Swap sides'",
                "11:9: warning: 'Do the other leg'", "12:14: warning: 'faites l'autre jambe'",
                "13:9: warning: 'Répétez avec la jambe opposée'", "14:9: warning: 'Inversez les jambes'",
                "15:9: warning: 'Repita del otro lado'", "16:15: warning: 'haga la otra pierna'",
                "17:9: warning: 'Repita con la pierna contraria'", "18:9: warning: 'Ahora con la otra pierna'",
                "19:12: warning: '10 of these'", "20:15: warning: '10x'", "21:14: warning: 'a minute'",
                "22:18: warning: 'half a minute'"), found);
        assertEquals(0, r.exit());
    }

    /** A translated exercise and note are read in the words printed, and warned of in the files that hold them. */
    @Test
    void aTranslationIsWarnedOfInItsOwnFile() {
        Path lib = dir.resolve("lib");
        Hep.write(lib, "lift.yaml", "name: Lift\nsteps:\n  - \"Lift {reps}{each:, then switch legs}.\"\n"
                + "dose: {reps: 10, sides: each}\n");
        Path fr = Hep.write(lib, "i18n/fr/lift.yaml", "name: Levée\nsteps:\n"
                + "  - \"Levez {reps}{each:, puis changez de jambe}. Tenez 5 secondes.\"\n");
        Path plan = Hep.write(dir, "p.yaml", "title: T\nexercises:\n  - use: lift\n    hold: 10\n"
                + "    notes: Keep it slow.\n");
        Path planFr = Hep.write(dir, "i18n/fr/p.yaml", "language: fr\ntitle: T\nnotes:\n  lift: Tenez 5 secondes.\n");
        CliRun r = Hep.run("summary", plan.toString(), "--library", lib.toString(), "--language", "fr",
                "--sides", "left");
        String says = ": warning: '5 secondes' contradicts the dose printed beside it (a hold of 10 seconds); write"
                + " {hold} so the text always says what the dose says";
        assertEquals(List.of(fr + ":3:56" + says, planFr + ":4:15" + says), r.errLines());
        assertEquals(0, r.exit());
    }

    /**
     * Each text to fix is warned of once, at its place: the exercise's step in its own file, the
     * plan's note at its line (a plan uses an exercise once, so one text is never reached twice).
     */
    @Test
    void oneWarningPerPlace() {
        Path lib = dir.resolve("lib");
        Path lift = Hep.write(lib, "lift.yaml", "name: Lift\nsteps:\n  - Do this 10 times.\ndose: {reps: 10}\n");
        Path plan = Hep.write(dir, "p.yaml", "title: T\nexercises:\n  - use: lift\n    reps: 5\n  - use: squat\n"
                + "    notes: Do 12 reps.\n");
        CliRun r = Hep.run("generate", plan.toString(), "--library", lib.toString(), "-o", dir.resolve("p.pdf").toString());
        assertEquals(List.of(lift + ":3:13: warning: '10 times' contradicts the dose printed beside it (5 repetitions);"
                + " write {reps} so the text always says what the dose says",
                plan + ":6:15: warning: '12 reps' contradicts the dose printed beside it (10-20 repetitions);"
                + " write {reps} so the text always says what the dose says"), r.errLines());
        assertEquals(0, r.exit());
    }

    /** F13: words whose sides exclude the sides of the words around them could never print. */
    @Test
    void sideWordsInsideSideWordsThatNeverPrintAreRefused() {
        Path plan = Hep.write(dir, "n.yaml", """
                title: T
                exercises:
                  - name: A
                    steps:
                      - Main step.
                      - "Do it.{each: {left:Now work the left leg only.}}"
                      - "{one:{left:Left.}{right:Right.}}{each|left:{left|right:Fine.}}"
                    dose: {reps: 10, sides: each}
                """);
        Path out = dir.resolve("n.pdf");
        CliRun r = Hep.run("generate", plan.toString(), "-o", out.toString());
        assertEquals(List.of(plan + ":6:23: words for left inside words for each never print: no sides is both;"
                + " write them outside {each:…}"), r.errLines());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(out));
        assertEquals(plan + ":6:23: words for left inside words for each never print: no sides is both;"
                + " write them outside {each:…}", Hep.run("validate", plan.toString()).errLines().get(0));
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
