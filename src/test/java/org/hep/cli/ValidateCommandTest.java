package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hep.load.BuiltIns;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltInLibraryIsClean() {
        int files = BuiltIns.list("plans").size() + BuiltIns.list("plans/exercises").size()
                + BuiltIns.list("templates").size() + BuiltIns.list("plans/i18n").size()
                + BuiltIns.list("plans/exercises/i18n").size() + BuiltIns.list("templates/i18n").size();
        CliRun r = Hep.run("validate");
        assertEquals(files + " files OK\n", r.err());
        assertEquals(0, r.exit());
        assertEquals("", r.stdout());
    }

    @Test
    void everyProblemInEveryFileIsReported() throws Exception {
        Path clinic = layout();
        CliRun r = Hep.run("validate", clinic.toString());
        String c = clinic.toString();
        assertEquals(c + "/exercises/band-walk.yaml:1:1: missing required key 'steps'\n"
                + c + "/exercises/band-walk.yaml:2:1: unknown key 'step' (did you mean 'steps'?)\n"
                + c + "/exercises/band-walk.yaml:5:9: 'sets' must be a whole number from 1 to 20, found 40\n"
                + c + "/knee.yaml:4:10: unknown exercise 'sqat' (did you mean 'squat'?)\n"
                + c + "/templates/branded.yaml:2:7: 'page' must be letter or a4, found 'legal'\n"
                + "5 problems found in 3 of 4 files\n", r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void aPlanUsesTheLibraryFoldersLikeGenerate() throws Exception {
        Path clinic = dir.resolve("clinic");
        Files.createDirectories(clinic.resolve("exercises"));
        Files.writeString(clinic.resolve("exercises/band-walk.yaml"), "name: Band walk\nsteps: [Step sideways.]\n");
        Files.writeString(clinic.resolve("hip.yaml"), "title: Hip\nexercises:\n  - use: band-walk\n  - use: squat\n");
        CliRun r = Hep.run("validate", clinic.resolve("hip.yaml").toString(), "--library",
                clinic.resolve("exercises").toString());
        assertEquals("1 file OK\n", r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void jsonReportsFilesAndProblemsOnStdout() throws Exception {
        Path clinic = layout();
        CliRun r = Hep.run("validate", clinic.toString(), "--format", "json");
        assertEquals(1, r.exit());
        assertEquals("", r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(4, root.get("files").intValue());
        assertEquals(5, root.get("problems").size());
        JsonNode p = root.at("/problems/3");
        assertEquals(clinic + "/knee.yaml", p.get("file").textValue());
        assertEquals(4, p.get("line").intValue());
        assertEquals(10, p.get("column").intValue());
        assertEquals("unknown exercise 'sqat' (did you mean 'squat'?)", p.get("message").textValue());
    }

    @Test
    void jsonForACleanRun() throws Exception {
        CliRun r = Hep.run("validate", "templates", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(BuiltIns.list("templates").size() + BuiltIns.list("templates/i18n").size(),
                root.get("files").intValue());
        assertEquals(0, root.get("problems").size());
    }

    @Test
    void stdinIsRecognisedByItsKeys() {
        CliRun r = Hep.runWithStdin("id: reach\nname: Reach\nsteps: [Reach up.]\ndose: {sides: both}\n".getBytes(StandardCharsets.UTF_8),
                "validate", "-");
        assertEquals("<stdin>:4:15: 'sides' must be each, alternating, left or right, found 'both'\n"
                + "1 problem found in 1 of 1 file\n", r.err());
        assertEquals(1, r.exit());
    }

    /**
     * --only, --exclude and --dose name exercises by id: an inline id that another exercise of the
     * plan also has (written twice, or the id an unnamed one is given) would reach both.
     */
    @Test
    void twoExercisesOfAPlanNeverShareAnId() throws Exception {
        Path plan = Files.writeString(dir.resolve("clash.yaml"), """
                title: Clash
                exercises:
                  - name: Unnamed A
                    steps: [Lift.]
                  - id: exercise-1
                    name: Named
                    steps: [Lower.]
                  - id: reach
                    name: Reach
                    steps: [Reach.]
                  - id: reach
                    name: Reach again
                    steps: [Reach.]
                """);
        CliRun r = Hep.run("validate", plan.toString());
        assertEquals(List.of(
                plan + ":5:9: 'exercise-1' is also the id of another exercise in this plan"
                        + " (hep calls an inline exercise with no id exercise-1); give each exercise its own id",
                plan + ":11:9: 'reach' is also the id of another exercise in this plan; give each exercise its own id",
                "2 problems found in 1 of 1 file"), r.errLines());
        assertEquals(1, r.exit());
    }

    /**
     * The same exercise used twice cannot be told apart: --dose would set both doses and a summary
     * would list one id twice. The second 'use:' is refused, in validate and generate alike.
     */
    @Test
    void anExerciseIsUsedOnceInAPlan() throws Exception {
        Path plan = Files.writeString(dir.resolve("twice.yaml"), """
                title: Twice
                exercises:
                  - use: squat
                    sets: 2
                  - use: glute-bridge
                  - use: squat
                    sets: 4
                """);
        String problem = plan + ":6:10: 'squat' is already used by this plan (line 3), and --only, --exclude"
                + " and --dose would reach both; use it once, or write the second as an inline exercise"
                + " with its own 'id:', 'name:' and 'steps:'";
        CliRun r = Hep.run("validate", plan.toString());
        assertEquals(List.of(problem, "1 problem found in 1 of 1 file"), r.errLines());
        assertEquals(1, r.exit());
        Path pdf = dir.resolve("twice.pdf");
        CliRun g = Hep.run("generate", plan.toString(), "-o", pdf.toString());
        assertEquals(List.of(problem), g.errLines());
        assertEquals(1, g.exit());
        assertTrue(Files.notExists(pdf));
        CliRun s = Hep.run("summary", plan.toString(), "--format", "json");
        assertEquals(List.of(problem), s.errLines());
        assertEquals("", s.stdout());
    }

    /** Letters and symbols that draw nothing (Hangul fillers, the blank Braille cell, a joiner) are no name. */
    @Test
    void aNameOrStepThatDrawsNothingIsEmpty() throws Exception {
        Path plan = Files.writeString(dir.resolve("blank.yaml"),
                "title: T\nexercises:\n  - name: \"\\u3164\\uFFA0\"\n    steps: [\"\\u2800\\u034F\", \"Lift\\uFE0F.\"]\n");
        CliRun r = Hep.run("validate", plan.toString());
        assertEquals(List.of(plan + ":3:11: 'name' is empty", plan + ":4:13: an item of 'steps' is empty",
                "2 problems found in 1 of 1 file"), r.errLines());
    }

    /** Any sides can be asked for (--dose ID:sides=left): each must keep a step, or the card has none. */
    @Test
    void everySidesValueKeepsAStep() throws Exception {
        Path ex = Files.createDirectories(dir.resolve("ex"));
        Path lift = Files.writeString(ex.resolve("lift.yaml"), "name: Lift\nsteps:\n"
                + "  - \"{each|none:Lift one leg, then switch legs.}\"\n  - \"{alternating:Take turns.}\"\n"
                + "dose: {sets: 2, reps: 5, sides: each}\n");
        CliRun r = Hep.run("validate", ex.toString());
        assertEquals(List.of(lift + ":3:3: every step is words for other sides: with sides left the card would have"
                + " no step; give at least one step every side reads", "1 problem found in 1 of 1 file"), r.errLines());
        Files.writeString(lift, Files.readString(lift).replace("{alternating:Take turns.}", "Lower it slowly."));
        assertEquals(List.of("1 file OK"), Hep.run("validate", ex.toString()).errLines());
    }

    @Test
    void aMissingPathIsAnIoError() {
        CliRun r = Hep.run("validate", dir.resolve("nope").toString());
        assertEquals(3, r.exit());
        assertEquals(dir.resolve("nope") + ": cannot read: no such file or directory\n", r.err());
    }

    @Test
    void aLinkedFolderAndLinkedFilesAreCheckedLikeRealOnes() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("bad.yaml"), "title: Knee\nexercises: [{use: squatt}]\n");
        Path linked = Files.createSymbolicLink(dir.resolve("linked"), real);
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.createSymbolicLink(other.resolve("l.yaml"), Path.of("../real/bad.yaml"));
        String problem = ":2:19: unknown exercise 'squatt' (did you mean 'squat'?)\n1 problem found in 1 of 1 file\n";
        for (String arg : List.of(linked.toString(), linked + "/")) {
            CliRun r = Hep.run("validate", arg);
            assertEquals(linked.resolve("bad.yaml") + problem, r.err());
            assertEquals(1, r.exit());
        }
        CliRun r = Hep.run("validate", other.toString());
        assertEquals(other.resolve("l.yaml") + problem, r.err());
        assertEquals(1, r.exit());
        // The same file through two arguments, or through a link beside it, is checked once.
        r = Hep.run("validate", real.toString(), linked.toString(), other.toString());
        assertEquals(real.resolve("bad.yaml") + problem, r.err());
    }

    @Test
    void aLinkLoopEndsAndABrokenLinkIsNamed() throws Exception {
        Path d = Files.createDirectories(dir.resolve("d/sub"));
        Files.createSymbolicLink(d.resolve("loop"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("d/self"), dir.resolve("d"));
        Files.writeString(dir.resolve("d/ok.yaml"), "name: Reach\nsteps: [Reach up.]\n");
        Files.createSymbolicLink(dir.resolve("d/gone.yaml"), Path.of("nowhere.yaml"));
        CliRun r = Hep.run("validate", dir.resolve("d").toString());
        assertEquals(dir.resolve("d/gone.yaml") + ": cannot read: it links to nowhere.yaml, which does not exist\n"
                + "1 problem found in 1 of 2 files\n", r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void aFolderWithNothingToCheckIsNotASuccess() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "title: x\n");
        Files.writeString(empty.resolve(".hidden.yaml"), "title: x\n");
        CliRun r = Hep.run("validate", empty.toString());
        assertEquals(empty + ": no plan, exercise or template to check: the folder holds no .yaml or .yml file\n",
                r.err());
        assertEquals(1, r.exit());
        assertEquals("", r.stdout());
    }

    @Test
    void hepYamlIsCheckedAsTheSettingsFileItIs() throws Exception {
        Path clinic = Files.createDirectories(dir.resolve("clinic/exercises"));
        Files.writeString(clinic.resolve("mine.yaml"), "name: Mine\nsteps: [Lift the arm.]\n");
        Path config = Files.writeString(dir.resolve("clinic/hep.yaml"),
                "library: [exercises]\ntemplate: standard\npage_size: a4\nclinic:\n  name: Harbour Physio\n");
        CliRun r = Hep.run("validate", dir.resolve("clinic").toString());
        assertEquals("2 files OK\n", r.err());
        assertEquals(0, r.exit());
        Files.writeString(config, "library: [exercise]\npage_size: legal\ncolour: red\n");
        r = Hep.run("validate", dir.resolve("clinic").toString());
        assertEquals(config + ":1:10: folder 'exercise' not found (paths are relative to this file)\n"
                + config + ":2:12: 'page_size' must be letter or a4, found 'legal'\n"
                + config + ":3:1: unknown key 'colour'\n"
                + "3 problems found in 1 of 2 files\n", r.err());
        assertEquals(1, r.exit());
    }

    /**
     * What generate would refuse in a hep.yaml, validate finds first, at its line: a default template
     * that does not exist, and a clinic phone too long for the footer of that template.
     */
    @Test
    void hepYamlTemplateAndClinicAreCheckedAsGenerateUsesThem() throws Exception {
        Path clinic = dir.resolve("clinic");
        Files.createDirectories(clinic.resolve("templates"));
        Path config = Files.writeString(clinic.resolve("hep.yaml"), "templates: [templates]\ntemplate: branded\n");
        CliRun r = Hep.run("validate", config.toString());
        assertEquals(config + ":2:11: unknown template 'branded'; templates are compact, large-print, standard\n"
                + "1 problem found in 1 of 1 file\n", r.err());
        assertEquals(1, r.exit());
        Files.writeString(clinic.resolve("templates/branded.yaml"), "extends: large-print\n");
        Files.writeString(config, "templates: [templates]\ntemplate: branded\nclinic:\n  phone: \""
                + "416-555-0199 ".repeat(12).strip() + "\"\n");
        r = Hep.run("validate", config.toString());
        assertEquals(config + ":4:10: the clinic's phone is too long for the foot of the printed page: at this type"
                + " size it takes 4 lines with the footer, and the most is 3; shorten it\n"
                + "1 problem found in 1 of 1 file\n", r.err());
        assertEquals(1, r.exit());
        Files.writeString(config, "templates: [templates]\ntemplate: branded\nclinic:\n  phone: 416-555-0199\n");
        r = Hep.run("validate", config.toString());
        assertEquals("1 file OK\n", r.err());
        assertEquals(0, r.exit());
    }

    /**
     * A phone that fits beside the English footer but not beside the longer French one: validate
     * finds it, at the line generate --language fr reports, before every French handout fails.
     */
    @Test
    void aPhoneTooLongForTheFrenchFooterIsFoundWhereFrenchHandoutsReportIt() throws Exception {
        Path template = Files.writeString(dir.resolve("c120.yaml"), "extends: large-print\nclinic:\n  name: Harbour\n"
                + "  phone: \"416-555-0199 front desk hours Monday to Friday 416-555-0199 front desk hours Monday to"
                + " Friday 416-555-0199 front desk ho\"\n");
        String problem = template + ":4:10: the clinic's phone is too long for the foot of the printed page: at this"
                + " type size it takes 4 lines with the footer, and the most is 3; shorten it";
        CliRun en = Hep.run("generate", "it-band-syndrome", "--template", template.toString(), "-o",
                dir.resolve("en.pdf").toString());
        assertEquals(0, en.exit(), en.err());
        CliRun fr = Hep.run("generate", "it-band-syndrome", "--template", template.toString(), "--language", "fr",
                "-o", dir.resolve("fr.pdf").toString());
        assertEquals(List.of(problem), fr.errLines());
        assertEquals(1, fr.exit());
        CliRun r = Hep.run("validate", template.toString());
        assertEquals(List.of(problem, "1 problem found in 1 of 1 file"), r.errLines());
        assertEquals(1, r.exit());
    }

    /** A clinic folder: a plan, a broken exercise beside it, a broken template, a good template. */
    @Test
    void aByteOrderMarkBeforeTheYamlIsNotAColumn() throws Exception {
        Path plan = dir.resolve("knee.yaml");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("title: Kn".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.write("ee\nexercises:\n  - use: squat\n".getBytes(StandardCharsets.UTF_8));
        Files.write(plan, bytes.toByteArray());
        CliRun r = Hep.run("validate", plan.toString());
        assertEquals(plan + ":1:10: not valid UTF-8 text (byte 0xFF); save the file as UTF-8\n"
                + "1 problem found in 1 of 1 file\n", r.err());
        assertEquals(1, r.exit());
    }

    /** Notepad's "Unicode" and a spreadsheet's "Unicode text" are UTF-16: the message says so, at 1:1. */
    @Test
    void aUtf16OrUtf32FileIsToldToBeSavedAsUtf8() throws Exception {
        String yaml = "name: Squat\nsteps: [Stand up.]\n";
        Path folder = Files.createDirectories(dir.resolve("wide"));
        Files.write(folder.resolve("a.yaml"), yaml.getBytes(StandardCharsets.UTF_16)); // FE FF first
        Files.write(folder.resolve("b.yaml"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, yaml.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(folder.resolve("c.yaml"), yaml.getBytes(StandardCharsets.UTF_16LE));
        Files.write(folder.resolve("d.yaml"), yaml.getBytes(java.nio.charset.Charset.forName("UTF-32")));
        Files.write(folder.resolve("e.yaml"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                yaml.getBytes(StandardCharsets.UTF_8)));
        CliRun r = Hep.run("validate", folder.toString());
        assertEquals(List.of(
                folder.resolve("a.yaml") + ":1:1: the file is saved as UTF-16 text; save it as UTF-8",
                folder.resolve("b.yaml") + ":1:1: the file is saved as UTF-16 text; save it as UTF-8",
                folder.resolve("c.yaml") + ":1:1: the file is saved as UTF-16 text; save it as UTF-8",
                folder.resolve("d.yaml") + ":1:1: the file is saved as UTF-32 text; save it as UTF-8",
                "4 problems found in 4 of 5 files"), r.errLines());
        assertEquals(1, r.exit());
        Path plan = Files.write(dir.resolve("plan.yaml"), "title: T\nexercises:\n  - use: squat\n".getBytes(StandardCharsets.UTF_16));
        CliRun g = Hep.run("generate", plan.toString(), "-o", dir.resolve("p.pdf").toString());
        assertEquals(List.of(plan + ":1:1: the file is saved as UTF-16 text; save it as UTF-8"), g.errLines());
        assertEquals(1, g.exit());
        assertFalse(Files.exists(dir.resolve("p.pdf")));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * A pipe named on the command line is one problem, as one found in a folder is, and is never
     * opened (reading it would wait for a writer); the other files are still checked. It was
     * "cannot read: no such file or directory", exit 3, with nothing else checked.
     */
    @Test
    void aPipeNamedOrFoundIsOneProblemAndNeverOpened() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("lib"));
        Path fifo = folder.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)
                && mkfifo.exitValue() == 0, "mkfifo");
        Path good = Files.writeString(dir.resolve("good.yaml"), "name: Reach\nsteps: [Reach up.]\n");
        String notChecked = ": cannot read: not a regular file (a pipe, socket or device); it was not checked";
        CliRun named = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Hep.run("validate", fifo.toString(), good.toString()));
        assertEquals(List.of(fifo + notChecked, "1 problem found in 1 of 2 files"), named.errLines());
        assertEquals(1, named.exit());
        CliRun found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Hep.run("validate", folder.toString()));
        assertEquals(List.of(fifo + notChecked, "1 problem found in 1 of 1 file"), found.errLines());
        assertEquals(1, found.exit());
        // Reached twice, as a file that is read is: one problem in one file, not "1 problem found in 2 of 2 files".
        for (List<String> args : List.of(List.of(folder.toString(), folder.toString()), List.of(folder.toString(), fifo.toString()),
                List.of(fifo.toString(), fifo.toString()))) {
            List<String> all = new java.util.ArrayList<>(List.of("validate"));
            all.addAll(args);
            CliRun twice = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> Hep.run(all.toArray(String[]::new)));
            assertEquals(List.of(fifo + notChecked, "1 problem found in 1 of 1 file"), twice.errLines());
        }
    }

    @Test
    void aFolderOfBrokenFilesPrintsAHundredLinesThenHowManyMore() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("broken"));
        for (int i = 0; i < 60; i++) {
            // Two problems each: an unknown key and an unknown exercise.
            Files.writeString(plans.resolve(String.format("plan-%02d.yaml", i)), "title: P\ntitel: P\nexercises:\n  - use: nope\n");
        }
        CliRun r = Hep.run("validate", plans.toString());
        List<String> lines = r.errLines();
        assertEquals(102, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(plans.resolve("plan-00.yaml") + ":2:1: unknown key 'titel'"), lines.get(0));
        assertEquals("hep: 20 more lines not shown; --format json lists them all", lines.get(100));
        assertEquals("120 problems found in 60 of 60 files", lines.get(101));
        assertEquals(1, r.exit());
    }

    private Path layout() throws Exception {
        Path clinic = dir.resolve("clinic");
        Files.createDirectories(clinic.resolve("exercises"));
        Files.createDirectories(clinic.resolve("templates"));
        Files.writeString(clinic.resolve("exercises/band-walk.yaml"), "name: Band walk\nstep:\n  - a\ndose:\n  sets: 40\n");
        Files.writeString(clinic.resolve("knee.yaml"), "title: Knee\nexercises:\n  - use: squat\n  - use: sqat\n");
        Files.writeString(clinic.resolve("templates/branded.yaml"), "extends: standard\npage: legal\n");
        Files.writeString(clinic.resolve("templates/plain.yaml"), "extends: standard\nclinic:\n  name: Plain Physio\n");
        // Not read: hidden files and folders, and files that are not YAML.
        Files.createDirectories(clinic.resolve(".git"));
        Files.writeString(clinic.resolve(".git/config.yaml"), "[core]\n");
        Files.writeString(clinic.resolve(".draft.yaml"), "title: [\n");
        Files.writeString(clinic.resolve("notes.txt"), "title: [\n");
        return clinic;
    }

    /** A brand colour that prints but reads below 4.5:1 is a warning with a shade that reads, not a refusal. */
    @Test
    void aMidContrastAccentIsAWarningWithADarkerShade() throws Exception {
        Path template = Files.writeString(dir.resolve("brand.yaml"), "extends: standard\naccent: \"#0078D7\"\n");
        CliRun r = Hep.run("validate", template.toString());
        assertEquals(template + ":2:9: warning: 'accent' \"#0078D7\" has a contrast of 4.4:1 on white paper; the step"
                + " numbers read best at 4.5:1, which a slightly darker shade, such as \"#0076D4\", gives\n"
                + "1 file OK, 1 warning\n", r.err());
        assertEquals(0, r.exit());
        assertEquals(0, Hep.run("generate", "tennis-elbow", "--template", template.toString(), "-o",
                dir.resolve("brand.pdf").toString()).exit());
    }

    /** Raw control bytes, which the YAML reader stops at: each one is named, at its line and column. */
    @Test
    void everyRawControlCharacterOfAFileIsNamed() throws Exception {
        Path plan = Files.writeString(dir.resolve("raw.yaml"), "title: T\u0007\nexercises:\n  - name: Mo\u001bve\n"
                + "    steps: [Go.\u0000]\n");
        CliRun r = Hep.run("validate", plan.toString());
        assertEquals(List.of(plan + ":1:9: control character U+0007 is not allowed in YAML text",
                plan + ":3:13: control character U+001B is not allowed in YAML text",
                plan + ":4:16: control character U+0000 is not allowed in YAML text",
                "3 problems found in 1 of 1 file"), r.errLines());
        assertEquals(1, r.exit());
    }

    /** A text with several characters to remove names them all: one run shows all there is to fix in it. */
    @Test
    void everyForbiddenCharacterOfATextIsNamedAtOnce() throws Exception {
        Path plan = Files.writeString(dir.resolve("bad.yaml"),
                "title: T\nexercises:\n  - name: \"Move\\u202E on\\e now\\a\\e\\x85\"\n    steps: [Go.]\n");
        CliRun r = Hep.run("validate", plan.toString());
        assertEquals(List.of(plan + ":3:11: bidirectional override U+202E, control character U+001B, control character"
                + " U+0007 and control character U+0085 are not allowed in text; remove them (escapes such as \\e or"
                + " \\x1b included)", "1 problem found in 1 of 1 file"), r.errLines());
        assertEquals(1, r.exit());
    }

    /** With more bad texts than are reported, the first ones in the file are: they are the ones to fix first. */
    @Test
    void theFirstBadTextsInTheFileAreTheOnesReported() throws Exception {
        StringBuilder yaml = new StringBuilder("title: T\nexercises:\n");
        for (int i = 1; i <= 30; i++) {
            yaml.append("  - name: \"Move\\e").append(i).append("\"\n    steps: [Go.]\n");
        }
        Path plan = Files.writeString(dir.resolve("many.yaml"), yaml.toString());
        List<String> lines = Hep.run("validate", plan.toString()).errLines();
        assertEquals(plan + ":3:11: control character U+001B is not allowed in text; remove it (escapes such as \\e"
                + " or \\x1b included)", lines.get(0));
        assertTrue(lines.get(19).startsWith(plan + ":41:11: "), lines.get(19));
    }
}
