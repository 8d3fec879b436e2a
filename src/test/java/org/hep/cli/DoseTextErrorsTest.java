package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A placeholder that cannot be filled is bad input, reported at the brace itself; a number of
 * seconds, repetitions or sets written out in a step is a warning from {@code validate}.
 */
class DoseTextErrorsTest {
    @TempDir
    Path dir;

    private void assertError(String file, String yaml, String stderrAfterFileName) {
        Path plan = Hep.write(dir, file, yaml);
        Path out = dir.resolve("out.pdf");
        CliRun r = Hep.run("generate", plan.toString(), "-o", out.toString());
        assertEquals(stderrAfterFileName.lines().map(l -> plan + l + "\n").reduce("", String::concat), r.err());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownPlaceholderSuggestsTheClosest() {
        assertError("plan.yaml", """
                title: Test
                exercises:
                  - name: Press
                    steps:
                      - Press, then hold for {hlod}.
                    hold: 5
                """, ":5:30: unknown placeholder {hlod} (did you mean {hold}?); "
                + "the placeholders are {hold}, {reps}, {sets}, {rest} and {side}");
    }

    @Test
    void aPlaceholderTheDoseCannotFillPointsAtTheBrace() {
        assertError("plan.yaml", """
                title: Test
                exercises:
                  - name: Press
                    steps:
                      - "Press {side}, then rest."
                      - >
                        Do this
                        {reps}, then {sets}.
                    sets: 2
                  - use: squat
                    notes: Hold for {hold}.
                """, """
                :5:16: {side} needs 'sides' in the dose
                :8:9: {reps} needs 'reps' in the dose
                :11:21: {hold} needs 'hold' in the dose""");
    }

    @Test
    void aLoneBraceMustBeDoubled() {
        assertError("plan.yaml", """
                title: Test
                exercises:
                  - name: Press
                    steps: ["Press { gently"]
                """, ":4:20: '{' starts a placeholder such as {hold}; write {{ for a brace");
    }

    @Test
    void aSecondClosingBraceAfterAPlaceholderIsASlip() {
        assertError("plan.yaml", """
                title: Test
                exercises:
                  - name: Press
                    steps: ["Press and hold {hold}} each time", "Then {each:switch {side}}}."]
                    hold: 5
                    sides: each
                """, """
                :4:35: '}' after {hold} closes nothing; remove it
                :4:75: '}' after {each:…} closes nothing; remove it""");
        // Elsewhere a closing brace needs no doubling and prints as written.
        Path plan = Hep.write(dir, "braces.yaml", """
                title: Test
                exercises:
                  - name: Press
                    steps: ["Write {{hold} to see {hold}; {each:then {{A and {side}}, then } rest."]
                    hold: 5
                    sides: each
                """);
        CliRun r = Hep.run("summary", plan.toString(), "--format", "json");
        assertEquals("", r.err());
        org.junit.jupiter.api.Assertions.assertTrue(r.stdout().contains(
                "\"Write {hold} to see 5 seconds; then {A and on each side, then } rest.\""), r.stdout());
    }

    @Test
    void anExerciseFileMustGiveEveryValueItsTextNames() {
        Path lib = dir.resolve("lib");
        Hep.write(lib, "press.yaml", "name: Press\nsteps:\n  - Press for {hold}.\ndose:\n  sets: 2\n");
        Path plan = Hep.write(dir, "plan.yaml", "title: Test\nexercises:\n  - use: press\n    hold: 5\n");
        CliRun r = Hep.run("generate", plan.toString(), "--library", lib.toString(), "-o", dir.resolve("o.pdf").toString());
        assertEquals(lib.resolve("press.yaml") + ":3:15: {hold} needs 'hold' in the dose\n", r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void countNeedsAlternatingSides() {
        assertError("plan.yaml", """
                title: Test
                exercises:
                  - use: squat
                    count: total
                  - use: forward-lunge
                    count: totl
                """, """
                :4:12: 'count' says how to count repetitions on alternating sides; add 'sides: alternating' or leave 'count' out
                :6:12: 'count' must be per_side or total, found 'totl' (did you mean 'total'?)""");
    }

    @Test
    void validateWarnsWhereAStepWritesOutTheDose() throws Exception {
        Path ex = Hep.write(dir, "exercises/press.yaml", """
                name: Press
                start: Sit down. Rest for 30 seconds first.
                steps:
                  - Press for 5 seconds, then relax.
                  - "Do this ten times, 3 sets in all."
                  - Do this 3 times a day.
                cues: ["Press for {hold}."]
                dose: {hold: 5, sets: 3, reps: 10}
                """);
        CliRun r = Hep.run("validate", ex.toString());
        assertEquals(ex + ":2:27: warning: '30 seconds' may contradict the dose; write {rest} so the text always says what the dose says\n"
                + ex + ":4:15: warning: '5 seconds' may contradict the dose; write {hold} so the text always says what the dose says\n"
                + ex + ":5:14: warning: 'ten times' may contradict the dose; write {reps} so the text always says what the dose says\n"
                + ex + ":5:25: warning: '3 sets' may contradict the dose; write {sets} so the text always says what the dose says\n"
                + "1 file OK, 4 warnings\n", r.err());
        assertEquals(0, r.exit());

        CliRun json = Hep.run("validate", ex.toString(), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(json.stdout());
        assertEquals(0, report.get("problems").size());
        assertEquals(4, report.get("warnings").size());
        assertEquals(4, report.get("warnings").get(1).get("line").asInt());
        assertEquals(15, report.get("warnings").get(1).get("column").asInt());
        assertEquals(0, json.exit());
    }

    /** "{reps} times" prints "10 times times": the placeholder writes its unit itself. */
    @Test
    void aPlaceholderFollowedByItsOwnUnitIsWarnedOfByValidateAndGenerate() throws Exception {
        Path plan = Hep.write(dir, "plan.yaml", """
                title: Test
                exercises:
                  - name: Press
                    steps:
                      - Press {reps} times.
                      - Hold {hold} seconds, then do {sets} series.
                      - Rest {rest}, then press {reps} again.
                    dose: {reps: 10, hold: 5, sets: 2, rest: 30}
                """);
        String warnings = plan + ":5:15: warning: '{reps} times' prints its unit twice: {reps} writes the unit itself"
                + " (\"10 times\", \"30 seconds\"); write {reps} alone\n"
                + plan + ":6:14: warning: '{hold} seconds' prints its unit twice: {hold} writes the unit itself"
                + " (\"10 times\", \"30 seconds\"); write {hold} alone\n"
                + plan + ":6:38: warning: '{sets} series' prints its unit twice: {sets} writes the unit itself"
                + " (\"10 times\", \"30 seconds\"); write {sets} alone\n";
        CliRun r = Hep.run("validate", plan.toString());
        assertEquals(warnings + "1 file OK, 3 warnings\n", r.err());
        assertEquals(0, r.exit());
        Path out = dir.resolve("press.pdf");
        CliRun g = Hep.run("generate", plan.toString(), "-o", out.toString());
        assertEquals(0, g.exit(), g.err());
        assertEquals(warnings, g.err().lines().filter(l -> l.contains("unit twice")).map(l -> l + "\n")
                .collect(java.util.stream.Collectors.joining()));
    }

    @Test
    void validateWarnsInPlanNotesToo() {
        Path plan = Hep.write(dir, "plan.yaml", "title: Test\nexercises:\n  - use: squat\n    notes: Do 12 reps.\n");
        CliRun r = Hep.run("validate", plan.toString());
        assertEquals(plan + ":4:15: warning: '12 reps' may contradict the dose; write {reps} so the text always says what the dose says\n"
                + "1 file OK, 1 warning\n", r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void validateWarnsWhereTextSwitchesSidesForEverySides() {
        Path ex = Hep.write(dir, "exercises/lift.yaml", """
                name: Lift
                steps:
                  - Do this {reps}, then switch legs.
                  - "Do this {reps}{each:, then switch legs}."
                  - Repeat with the other leg.
                  - Changez de jambe et refaites-le.
                  - "Hágalo {reps} y luego cambie de pierna."
                  - Use your other hand to help.
                dose: {reps: 10, sides: each}
                """);
        CliRun r = Hep.run("validate", ex.toString());
        String fix = "' may contradict the dose's sides (a handout for the left side only); write it for the sides it fits, e.g. {each:";
        assertEquals(ex + ":3:26: warning: 'switch legs" + fix + "switch legs}\n"
                + ex + ":5:5: warning: 'Repeat with the other leg" + fix + "Repeat with the other leg}\n"
                + ex + ":6:5: warning: 'Changez de jambe" + fix + "Changez de jambe}\n"
                + ex + ":7:28: warning: 'cambie de pierna" + fix + "cambie de pierna}\n"
                + "1 file OK, 4 warnings\n", r.err());
        assertEquals(0, r.exit());
    }

    /** The neck stretches said "hold the seat with your right hand" beside "left side only". */
    @Test
    void validateWarnsWhereTextNamesOneSideForEverySides() throws java.io.IOException {
        Path ex = Hep.write(dir, "exercises/stretch.yaml", """
                name: Stretch
                start: Hold the seat with your right hand.
                steps:
                  - "Tip your {left:right}{right|each|alternating:left} ear down."
                  - Turn your nose toward your left armpit.
                  - Keep your arm straight; keep the wrist right.
                  - Penchez l'oreille gauche. Gardez le bras droit.
                  - Gire hacia la izquierda con el brazo derecho.
                dose: {hold: 30, sides: each}
                """);
        CliRun r = Hep.run("validate", ex.toString());
        String fix = "' names one side for every sides the dose may have (a handout for the other side only would say it"
                + " too); write each side's words, e.g. {left:…}{right|each|alternating:…}\n";
        assertEquals(ex + ":2:32: warning: 'right hand" + fix
                + ex + ":5:32: warning: 'left armpit" + fix
                + ex + ":7:15: warning: 'oreille gauche" + fix
                + ex + ":8:10: warning: 'hacia la izquierda" + fix
                + "1 file OK, 4 warnings\n", r.err());
        assertEquals(0, r.exit());
        // Not sided: naming a side is all there is to say.
        Files.writeString(ex, "name: Turn\nsteps: [Turn your head to the left.]\ndose: {reps: 5}\n");
        assertEquals("1 file OK\n", Hep.run("validate", ex.toString()).err());
    }

    @Test
    void sideWordsThatCannotBeReadPointAtTheirBrace() {
        assertError("plan.yaml", """
                title: Test
                exercises:
                  - name: Lift
                    steps:
                      - "Do this {reps}{both:, then switch legs}."
                      - "Do this {reps}{each:, then switch legs."
                    reps: 10
                    sides: each
                """, """
                :5:24: unknown side condition 'both:'; words for some sides only start with each:, alternating:, one: (left or right), left:, right: or none: (both sides at once)
                :6:24: '{each:' is never closed; end the words for those sides with '}'""");
    }

    @Test
    void aTranslationKeepsTheSideWordsOfItsBase() {
        Path lib = dir.resolve("lib");
        Path base = Hep.write(lib, "lift.yaml", """
                name: Lift
                steps:
                  - "Do this {reps}{each:, then switch legs}."
                dose: {reps: 10, sides: each}
                """);
        Path fr = Hep.write(lib, "i18n/fr/lift.yaml", """
                name: Levée
                steps:
                  - Faites-le {reps}.
                """);
        CliRun r = Hep.run("validate", lib.toString());
        assertEquals(fr + ":3:5: step 1 names {reps} but " + base + " names {reps} and {each:…}; name the same dose "
                + "placeholders as the base, so the text never contradicts the dose printed beside it", r.errLines().get(0));
        assertEquals(1, r.exit());
    }

    /** "Rest 0 seconds between sets" asks for nothing: a rest of 0 leaves {rest} nothing to say. */
    @Test
    void aRestOfZeroLeavesRestNothingToSay() {
        Path lib = dir.resolve("lib");
        String curl = "name: Curl\nsteps:\n  - Bend your elbow {reps}.\n  - Rest {rest} between sets.\n"
                + "dose:\n  sets: 3\n  reps: 10\n  rest: %s\n";
        Path own = Hep.write(lib, "curl.yaml", curl.formatted("0"));
        Path plan = Hep.write(dir, "plan.yaml", "title: Test\nexercises:\n  - use: curl\n");
        CliRun r = Hep.run("summary", plan.toString(), "--library", lib.toString());
        assertEquals(own + ":4:10: {rest} needs a rest above 0, and the dose says no rest (0)\n", r.err());
        assertEquals(1, r.exit());

        Hep.write(lib, "curl.yaml", curl.formatted("30"));
        Path entry = Hep.write(dir, "entry.yaml", "title: Test\nexercises:\n  - use: curl\n    rest: 0\n");
        r = Hep.run("summary", entry.toString(), "--library", lib.toString());
        assertEquals(entry + ":4:11: exercise 'curl' says {rest} in its text, and a rest of 0 is no rest; give a rest "
                + "above 0 here, or leave 'rest' out\n", r.err());
        assertEquals(1, r.exit());

        // One set has no rest between sets, but words that say {rest} keep theirs: they print as written.
        r = Hep.run("summary", plan.toString(), "--library", lib.toString(), "--sets", "1");
        org.junit.jupiter.api.Assertions.assertTrue(r.stdout().contains("1 set of 10 repetitions · rest 30 seconds\n"),
                r.stdout());

        Path out = dir.resolve("o.pdf");
        r = Hep.run("generate", plan.toString(), "--library", lib.toString(), "--rest", "0", "-o", out.toString());
        assertEquals("hep: --rest: exercise 'curl' says {rest} in its text, and a rest of 0 is no rest; give a rest "
                + "above 0, or leave the rest as the plan has it\n", r.err());
        assertEquals(2, r.exit());
        assertFalse(Files.exists(out));
        r = Hep.run("summary", plan.toString(), "--library", lib.toString(), "--dose", "curl:rest=0");
        assertEquals("hep: --dose: exercise 'curl' says {rest} in its text, and a rest of 0 is no rest; give a rest "
                + "above 0, or leave the rest as the plan has it\n", r.err());
        assertEquals(2, r.exit());
    }

    /** A plan's note is the exercise's words too: "Rest {rest}" in it under --rest 0 was an internal error. */
    @Test
    void aRestOfZeroLeavesANoteThatSaysRestNothingToSay() {
        Path lib = dir.resolve("lib");
        Hep.write(lib, "curl.yaml", "name: Curl\nsteps:\n  - Bend your elbow {reps}.\n"
                + "dose:\n  sets: 3\n  reps: 10\n  rest: 30\n");
        Path plan = Hep.write(dir, "plan.yaml", "title: Test\nexercises:\n  - use: curl\n"
                + "    notes: Rest {rest} between sets.\n");
        CliRun r = Hep.run("summary", plan.toString(), "--library", lib.toString(), "--rest", "0");
        assertEquals("hep: --rest: the plan's note on exercise 'curl' says {rest}, and a rest of 0 is no rest; give a "
                + "rest above 0, or leave the rest as the plan has it\n", r.err());
        assertEquals(2, r.exit());
    }

    /** A step up to no rest says so: "rest 0 seconds" read "rest 1 second". */
    @Test
    void aStepUpToNoRestSaysNoRest() {
        Path lib = dir.resolve("lib");
        Hep.write(lib, "curl.yaml", "name: Curl\nsteps:\n  - Bend your elbow {reps}.\n"
                + "dose:\n  sets: 3\n  reps: 10\n  rest: 30\nprogress:\n  rest: 30 -> 15 -> 0\n  every: 1 week\n");
        Path plan = Hep.write(dir, "plan.yaml", "title: Test\nexercises:\n  - use: curl\n");
        CliRun r = Hep.run("summary", plan.toString(), "--library", lib.toString(), "--format", "markdown");
        assertEquals("", r.err());
        String text = r.stdout().replaceAll("\\s+", " ");
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("rest 30 seconds → rest 15 seconds → no rest"), text);
    }

    /** "20 in total, taking turns" done on each side would be 20 on each side: twice the work, silently. */
    @Test
    void aCountInTotalIsNotSilentlyMadePerSide() {
        Path lib = dir.resolve("lib");
        Hep.write(lib, "march.yaml", "name: March\nsteps:\n  - Lift one knee, then the other, {reps}.\n"
                + "dose:\n  reps: 20\n  sides: alternating\n  count: total\n");
        Path plan = Hep.write(dir, "plan.yaml", "title: Test\nexercises:\n  - use: march\n");
        String problem = "exercise 'march' counts its 20 repetitions in total over both sides, taking turns; "
                + "done on each side, the handout would say 20 on each side; ";
        CliRun r = Hep.run("summary", plan.toString(), "--library", lib.toString(), "--sides", "each");
        assertEquals("hep: --sides: " + problem + "give its repetitions for one side as well (a dose for it: "
                + "march:reps=…)\n", r.err());
        assertEquals(2, r.exit());
        r = Hep.run("summary", plan.toString(), "--library", lib.toString(), "--dose", "march:sides=left");
        assertEquals("hep: --dose: exercise 'march' counts its 20 repetitions in total over both sides, taking turns; "
                + "done on the left side, the handout would say 20 on the left side; give its repetitions for one side as well "
                + "(a dose for it: march:reps=…)\n", r.err());
        assertEquals(2, r.exit());
        Path entry = Hep.write(dir, "entry.yaml", "title: Test\nexercises:\n  - use: march\n    sides: each\n");
        r = Hep.run("summary", entry.toString(), "--library", lib.toString());
        assertEquals(entry + ":4:12: " + problem + "give its 'reps' for one side here too\n", r.err());
        assertEquals(1, r.exit());

        // A batch row says it in its column's name, and the other rows are made.
        Path csv = Hep.write(dir, "m.csv", "plan,patient,sides\n" + plan + ",Ana,each\n" + plan + ",Bo,\n");
        r = Hep.run("batch", csv.toString(), "--library", lib.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals(csv + ":2: sides: " + problem + "give its repetitions for one side as well (a dose for it: "
                + "march:reps=…)", r.errLines().get(0));
        assertEquals(1, r.exit());
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(java.util.List.of("plan-bo.pdf"), files.map(f -> f.getFileName().toString()).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // Saying the repetitions for one side with the new sides is what was meant.
        r = Hep.run("summary", plan.toString(), "--library", lib.toString(), "--dose", "march:sides=each,reps=10");
        assertEquals("", r.err());
        org.junit.jupiter.api.Assertions.assertTrue(r.stdout().contains("10 repetitions, each side"), r.stdout());
        r = Hep.run("summary", plan.toString(), "--library", lib.toString());
        org.junit.jupiter.api.Assertions.assertTrue(r.stdout().contains("20 repetitions in total"), r.stdout());
    }

    /** A name, title or advice is not filled: "Squat {reps}" would print its braces, so validate says so. */
    @Test
    void validateWarnsOfPlaceholdersWhereNothingFillsThem() {
        Path lib = dir.resolve("lib");
        Path ex = Hep.write(lib, "named.yaml", "name: Squat {reps}\nsummary: \"Builds strength {each:on each side}.\"\n"
                + "steps:\n  - Stand {reps}.\ndose:\n  reps: 10\n");
        Path plan = Hep.write(dir, "plan.yaml", "title: Plan for {side}\nadvice:\n  - Do it {sets}.\n"
                + "exercises:\n  - use: named\n    notes: Go slowly {reps}.\n");
        CliRun r = Hep.run("validate", ex.toString(), plan.toString(), "--library", lib.toString());
        String why = " as written: dose placeholders and side words are filled only in start, steps, cues, cautions"
                + " and notes\n";
        assertEquals(ex + ":1:13: warning: 'name' prints {reps}" + why
                + ex + ":2:27: warning: 'summary' prints {each:…}" + why
                + plan + ":1:17: warning: 'title' prints {side}" + why
                + plan + ":3:11: warning: 'advice' prints {sets}" + why
                + "2 files OK, 4 warnings\n", r.err());
        assertEquals(0, r.exit());
    }
}
