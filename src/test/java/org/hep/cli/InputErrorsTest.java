package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of mistake a user makes: the exact one-line message on stderr
 * ({@code file:line:column: message} when a file is involved), the exit code, and no PDF.
 */
class InputErrorsTest {
    @TempDir
    Path dir;

    /** Runs {@code hep generate FILE} on a plan with {@code yaml} and checks code and stderr exactly. */
    private void assertError(String yaml, int code, String messageAfterFileName) {
        Path plan = Hep.write(dir, "plan.yaml", yaml);
        assertRun(code, plan + messageAfterFileName, "generate", plan.toString());
    }

    private void assertRun(int code, String stderr, String... args) {
        Path out = dir.resolve("out.pdf");
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "-o";
        all[args.length + 1] = out.toString();
        CliRun r = Hep.run(all);
        assertEquals(stderr + "\n", r.err());
        assertEquals(code, r.exit());
        assertEquals(0, r.out().length, "nothing on stdout");
        assertFalse(Files.exists(out), "no PDF after an error");
    }

    @Test
    void unknownKeySuggestsTheClosestKey() {
        assertError("""
                title: Test
                exercises:
                  - use: squat
                    setz: 3
                """, 1, ":4:5: unknown key 'setz' (did you mean 'sets'?)");
    }

    @Test
    void wrongType() {
        assertError("""
                title: Test
                advice:
                  call: your doctor
                exercises:
                  - use: squat
                """, 1, ":3:3: 'advice' must be a list of text, found a mapping");
    }

    @Test
    void textWithAColonIsReadAsAMappingAndTheMessageSaysToQuoteIt() {
        assertError("""
                title: Test
                exercises:
                  - name: Wave
                    steps:
                      - Wave: slowly
                """, 1, ":5:9: an item of 'steps' must be text, found a mapping (text with ': ' in it must be in quotes)");
    }

    @Test
    void outOfRange() {
        assertError("""
                title: Test
                exercises:
                  - use: squat
                    sets: 25
                """, 1, ":4:11: 'sets' must be a whole number from 1 to 20, found 25");
    }

    @Test
    void missingRequiredKey() {
        assertError("title: Test\n", 1, ":1:1: missing required key 'exercises'");
    }

    @Test
    void unknownExerciseSuggestsTheClosestId() {
        assertError("""
                title: Test
                exercises:
                  - use: sqaut
                """, 1, ":3:10: unknown exercise 'sqaut' (did you mean 'squat'?)");
    }

    @Test
    void missingImageFile() {
        assertError("""
                title: Test
                exercises:
                  - name: Wave
                    steps: [Wave your hand.]
                    image: pics/wave.png
                    image_alt: A hand waving
                """, 1, ":5:12: image file not found: pics/wave.png");
    }

    @Test
    void yamlSyntaxError() {
        assertError("""
                title: Test
                exercises:
                  - use: squat
                   sets: 3
                """, 1, ":4:4: YAML syntax error: this line is indented differently from the lines above it");
    }

    @Test
    void everyProblemIsReportedOneLineEachInFileOrder() {
        Path plan = Hep.write(dir, "plan.yaml", """
                titel: Test
                exercises:
                  - use: squat
                    reps: "20-10"
                  - use: calf-raize
                """);
        assertRun(1, String.join("\n",
                plan + ":1:1: unknown key 'titel' (did you mean 'title'?)",
                plan + ":1:1: missing required key 'title'",
                plan + ":4:11: 'reps' range 20-10 is reversed; write the smaller number first (\"10-20\")",
                plan + ":5:10: unknown exercise 'calf-raize' (did you mean 'calf-raise'?)"),
                "generate", plan.toString());
    }

    @Test
    void aBrokenLibraryExerciseIsReportedInItsOwnFile() {
        Path lib = dir.resolve("lib");
        Path squat = Hep.write(lib, "squat.yaml", "name: Squat\nsteps: []\n");
        Path plan = Hep.write(dir, "plan.yaml", "title: Test\nexercises:\n  - use: squat\n");
        assertRun(1, squat + ":2:8: 'steps' must list at least one step",
                "generate", plan.toString(), "--library", lib.toString());
    }

    @Test
    void unknownBuiltInPlanSuggestsTheClosestId() {
        assertRun(1, "it-band-syndrom: no such plan file or built-in plan (did you mean 'it-band-syndrome'?)"
                + " (see 'hep list plans')", "generate", "it-band-syndrom");
    }

    @Test
    void badOptionValueIsAUsageError() {
        assertRun(2, "hep: --sets: 'sets' must be a whole number from 1 to 20, found 0",
                "generate", "it-band-syndrome", "--sets", "0");
        assertRun(2, "hep: --sides: 'sides' must be each, alternating, left or right, found 'both'",
                "generate", "it-band-syndrome", "--sides", "both");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertRun(2, "hep: unknown option '--sset' (did you mean '--sets'?) (see 'hep generate --help')",
                "generate", "it-band-syndrome", "--sset");
    }

    @Test
    void unknownTemplateIsAUsageError() {
        assertRun(2, "hep: --template: unknown template 'large' (did you mean 'large-print'?); built-in templates are"
                + " compact, large-print, standard", "generate", "it-band-syndrome", "--template", "large");
    }

    /** A plan naming a template that is nowhere: bad input at the plan's line, for generate and validate. */
    @Test
    void aPlansUnknownTemplateIsReportedWhereThePlanNamesIt() throws Exception {
        Path plan = Files.writeString(dir.resolve("p.yaml"), "title: T\ntemplate: nosuch\nexercises:\n  - use: squat\n");
        String line = plan + ":2:11: unknown template 'nosuch'; built-in templates are compact, large-print, standard";
        assertRun(1, line, "generate", plan.toString());
        CliRun r = Hep.run("validate", plan.toString());
        assertEquals(List.of(line, "1 problem found in 1 of 1 file"), r.errLines());
    }

    @Test
    void missingFileIsAnIoError() {
        Path missing = dir.resolve("nope.yaml");
        assertRun(3, missing + ": cannot read: no such file or directory", "generate", missing.toString());
    }

    @Test
    void unwritableOutputIsAnIoError() throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        Path plan = dir.resolve("a-file/out.pdf");
        CliRun r = Hep.run("generate", "it-band-syndrome", "-o", plan.toString());
        assertEquals(3, r.exit());
        assertEquals(plan + ": cannot write: not a directory\n", r.err());
    }
}
