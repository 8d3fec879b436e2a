package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hep batch --report}: checked before any handout is made, and safe to open in a spreadsheet. */
class BatchReportTest {
    private static final String PLAN = BatchCommandTest.PLAN;

    @TempDir
    Path dir;

    @Test
    void csvReportCellsThatLookLikeFormulasGetAQuoteUnlessRawCsv() throws Exception {
        Files.writeString(dir.resolve("m.csv"), "plan,output\n"
                + PLAN + ",\"=HYPERLINK(\"\"x\"\").pdf\"\n"
                + PLAN + ",+1.txt\n");
        Files.writeString(dir.resolve("=m.csv"), Files.readString(dir.resolve("m.csv")).replace("x\"\").pdf", "y\"\").pdf"));
        assertEquals(1, batch("m.csv", "--out-dir", ".", "--report", "r.csv"));
        assertEquals("\"line\",\"status\",\"output\",\"messages\"\r\n"
                + "\"2\",\"written\",\"'=HYPERLINK(\"\"x\"\").pdf\",\"\"\r\n"
                + "\"3\",\"failed\",\"\",\"m.csv:3: 'output' must end in .pdf, or in .html or .htm for the HTML handout (upper or lower case), found '+1.txt'\"\r\n",
                Files.readString(dir.resolve("r.csv")));
        assertEquals(1, batch("=m.csv", "--out-dir", ".", "--report", "s.csv"));
        assertEquals("\"line\",\"status\",\"output\",\"messages\"\r\n"
                + "\"2\",\"written\",\"'=HYPERLINK(\"\"y\"\").pdf\",\"\"\r\n"
                + "\"3\",\"failed\",\"\",\"'=m.csv:3: 'output' must end in .pdf, or in .html or .htm for the HTML handout (upper or lower case), found '+1.txt'\"\r\n",
                Files.readString(dir.resolve("s.csv")));
        assertEquals(1, batch("m.csv", "--out-dir", ".", "--report", "raw.csv", "--raw-csv"));
        assertEquals("\"line\",\"status\",\"output\",\"messages\"\r\n"
                + "\"2\",\"written\",\"=HYPERLINK(\"\"x\"\").pdf\",\"\"\r\n"
                + "\"3\",\"failed\",\"\",\"m.csv:3: 'output' must end in .pdf, or in .html or .htm for the HTML handout (upper or lower case), found '+1.txt'\"\r\n",
                Files.readString(dir.resolve("raw.csv")));
        assertTrue(Files.size(dir.resolve("=HYPERLINK(\"x\").pdf")) > 1000);
    }

    /** hep as its own process in {@code dir}, so that relative names reach the report as written. */
    private int batch(String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "batch";
        System.arraycopy(args, 0, all, 1, args.length);
        Process p = BatchProcess.start(dir, Map.of(), all);
        p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.exitValue();
    }

    @Test
    void aReportThatIsTheManifestIsRefusedBeforeAnyHandoutIsMade() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,patient\n" + PLAN + ",Ana\n");
        byte[] before = Files.readAllBytes(m);
        Path out = dir.resolve("out");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--report", m.toString());
        assertEquals(List.of("hep: --report: " + m + " is also an input of this run (" + m
                + "); choose another report file"), r.errLines());
        assertEquals(2, r.exit());
        assertFalse(Files.exists(out), "no handout is made");
        assertArrayEquals(before, Files.readAllBytes(m));
    }

    /**
     * "out/../m.csv" while out is not made yet cannot be followed before the run, and is the manifest
     * once the run has made out: it was refused only after every handout was written.
     */
    @Test
    void aReportThroughAFolderNotYetMadeIsSeenForWhatItIs() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,patient\n" + PLAN + ",Ana\n");
        byte[] before = Files.readAllBytes(m);
        Path out = dir.resolve("out");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--report", out + "/../m.csv");
        assertEquals(List.of("hep: --report: " + out + "/../m.csv is also an input of this run (" + m
                + "); choose another report file"), r.errLines());
        assertEquals(2, r.exit());
        assertFalse(Files.exists(out), "no handout is made");
        assertArrayEquals(before, Files.readAllBytes(m));
        // Another name through a folder that is never made is written where the name leads.
        r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--report", dir + "/gone/../r.csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(dir.resolve("r.csv")).contains("\"written\""));
    }

    /** A nightly run's first night: the report goes into the --out-dir the run is about to make. */
    @Test
    void aReportsMissingFolderIsMadeAsAHandoutsIs() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,patient\n" + PLAN + ",Ana\n");
        Path out = dir.resolve("out/2026-11-27");
        Path report = out.resolve("r.json");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--report", report.toString());
        assertEquals(List.of("1 written, 0 failed"), r.errLines());
        assertEquals(0, r.exit());
        assertTrue(Files.readString(report).contains("\"written\""), Files.readString(report));
        assertTrue(Files.isRegularFile(out.resolve("batch-plan-ana.pdf")));
    }

    @Test
    void aReportUnderAFileIsAnIoErrorBeforeAnyHandoutIsMade() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,patient\n" + PLAN + ",Ana\n");
        Path out = dir.resolve("out");
        Files.writeString(dir.resolve("notes.txt"), "a file, not a folder\n");
        Path report = dir.resolve("notes.txt/x/r.json");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--report", report.toString());
        assertEquals(List.of(report + ": cannot write: not a directory"), r.errLines());
        assertEquals(3, r.exit());
        assertFalse(Files.exists(out), "no handout is made");
    }

    @Test
    void aReportInAFolderThatCannotBeWrittenIsAnIoErrorBeforeAnyHandoutIsMade() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,patient\n" + PLAN + ",Ana\n");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Path out = dir.resolve("out");
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "root writes anywhere");
            CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--report",
                    locked.resolve("r.csv").toString());
            assertEquals(List.of(locked.resolve("r.csv") + ": cannot write: permission denied"), r.errLines());
            assertEquals(3, r.exit());
            assertFalse(Files.exists(out), "no handout is made");
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theJsonReportKeepsTheRawText() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,output\n" + PLAN + ",=x.txt\n");
        Path report = dir.resolve("r.json");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString(), "--report",
                report.toString());
        assertEquals(1, r.exit());
        assertEquals("[\n  {\"line\": 2, \"status\": \"failed\", \"output\": null, \"messages\": [\"" + m
                + ":2: 'output' must end in .pdf, or in .html or .htm for the HTML handout (upper or lower case), found '=x.txt'\"]}\n]\n",
                Files.readString(report, StandardCharsets.UTF_8));
    }

    /**
     * A quoted cell may hold a line break: the row's message is one line in the report as on stderr,
     * and a line break or tab in an output name fails that row, as -o refuses it.
     */
    @Test
    void aLineBreakFromAQuotedCellNeverSplitsAReportLine() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,patient,output\n"
                + "\"no\nplan\",\"Ana\nLopez\",a.pdf\n"
                + PLAN + ",Bo,\"d\ne.pdf\"\n"
                + PLAN + ",Cy,\"f\tg.pdf\"\n"
                + PLAN + ",\"Ana\nLopez\",\n");
        Path out = dir.resolve("out");
        for (String name : List.of("r.csv", "r.json")) {
            CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--report",
                    dir.resolve(name).toString(), "--no-clobber");
            List<String> expected = List.of(
                    m + ":2: no plan: no such plan file or built-in plan (see 'hep list plans')",
                    m + ":5: 'output': the file name holds a control character U+000A; give a plain file name",
                    m + ":7: 'output': the file name holds a control character U+0009; give a plain file name");
            List<String> err = r.errLines();
            assertEquals(expected, err.subList(0, 3));
            assertEquals(name.equals("r.csv") ? "1 written, 3 failed" : "0 written, 4 failed", err.get(err.size() - 1));
            assertEquals(1, r.exit());
        }
        assertEquals("\"line\",\"status\",\"output\",\"messages\"\r\n"
                + "\"2\",\"failed\",\"\",\"" + m + ":2: no plan: no such plan file or built-in plan (see 'hep list plans')\"\r\n"
                + "\"5\",\"failed\",\"\",\"" + m + ":5: 'output': the file name holds a control character U+000A; give a plain file name\"\r\n"
                + "\"7\",\"failed\",\"\",\"" + m + ":7: 'output': the file name holds a control character U+0009; give a plain file name\"\r\n"
                + "\"8\",\"written\",\"" + out + "/batch-plan-ana-lopez.pdf\",\"\"\r\n",
                Files.readString(dir.resolve("r.csv")));
        String json = Files.readString(dir.resolve("r.json"));
        assertTrue(json.startsWith("[\n  {\"line\": 2, \"status\": \"failed\", \"output\": null, \"messages\": [\"" + m
                + ":2: no plan: no such plan file or built-in plan (see 'hep list plans')\"]},\n"), json);
        assertFalse(json.contains("\\n") || json.contains("\\t"), json);
        try (var files = Files.list(out)) {
            assertEquals(List.of("batch-plan-ana-lopez.pdf"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void anOutDirWithALineBreakIsAUsageError() throws Exception {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan\n" + PLAN + "\n");
        Path out = dir.resolve("o\nd");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--report", dir.resolve("r.csv").toString());
        assertEquals(List.of("hep: --out-dir: the folder name holds a control character U+000A; give a plain folder name"),
                r.errLines());
        assertEquals(2, r.exit());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("r.csv")));
    }
}
