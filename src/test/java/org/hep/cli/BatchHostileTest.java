package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hep.load.Library;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest cell can fail its own row, never the run, and never write outside --out-dir. */
class BatchHostileTest {
    private static final String PLAN = BatchCommandTest.PLAN;
    private static final byte[] VICTIM = "precious".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path manifest(String... rows) throws Exception {
        return Files.writeString(dir.resolve("manifest.csv"), String.join("\n", rows) + "\n");
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void outputsThatLeaveTheOutDirOrAreNotPdfsFailOnlyTheirRow() throws Exception {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.write(victim.resolve("notes.txt"), VICTIM);
        Files.write(victim.resolve("x.pdf"), VICTIM);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("escape"), victim);
        Path m = manifest("plan,output",
                PLAN + ",../victim/notes.txt",
                PLAN + "," + victim.resolve("x.pdf"),
                PLAN + ",sub/../../victim/x.pdf",
                PLAN + ",escape/x.pdf",
                PLAN + ",notes.txt",
                PLAN + ",../manifest.csv",
                PLAN + ",fine.pdf",
                // What the message promises is what is taken: any case, .htm too.
                PLAN + ",a.PDF",
                PLAN + ",b.htm",
                PLAN + ",c.HTML",
                PLAN + ",.pdf",
                PLAN + ",sub/.HTML");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString());
        assertEquals(List.of(
                m + ":2: 'output' must end in .pdf, or in .html or .htm for the HTML handout (upper or lower case), found '../victim/notes.txt'",
                m + ":3: 'output' must be a file name inside --out-dir, found the absolute path '" + victim.resolve("x.pdf") + "'",
                m + ":4: 'output' must stay inside --out-dir (" + out + "), found 'sub/../../victim/x.pdf'",
                m + ":5: 'output' must stay inside --out-dir (" + out + "), found 'escape/x.pdf'",
                m + ":6: 'output' must end in .pdf, or in .html or .htm for the HTML handout (upper or lower case), found 'notes.txt'",
                m + ":7: 'output' must end in .pdf, or in .html or .htm for the HTML handout (upper or lower case), found '../manifest.csv'",
                m + ":12: 'output' needs a file name before its extension, found '.pdf'",
                m + ":13: 'output' needs a file name before its extension, found 'sub/.HTML'",
                "4 written, 8 failed"), r.errLines());
        assertEquals(1, r.exit());
        assertArrayEquals(VICTIM, Files.readAllBytes(victim.resolve("notes.txt")));
        assertArrayEquals(VICTIM, Files.readAllBytes(victim.resolve("x.pdf")));
        assertEquals(List.of("a.PDF", "b.htm", "c.HTML", "escape", "fine.pdf"), names(out));
        assertEquals(List.of("notes.txt", "x.pdf"), names(victim));
    }

    @Test
    void aRowWhoseFileIsNotAPdfFailsAndTheFileIsKept() throws Exception {
        Path victim = Files.write(dir.resolve("settings.conf"), VICTIM);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.write(out.resolve("typed.pdf"), VICTIM);
        Files.createSymbolicLink(out.resolve("linked.pdf"), victim);
        Path m = manifest("plan,output", PLAN + ",typed.pdf", PLAN + ",linked.pdf", PLAN + ",fine.pdf");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--jobs", "1");
        assertEquals(List.of(
                m + ":2: " + out.resolve("typed.pdf") + ": cannot write: the file there is not a PDF; remove it or choose "
                        + "another name",
                m + ":3: 'output' must stay inside --out-dir (" + out + "), found 'linked.pdf'",
                "1 written, 2 failed"), r.errLines());
        assertEquals(1, r.exit());
        assertArrayEquals(VICTIM, Files.readAllBytes(victim));
        assertArrayEquals(VICTIM, Files.readAllBytes(out.resolve("typed.pdf")));
        assertTrue(Files.size(out.resolve("fine.pdf")) > 1000);
    }

    @Test
    void twoSpellingsOfOneFileThroughASymlinkedFolderAreOneOutput() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("real"));
        Files.createSymbolicLink(out.resolve("link"), Path.of("real"));
        Path m = manifest("plan,patient,output", PLAN + ",A,real/a.pdf", PLAN + ",B,link/a.pdf", PLAN + ",C,./real/b.pdf",
                PLAN + ",D,real/../real/b.pdf");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--jobs", "1");
        assertEquals(List.of(
                m + ":3: output " + out.resolve("link/a.pdf") + " is already taken by line 2; give this row its own 'output' or a different patient",
                m + ":5: output " + out.resolve("real/b.pdf") + " is already taken by line 4; give this row its own 'output' or a different patient",
                "2 written, 2 failed"), r.errLines());
    }

    @Test
    void aFailedRowDoesNotClaimItsOutputName() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "extends: [standard\n");
        Path m = manifest("plan,date,template,output", PLAN + ",2026-13-01,,a.pdf", PLAN + ",," + broken + ",a.pdf",
                PLAN + ",2026-01-15,,a.pdf");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString(), "--jobs", "2");
        assertEquals(List.of(m + ":2: 'date': the month must be from 01 to 12, found '2026-13-01'",
                m + ":3: " + broken + ":2:1: YAML syntax error: a list opened with '[' is not closed with ']'",
                "1 written, 2 failed"), r.errLines());
        assertTrue(Files.isRegularFile(dir.resolve("out/a.pdf")));
    }

    @Test
    void everyProblemOfARowIsReported() throws Exception {
        Path m = manifest("plan,date,sets,reps,template,output",
                "no-such-plan,1800-01-01,0,20-10,fancy,x.txt", PLAN + ",,,,,");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals(List.of(
                m + ":2: no-such-plan: no such plan file or built-in plan (see 'hep list plans')",
                m + ":2: 'date': the year must be from 1900 to 2999, found '1800-01-01'",
                m + ":2: 'sets' must be a whole number from 1 to 20, found 0",
                m + ":2: 'reps' range 20-10 is reversed; write the smaller number first (\"10-20\")",
                m + ":2: 'template': unknown template 'fancy'; built-in templates are compact, large-print, standard",
                m + ":2: 'output' must end in .pdf, or in .html or .htm for the HTML handout (upper or lower case), found 'x.txt'",
                "1 written, 1 failed"), r.errLines());
    }

    @Test
    void aNulByteInAnyCellFailsOnlyItsRow() throws Exception {
        Path m = manifest("plan,template,output",
                PLAN + ",,a\0b.pdf",
                PLAN + "\0x.yaml,,c.pdf",
                PLAN + ",t\0.yaml,d.pdf",
                PLAN + ",,good.pdf");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals(List.of(
                m + ":2: 'output' contains the control character U+0000; remove it from the manifest",
                m + ":3: 'plan' contains the control character U+0000; remove it from the manifest",
                m + ":4: 'template' contains the control character U+0000; remove it from the manifest",
                "1 written, 3 failed"), r.errLines());
        assertEquals(List.of("good.pdf"), names(dir.resolve("out")));
    }

    @Test
    void escapeSequencesInNamesAreRefusedAndNeverPrintedRaw() throws Exception {
        Path m = manifest("plan,patient,notes", PLAN + ",\"Ana\u001b[8m hidden\",ok", PLAN + ",Ben,\"call \u009b2J\"");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals(List.of(
                m + ":2: 'patient' contains the control character U+001B; remove it from the manifest",
                m + ":3: 'notes' contains the control character U+009B; remove it from the manifest",
                "0 written, 2 failed"), r.errLines());
    }

    @Test
    void planPathsAreRelativeToTheManifestsFolder() throws Exception {
        Path clinic = Files.createDirectories(dir.resolve("clinic"));
        Files.copy(Path.of(PLAN), clinic.resolve("batch-plan.yaml"));
        Files.copy(Path.of(BatchCommandTest.TEMPLATE), clinic.resolve("look.yaml"));
        Path m = Files.writeString(clinic.resolve("m.csv"), "plan,template,patient\nbatch-plan.yaml,look.yaml,A\nother.yaml,,B\n");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals(List.of(m + ":3: 'plan' " + clinic.resolve("other.yaml")
                + ": not found (plan paths are relative to the manifest's folder)", "1 written, 1 failed"), r.errLines());
        assertEquals(List.of("batch-plan-a.pdf"), names(dir.resolve("out")));
    }

    /**
     * A template or plan cell naming a folder or a pipe says what is there, not "not found", and
     * the pipe is never opened (a read would wait for a writer forever); so does a plan's own
     * template: naming one beside it.
     */
    @Test
    void aTemplateOrPlanThatIsAFolderOrAPipeSaysSo() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        Files.createDirectories(dir.resolve("look.yaml"));
        Files.createDirectories(dir.resolve("looks"));
        Path plan = Files.writeString(dir.resolve("p.yaml"), "title: T\ntemplate: pipe\nexercises:\n  - use: squat\n");
        Path m = manifest("plan,template,output",
                PLAN + ",pipe.yaml,a.pdf",
                PLAN + ",look.yaml,b.pdf",
                PLAN + ",looks/,c.pdf",
                PLAN + ",gone.yaml,d.pdf",
                "pipe.yaml,,e.pdf",
                "look.yaml,,f.pdf",
                "p.yaml,,g.pdf");
        CliRun r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString()));
        String rel = " (template paths are relative to the manifest's folder)";
        assertEquals(List.of(
                m + ":2: 'template' " + fifo + ": is not a regular file" + rel,
                m + ":3: 'template' " + dir.resolve("look.yaml") + ": is a folder, not a template file" + rel,
                m + ":4: 'template' " + dir.resolve("looks") + ": is a folder, not a template file" + rel,
                m + ":5: 'template' " + dir.resolve("gone.yaml") + ": not found" + rel,
                m + ":6: 'plan' " + fifo + ": is not a regular file (plan paths are relative to the manifest's folder)",
                m + ":7: 'plan' " + dir.resolve("look.yaml") + ": is a folder, not a plan file (plan paths are relative to the manifest's folder)",
                m + ":8: " + plan + ":2:11: unknown template 'pipe'; " + fifo + " is not a regular file; built-in templates are "
                        + "compact, large-print, standard",
                "0 written, 7 failed"), r.errLines());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(dir.resolve("out/a.pdf")));
    }

    @Test
    void aSystemFileAsPlanIsRefusedWithoutEchoingItsLines() throws Exception {
        Path m = manifest("plan", "/etc/passwd", "/etc/hostname", "../../../../etc/passwd");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals(List.of(
                m + ":2: 'plan' must be a built-in plan id or a .yaml file, found '/etc/passwd'",
                m + ":3: 'plan' must be a built-in plan id or a .yaml file, found '/etc/hostname'",
                m + ":4: 'plan' must be a built-in plan id or a .yaml file, found '../../../../etc/passwd'",
                "0 written, 3 failed"), r.errLines());
    }

    @Test
    void onePlanSpeltManyWaysIsLoadedOnce() throws Exception {
        Path clinic = Files.createDirectories(dir.resolve("clinic/sub"));
        Files.copy(Path.of(PLAN), dir.resolve("clinic/plan.yaml"));
        Files.createSymbolicLink(dir.resolve("clinic/alias.yaml"), Path.of("plan.yaml"));
        BatchPlans plans = new BatchPlans(dir.resolve("clinic"), Library.builtIn());
        BatchPlans.PlanInfo first = plans.plan("plan.yaml");
        for (String spelling : List.of("./plan.yaml", "sub/../plan.yaml", ".//plan.yaml", "alias.yaml",
                dir.resolve("clinic/plan.yaml").toString())) {
            assertSame(first, plans.plan(spelling), spelling);
        }
    }

    @Test
    void nonAsciiNamesUnderTheCLocaleFailOnlyTheirRow() throws Exception {
        Path m = manifest("plan,template,output", PLAN + ",,Zoë.pdf", "Zoë.yaml,,z.pdf", PLAN + ",é.yaml,e.pdf",
                PLAN + ",,good.pdf");
        Process p = BatchProcess.start(dir, Map.of("LC_ALL", "C"), "batch", m.toString(), "--out-dir", "out");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        // stderr speaks ASCII under the C locale, so the name itself shows with '?' for what it cannot say.
        String locale = "under this locale; run hep under a UTF-8 locale such as C.UTF-8";
        assertEquals(List.of(
                m + ":2: 'output': cannot use the file name 'Zo?.pdf' " + locale,
                m + ":3: 'plan': cannot use the file name 'Zo?.yaml' " + locale,
                m + ":4: 'template': cannot use the file name '?.yaml' " + locale,
                "1 written, 3 failed"), err.lines().toList());
        assertEquals(1, p.exitValue());
        assertEquals(List.of("good.pdf"), names(dir.resolve("out")));
    }

    /**
     * SIGTERM while handouts are being renamed into place: the count and the report must name every file there. To hold
     * a handout between its rename and its count, stderr is left unread until its pipe is full, so the
     * thread printing the rows' messages blocks with the count's lock held; then hep is stopped and the
     * pipe drained. Every failed row prints a long message, so the pipe fills early in the run.
     */
    @Test
    void sigtermCountsAndReportsEveryHandoutThatWasPutInPlace() throws Exception {
        List<String> rows = new ArrayList<>(List.of("plan,output"));
        String longName = "x".repeat(400);
        for (int i = 0; i < 1200; i++) {
            rows.add(PLAN + "," + (i % 4 == 0 ? "h" + i + ".pdf" : longName + i + ".txt"));
        }
        Path m = manifest(rows.toArray(String[]::new));
        Path out = dir.resolve("out");
        Process p = BatchProcess.start(dir, Map.of(), "batch", m.toString(), "--out-dir", "out", "--jobs", "4",
                "--report", "r.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        long pdfs = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - stableSince < TimeUnit.MILLISECONDS.toNanos(1500)) {
            Thread.sleep(100);
            long now = Files.isDirectory(out) ? names(out).stream().filter(n -> n.endsWith(".pdf")).count() : 0;
            if (now != pdfs || now == 0) {
                pdfs = now;
                stableSince = System.nanoTime();
            }
        }
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        Thread.sleep(1000);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> lines = err.lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("\\d+ written, \\d+ failed, stopped before the end"), last);
        // A row cut short is neither written nor failed: no line says it failed while the count says none did.
        assertTrue(lines.stream().noneMatch(l -> l.contains("interrupted")), err);
        List<String> files = names(out);
        List<String> pdfFiles = files.stream().filter(n -> n.endsWith(".pdf")).toList();
        assertEquals(pdfFiles.size(), Long.parseLong(last.split(" ")[0]), last + "; files: " + files);
        // The report, written as the run stops, lists the same handouts, and as many failed rows as the count.
        String report = Files.readString(dir.resolve("r.json"));
        List<String> reported = java.util.regex.Pattern.compile("\"status\": \"written\", \"output\": \"out/([^\"]+)\"")
                .matcher(report).results().map(r -> r.group(1)).sorted().toList();
        assertEquals(pdfFiles, reported);
        assertEquals(Long.parseLong(last.split(" ")[2]), report.split("\"status\": \"failed\"", -1).length - 1L);
        assertEquals(List.of(), files.stream().filter(n -> !n.endsWith(".pdf")).toList(), "no temp file left");
        assertTrue(files.size() < 300, "stopped before the end");
        assertEquals(143, p.exitValue());
    }

    @Test
    void ctrlCLeavesNoTempFileAndStillPrintsTheCount() throws Exception {
        List<String> rows = new ArrayList<>(List.of("plan,patient"));
        for (int i = 0; i < 400; i++) {
            rows.add("it-band-syndrome,Patient " + i);
        }
        Path m = manifest(rows.toArray(String[]::new));
        Path out = dir.resolve("out");
        Process p = BatchProcess.start(dir, Map.of(), "batch", m.toString(), "--out-dir", "out", "--jobs", "2");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((!Files.isDirectory(out) || names(out).stream().filter(n -> n.endsWith(".pdf")).count() < 3)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> lines = err.lines().toList();
        assertFalse(lines.isEmpty(), "stderr is empty");
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("\\d+ written, 0 failed, stopped before the end"), last);
        int written = Integer.parseInt(last.split(" ")[0]);
        assertTrue(written >= 3 && written < 400, last);
        assertEquals(List.of(), names(out).stream().filter(n -> !n.endsWith(".pdf")).toList(), "no temp file left");
        assertEquals(130, p.exitValue());
    }
}
