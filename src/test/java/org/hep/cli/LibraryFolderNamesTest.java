package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the files of an exercise folder become ids: an upper-case extension is still YAML, and two
 * files of one folder that give one id ("squat.yaml", "squat.yml") are refused where the id is
 * used, rather than one of them winning by the order of their names.
 */
class LibraryFolderNamesTest {
    private static final String REACH = "name: Overhead reach\nsteps: [Stand tall., Reach both arms up.]\n";

    @TempDir
    Path dir;

    @Test
    void anUpperCaseExtensionIsAnExerciseFile() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("Reach.YAML"), REACH);
        Files.writeString(lib.resolve("Lift.Yml"), REACH.replace("Overhead reach", "Arm lift"));
        CliRun r = Hep.run("list", "exercises", "--library", lib.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().lines().anyMatch(l -> l.startsWith("Reach ") && l.contains("Overhead reach")),
                r.stdout());
        assertTrue(r.stdout().lines().anyMatch(l -> l.startsWith("Lift ") && l.contains("Arm lift")), r.stdout());
        assertEquals(0, Hep.run("validate", lib.toString()).exit());
    }

    /**
     * A pipe or a folder named like an exercise file is passed over (reading a pipe would wait
     * forever); the plan that uses its id is told why, instead of "unknown exercise" alone.
     */
    @Test
    void anEntryThatIsNotAFileIsNamedWhenItsIdIsUsed() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Process mkfifo = new ProcessBuilder("mkfifo", lib.resolve("reach.yaml").toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        Files.createDirectories(lib.resolve("Lift.YML"));
        Path plan = Files.writeString(dir.resolve("plan.yaml"), "title: Arms\nexercises:\n  - use: reach\n"
                + "  - use: Lift\n");
        Path out = dir.resolve("arms.pdf");
        CliRun r = Hep.run("generate", plan.toString(), "--library", lib.toString(), "-o", out.toString());
        assertEquals(plan + ":3:10: unknown exercise 'reach'; " + lib.resolve("reach.yaml") + " is not a regular file"
                + " (a device or pipe), so it is not read as an exercise\n"
                + plan + ":4:10: unknown exercise 'Lift'; " + lib.resolve("Lift.YML") + " is a folder, so it is not read"
                + " as an exercise\n", r.err());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(out));
    }

    /** The same for an exercise a plan names by path: what is there is said, not "not found". */
    @Test
    void aUsePathThatIsNotAFileSaysWhatItIs() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("reach.yaml").toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        Files.createDirectories(dir.resolve("lift.yaml"));
        Path plan = Files.writeString(dir.resolve("plan.yaml"), "title: Arms\nexercises:\n  - use: reach.yaml\n"
                + "  - use: lift.yaml\n  - use: gone.yaml\n");
        CliRun r = Hep.run("generate", plan.toString(), "-o", dir.resolve("arms.pdf").toString());
        assertEquals(plan + ":3:10: exercise file 'reach.yaml' is not a regular file (a device or pipe)\n"
                + plan + ":4:10: exercise file 'lift.yaml' is a folder, not a file\n"
                + plan + ":5:10: exercise file 'gone.yaml' not found (paths are relative to the plan's folder)\n",
                r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void twoFilesGivingOneIdAreRefusedWhereTheIdIsUsed() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("squat.yaml"), REACH);
        Files.writeString(lib.resolve("squat.yml"), REACH.replace("Overhead reach", "Other"));
        Path out = dir.resolve("it.pdf");
        CliRun r = Hep.run("generate", "it-band-syndrome", "--library", lib.toString(), "-o", out.toString());
        assertEquals(lib.resolve("squat.yml") + ": the exercise id 'squat' is also given by squat.yaml in the same"
                + " folder; keep one of them\n", r.err());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(out));
        // A plan that does not use the id is made as usual.
        r = Hep.run("generate", "tennis-elbow", "--library", lib.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        // A later folder with one file of that id settles it: later folders win on an id.
        Path later = Files.createDirectories(dir.resolve("later"));
        Files.writeString(later.resolve("squat.yaml"), Files.readString(Path.of("plans/exercises/squat.yaml")));
        r = Hep.run("generate", "it-band-syndrome", "--library", lib.toString(), "--library", later.toString(),
                "-o", dir.resolve("later.pdf").toString());
        assertEquals(0, r.exit(), r.err());
    }

    /** "café" typed on a keyboard (composed é) and "café" in a file name from a Mac (e + U+0301) are one id. */
    @Test
    void anIdIsTheSameInEitherUnicodeForm() throws Exception {
        String composed = "caf\u00e9";
        String decomposed = "cafe\u0301";
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve(decomposed + ".yaml"), REACH);
        Path plan = Files.writeString(dir.resolve("plan.yaml"), "title: Arms\nexercises:\n  - use: " + composed + "\n");
        CliRun r = Hep.run("summary", plan.toString(), "--library", lib.toString(), "--dose", composed + ":sets=2",
                "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().contains("\"id\": \"" + composed + "\""), r.stdout());
        assertTrue(r.stdout().contains("\"sets\": 2"), r.stdout());
        r = Hep.run("show", decomposed, "--library", lib.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().startsWith("Overhead reach"), r.stdout());
        // Both forms in one folder are two files giving one id.
        Files.writeString(lib.resolve(composed + ".yaml"), REACH);
        r = Hep.run("summary", plan.toString(), "--library", lib.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("the exercise id '" + composed + "' is also given by"), r.err());
    }

    /**
     * A clinic's own inline "squat" is its plan's squat when the plan does not also use the
     * library's; and a plan file renamed "Knee.yaml" by a download still matches its 'id: knee'.
     */
    @Test
    void plansKeepTheirOwnIdsWhereNothingClashes() throws Exception {
        Path inline = Files.writeString(dir.resolve("mine.yaml"), "title: Mine\nexercises:\n"
                + "  - {id: squat, name: My squat, steps: [Sit back onto a chair.]}\n");
        CliRun r = Hep.run("summary", inline.toString(), "--dose", "squat:sets=4", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().contains("My squat"), r.stdout());
        Path renamed = Files.writeString(dir.resolve("Knee.yaml"), "id: knee\ntitle: Knee\nexercises: [{use: squat}]\n");
        r = Hep.run("generate", renamed.toString(), "-o", dir.resolve("knee.pdf").toString());
        assertEquals(0, r.exit(), r.err());
    }

    /**
     * A plan's 'id' follows the rule of exercise ids: "café" is an id whether the file name or the
     * 'id' key gives it; only what cannot name a file is refused, at the 'id' line.
     */
    @Test
    void aPlansIdFollowsTheRuleOfExerciseIds() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("café.yaml"), "id: café\nname: Café squat\nsteps: [Sit back.]\n");
        Path plan = Files.writeString(dir.resolve("café.yaml"), "id: café\ntitle: T\nexercises:\n  - use: café\n");
        CliRun r = Hep.run("generate", plan.toString(), "--library", lib.toString(), "-o",
                dir.resolve("x.pdf").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        r = Hep.run("validate", "--library", lib.toString(), plan.toString(), lib.resolve("café.yaml").toString());
        assertEquals(0, r.exit(), r.err());
        r = Hep.run("summary", plan.toString(), "--library", lib.toString(), "--format", "json");
        assertTrue(r.stdout().contains("\"id\": \"café\""), r.stdout());

        for (String bad : List.of("../x", "-rf", ".hidden", "a\\\\b", "knee:bend", "a,b")) {
            r = Hep.runWithStdin(("id: \"" + bad + "\"\ntitle: T\nexercises:\n  - use: squat\n")
                    .getBytes(StandardCharsets.UTF_8), "generate", "-", "-o", dir.resolve("y.pdf").toString());
            assertEquals(1, r.exit(), bad);
            assertEquals(List.of("<stdin>:1:5: 'id' must not start with '-' or '.', nor hold '/', '\\', ':', ',' or a"
                    + " control character (it names the output file)"), r.errLines(), bad);
        }
        assertFalse(Files.exists(dir.resolve("y.pdf")));
    }

    @Test
    void listAndTheFigureSheetLeaveAClashedIdOutAndSaySo() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("reach.yaml"), REACH);
        Files.writeString(lib.resolve("lift.yaml"), REACH.replace("Overhead reach", "Arm lift"));
        Files.writeString(lib.resolve("lift.yml"), REACH.replace("Overhead reach", "Arm lift"));
        String note = "hep: note: " + lib.resolve("lift.yml") + ": the exercise id 'lift' is also given by lift.yaml in"
                + " the same folder; keep one of them; it is left out\n";
        CliRun r = Hep.run("list", "exercises", "--library", lib.toString());
        assertEquals(0, r.exit());
        assertEquals(note, r.err());
        assertTrue(r.stdout().contains("Overhead reach") && !r.stdout().contains("Arm lift"), r.stdout());
        r = Hep.run("figures", "--library", lib.toString(), "--sheet", dir.resolve("s.pdf").toString());
        assertEquals(0, r.exit());
        assertEquals(note, r.err());
    }

    @Test
    void validateNamesTwoFilesGivingOneId() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("reach.yaml"), REACH);
        Files.writeString(lib.resolve("reach.YML"), REACH);
        CliRun r = Hep.run("validate", lib.toString());
        assertEquals(lib.resolve("reach.yaml") + ": the exercise id 'reach' is also given by reach.YML in the same"
                + " folder; keep one of them\n1 problem found in 1 of 2 files\n", r.err());
        assertEquals(1, r.exit());
        // Checked as a --library folder, the same.
        Files.writeString(dir.resolve("plan.yaml"), "title: Arms\nexercises: [{use: reach}]\n");
        r = Hep.run("validate", dir.resolve("plan.yaml").toString(), "--library", lib.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(lib.resolve("reach.yaml") + ": the exercise id 'reach' is also given by"
                + " reach.YML in the same folder; keep one of them\n"), r.err());
    }

    @Test
    void validateWarnsOfAnExerciseWhoseNameCannotBeAnId() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path dash = Files.writeString(lib.resolve("-reach.yaml"), REACH);
        CliRun r = Hep.run("validate", lib.toString());
        assertEquals(dash + ": warning: 'generate' and 'list' leave this exercise out: its file name is its id, which"
                + " must not start with '-' or '.', nor hold ':', ',' or a control character; rename the file\n"
                + "1 file OK, 1 warning\n", r.err());
        assertEquals(0, r.exit());
        // As validate says: list leaves it out, with a note.
        r = Hep.run("list", "exercises", "--library", lib.toString());
        assertFalse(r.stdout().contains("Overhead reach"), r.stdout());
        assertTrue(r.err().startsWith("hep: note: ignoring " + dash + ":"), r.err());
        // ':' and ',' separate ids and doses on the command line: --dose knee:bend:sets=3 could not name it.
        Files.delete(dash);
        Path colon = Files.writeString(lib.resolve("knee:bend.yaml"), REACH);
        r = Hep.run("validate", lib.toString());
        assertTrue(r.err().startsWith(colon + ": warning: 'generate' and 'list' leave this exercise out"), r.err());
        // An inline exercise's id follows the same rule, at its place.
        r = Hep.runWithStdin("title: T\nexercises:\n  - {id: 'a,b', name: A, steps: [Lift.]}\n"
                .getBytes(StandardCharsets.UTF_8), "validate", "-");
        assertEquals(List.of("<stdin>:3:10: an exercise's 'id' must not start with '-' or '.', nor hold ':', ',' or a"
                + " control character (--dose and --only name it)", "1 problem found in 1 of 1 file"), r.errLines());
    }

    @Test
    void aPipeNamedLikeYamlIsNamedNotPassedBy() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("reach.yaml"), REACH);
        Path fifo = lib.resolve("pipe.yaml");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        Assumptions.assumeTrue(p.exitValue() == 0, "mkfifo");
        CliRun r = Hep.run("validate", lib.toString());
        assertEquals(fifo + ": cannot read: not a regular file (a pipe, socket or device); it was not checked\n"
                + "1 problem found in 1 of 2 files\n", r.err());
        assertEquals(1, r.exit());
    }

    /** Two files here, one on macOS and Windows: a clinic copying the folder there would lose one silently. */
    @Test
    void namesThatDifferOnlyInCaseAreAWarning() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("reach.yaml"), REACH);
        Files.writeString(lib.resolve("Reach.yaml"), REACH.replace("Overhead reach", "Reach up"));
        CliRun r = Hep.run("validate", lib.toString());
        assertEquals(List.of(lib.resolve("reach.yaml") + ": warning: its name differs from " + lib.resolve("Reach.yaml")
                + " only in case; on macOS and Windows the two are one file, and copying the folder there keeps only"
                + " one; rename one of them", "2 files OK, 1 warning"), r.errLines());
        assertEquals(0, r.exit());
    }

    @Test
    void aBatchReportNeverReplacesAHandout() throws Exception {
        Path manifest = dir.resolve("m.csv");
        Files.writeString(manifest, "plan,patient\nit-band-syndrome,Ana Lopez\n");
        Path pdf = dir.resolve("first.pdf");
        assertEquals(0, Hep.run("generate", "tennis-elbow", "-o", pdf.toString()).exit());
        Path report = dir.resolve("report.csv");
        byte[] handout = Files.readAllBytes(pdf);
        Files.write(report, handout);
        Path out = dir.resolve("out");
        CliRun r = Hep.run("batch", manifest.toString(), "--report", report.toString(), "--out-dir", out.toString());
        assertEquals(report + ": cannot write: the file there is a PDF, not text; remove it or choose another name\n",
                r.err());
        assertEquals(3, r.exit());
        assertArrayEquals(handout, Files.readAllBytes(report));
        assertFalse(Files.exists(out), "no handout is made before the report is known to be writable");
        // An earlier report is text, and is replaced.
        Files.writeString(report, "line,status\n", StandardCharsets.UTF_8);
        r = Hep.run("batch", manifest.toString(), "--report", report.toString(), "--out-dir", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(report).contains("it-band-syndrome-ana-lopez.pdf"), Files.readString(report));
    }
}
