package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    /** Absolute: plan and template paths in a manifest are read relative to the manifest's folder. */
    static final String PLAN = Path.of("src/test/resources/fixtures/batch-plan.yaml").toAbsolutePath().toString();
    static final String TEMPLATE = Path.of("src/test/resources/fixtures/tiny-template.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    /**
     * 200 rows; line 51 names an unknown plan, line 101 has a bad sets value, line 151 wants the
     * output file that line 8 already writes. Header is line 1, so row i is on line i + 1.
     */
    private Path manifest200() throws Exception {
        StringBuilder csv = new StringBuilder("plan,patient,date,template,sets,output\n");
        for (int i = 1; i <= 200; i++) {
            String plan = i == 50 ? "no-such-plan" : PLAN;
            String sets = i == 100 ? "zero" : i % 3 == 0 && i != 7 ? "3" : "";
            String output = i == 7 || i == 150 ? "shared.pdf" : "";
            csv.append(plan).append(",Patient ").append(i).append(",2026-01-15,").append(TEMPLATE).append(',')
                    .append(sets).append(',').append(output).append('\n');
        }
        Path m = dir.resolve("manifest.csv");
        Files.writeString(m, csv);
        return m;
    }

    @Test
    void badRowsAreReportedAndSkippedAndParallelOutputMatchesSequential() throws Exception {
        Path manifest = manifest200();
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        CliRun sequential = Hep.run("batch", manifest.toString(), "--out-dir", one.toString(), "--jobs", "1");
        CliRun parallel = Hep.run("batch", manifest.toString(), "--out-dir", four.toString(), "--jobs", "4");

        String m = manifest.toString();
        for (CliRun r : List.of(sequential, parallel)) {
            assertEquals(1, r.exit());
            assertEquals("", r.stdout());
        }
        assertEquals(m + ":51: no-such-plan: no such plan file or built-in plan (see 'hep list plans')\n"
                + m + ":101: 'sets' must be a whole number from 1 to 20, found 'zero'\n"
                + m + ":151: output " + one.resolve("shared.pdf") + " is already taken by line 8; "
                + "give this row its own 'output' or a different patient\n"
                + "197 written, 3 failed\n", sequential.err());
        assertEquals(sequential.err().replace(one.toString(), four.toString()), parallel.err());

        List<String> names = names(one);
        assertEquals(197, names.size());
        assertEquals(names, names(four));
        assertTrue(names.contains("batch-plan-patient-1.pdf"));
        assertTrue(names.contains("shared.pdf"));
        assertFalse(names.contains("batch-plan-patient-50.pdf"));
        assertFalse(names.contains("batch-plan-patient-100.pdf"));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(four.resolve(name)), name);
        }
        // Line 8 (Patient 7) won the shared name, not line 151; and batch makes what generate makes.
        Path alone = dir.resolve("alone.pdf");
        CliRun generate = Hep.run("generate", PLAN, "--patient", "Patient 7", "--date", "2026-01-15",
                "--template", TEMPLATE, "-o", alone.toString());
        assertEquals(0, generate.exit(), generate.err());
        assertArrayEquals(Files.readAllBytes(alone), Files.readAllBytes(one.resolve("shared.pdf")));
    }

    @Test
    void aGoodManifestFromStdinWritesEveryRow() throws Exception {
        String csv = "Plan,Patient,Output,Date\r\n"
                + PLAN + ",Zoë O'Brien,,2026-02-01\r\n"
                + "\r\n"
                + PLAN + ",\"Lee, Sam\",sam.pdf,2026-02-01\r\n";
        CliRun r = Hep.runWithStdin(csv.getBytes(StandardCharsets.UTF_8), "batch", "-", "--out-dir", dir.toString(),
                "--template", TEMPLATE);
        assertEquals(2, r.exit(), "--template is not a batch option; the column is");
        CliRun ok = Hep.runWithStdin(csv.getBytes(StandardCharsets.UTF_8), "batch", "-", "--out-dir", dir.toString());
        assertEquals("2 written, 0 failed\n", ok.err());
        assertEquals(0, ok.exit());
        assertEquals(List.of("batch-plan-zoe-obrien.pdf", "sam.pdf"), names(dir));
    }

    @Test
    void aSpreadsheetsByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
        Path m = dir.resolve("manifest.csv");
        Files.write(m, ("\uFEFFplan,patient\n" + PLAN + ",Zoë\n").getBytes(StandardCharsets.UTF_8));
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals("1 written, 0 failed\n", r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void rowsFromStdinAreNamedStdinWithTheirLine() {
        String csv = "plan,reps,notes\n"
                + PLAN + ",\"10-\n20\",\"two\nlines\"\n"
                + PLAN + ",20-10,\n";
        CliRun r = Hep.runWithStdin(csv.getBytes(StandardCharsets.UTF_8), "batch", "-", "--out-dir", dir.toString());
        assertEquals("<stdin>:5: 'reps' range 20-10 is reversed; write the smaller number first (\"10-20\")\n"
                + "1 written, 1 failed\n", r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void aBrokenManifestStopsWhereItBreaksAndKeepsTheRowsBefore() throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "plan,patient\n" + PLAN + ",A\n" + PLAN + ",B,extra\n" + PLAN + ",\"C\n" + PLAN + ",D\n");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        // The unclosed quote takes the rest of the file into its row, which fails: nothing after it is made.
        assertEquals(m + ":3: the row has more values than the header has columns (2)\n"
                + m + ":4:" + (PLAN.length() + 2) + ": a quoted value starts here and its closing quote is missing\n"
                + "1 written, 2 failed\n", r.err());
        assertEquals(1, r.exit());
        assertEquals(List.of("batch-plan-a.pdf"), names(dir.resolve("out")));
    }

    @Test
    void withStrictAnUnknownColumnEndsTheRunWithASuggestion() throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "plan,pateint\n" + PLAN + ",Ana\n");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString(), "--strict");
        assertEquals(m + ":1: unknown column 'pateint' (did you mean 'patient'?); columns are plan, output, "
                + "patient, therapist, date, template, notes, next_visit, language, page_size, only, exclude, dose, "
                + "sets, reps, sides, hold, rest\n", r.err());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aHeaderWithoutPlanEndsTheRun() throws Exception {
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "patient,output\nAna,a.pdf\n");
        CliRun r = Hep.run("batch", m.toString());
        assertEquals(m + ":1: the header has no 'plan' column; the first line must name the columns, "
                + "e.g. plan,patient,output\n", r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void failFastStopsReadingAfterAFailure() throws Exception {
        StringBuilder csv = new StringBuilder("plan,patient\nno-such-plan,A\n");
        for (int i = 0; i < 20; i++) {
            csv.append(PLAN).append(",P").append(i).append('\n');
        }
        Path m = dir.resolve("m.csv");
        Files.writeString(m, csv);
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString(), "--fail-fast", "--jobs", "1");
        assertEquals(m + ":2: no-such-plan: no such plan file or built-in plan (see 'hep list plans')\n"
                + "0 written, 1 failed\n", r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void aMissingManifestIsAnIoError() {
        CliRun r = Hep.run("batch", dir.resolve("none.csv").toString());
        assertEquals(dir.resolve("none.csv") + ": cannot read: no such file or directory\n", r.err());
        assertEquals(3, r.exit());
    }

    @Test
    void aClosedStdinIsNamedAsSuchAsGenerateNamesIt() throws Exception {
        String hep = "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' org.hep.cli.Main";
        Process p = new ProcessBuilder("sh", "-c", "exec " + hep + " batch - --out-dir out <&-").directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("<stdin>: cannot read: standard input is closed; pipe a manifest into hep or give a manifest file\n",
                err);
        assertEquals(3, p.exitValue());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anHtmlOutputIsTheHtmlHandoutGenerateMakesWithTheSameRules() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        byte[] notHtml = "keep me".getBytes(StandardCharsets.UTF_8);
        Files.write(out.resolve("kept.html"), notHtml);
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "plan,patient,date,output\n"
                + PLAN + ",Ana,2026-03-14,ana.html\n"
                + PLAN + ",Ben,2026-03-14,kept.html\n"
                + PLAN + ",Cy,2026-03-14,ana.html\n"
                + PLAN + ",Di,2026-03-14,di.pdf\n");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--jobs", "1");
        assertEquals(List.of(
                m + ":3: " + out.resolve("kept.html") + ": cannot write: the file there is not an HTML page; "
                        + "remove it or choose another name",
                m + ":4: output " + out.resolve("ana.html") + " is already taken by line 2; "
                        + "give this row its own 'output' or a different patient",
                "2 written, 2 failed"), r.errLines());
        assertEquals(1, r.exit());
        assertArrayEquals(notHtml, Files.readAllBytes(out.resolve("kept.html")));
        Path alone = dir.resolve("alone.html");
        CliRun generate = Hep.run("generate", PLAN, "--patient", "Ana", "--date", "2026-03-14", "--format", "html",
                "-o", alone.toString());
        assertEquals(0, generate.exit(), generate.err());
        assertArrayEquals(Files.readAllBytes(alone), Files.readAllBytes(out.resolve("ana.html")));
        assertTrue(new String(Files.readAllBytes(out.resolve("di.pdf")), 0, 5, StandardCharsets.US_ASCII)
                .startsWith("%PDF-"));
    }

    @Test
    void jobsMustBePositive() {
        CliRun r = Hep.run("batch", "x.csv", "--jobs", "0");
        assertEquals("hep: --jobs: must be from 1 to 64, found 0\n", r.err());
        assertEquals(2, r.exit());
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
