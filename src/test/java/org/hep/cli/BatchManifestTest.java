package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hep.app.ManifestReader;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manifest that is not sound CSV: a row with bad bytes, a stray quote or a cell too long fails
 * alone at its line and column; input without end is refused after a bounded read.
 */
class BatchManifestTest {
    private static final String PLAN = BatchCommandTest.PLAN;

    @TempDir
    Path dir;

    private Path manifest(byte[] row3) throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes(("plan,output,date\n" + PLAN + ",g1.pdf,2026-03-14\n").getBytes(StandardCharsets.UTF_8));
        csv.writeBytes(row3);
        csv.writeBytes(("\n" + PLAN + ",g3.pdf,2026-03-14\n").getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve("m.csv"), csv.toByteArray());
    }

    private CliRun batch(Path m, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("batch", m.toString(), "--out-dir",
                dir.resolve("out").toString(), "--report", dir.resolve("r.json").toString()));
        args.addAll(List.of(more));
        return Hep.run(args.toArray(String[]::new));
    }

    private String report(int line3Column, String message) {
        Path m = dir.resolve("m.csv");
        return "[\n  {\"line\": 2, \"status\": \"written\", \"output\": \"" + dir.resolve("out/g1.pdf")
                + "\", \"messages\": []},\n  {\"line\": 3, \"status\": \"failed\", \"output\": null, \"messages\": [\""
                + m + ":3:" + line3Column + ": " + message + "\"]},\n  {\"line\": 4, \"status\": \"written\", "
                + "\"output\": \"" + dir.resolve("out/g3.pdf") + "\", \"messages\": []}\n]\n";
    }

    @Test
    void aRowWithBytesThatAreNotUtf8FailsAloneAtItsLineAndColumn() throws Exception {
        byte[] row3 = (PLAN + ",\u00ff.pdf,2026-03-14").getBytes(StandardCharsets.ISO_8859_1);
        Path m = manifest(row3);
        CliRun r = batch(m);
        String message = "not valid UTF-8 text; save the manifest as CSV UTF-8";
        assertEquals(List.of(m + ":3:" + (PLAN.length() + 2) + ": " + message, "2 written, 1 failed"), r.errLines());
        assertEquals(1, r.exit());
        assertEquals(List.of("g1.pdf", "g3.pdf"), names(dir.resolve("out")));
        assertEquals(report(PLAN.length() + 2, message), Files.readString(dir.resolve("r.json")));
    }

    /** A spreadsheet's "Unicode text" is UTF-16: said so at 1:1, with or without its byte-order mark. */
    @Test
    void aManifestSavedAsUtf16IsToldToBeSavedAsCsvUtf8() throws Exception {
        String csv = "plan,output\n" + PLAN + ",a.pdf\n";
        for (java.nio.charset.Charset wide : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
            Path m = Files.write(dir.resolve("m.csv"), csv.getBytes(wide));
            CliRun r = batch(m);
            assertEquals(List.of(m + ":1:1: the manifest is saved as UTF-16 text; save it as CSV UTF-8"), r.errLines());
            assertEquals(1, r.exit());
            assertTrue(!Files.exists(dir.resolve("out/a.pdf")));
            CliRun stdin = Hep.runWithStdin(csv.getBytes(wide), "batch", "-", "--out-dir", dir.resolve("out").toString());
            assertEquals(List.of("<stdin>:1:1: the manifest is saved as UTF-16 text; save it as CSV UTF-8"), stdin.errLines());
            assertEquals(1, stdin.exit());
        }
    }

    @Test
    void aRowWithAStrayCharacterAfterAClosingQuoteFailsAlone() throws Exception {
        Path m = manifest(("\"" + PLAN + "\"x,g2.pdf,2026-03-14").getBytes(StandardCharsets.UTF_8));
        CliRun r = batch(m);
        String message = "a closing quote must be followed by a comma or the end of the line; "
                + "write a quote inside a quoted value as two quotes (\\\"\\\")";
        assertEquals(List.of(m + ":3:" + (PLAN.length() + 3) + ": " + message.replace("\\\"", "\""),
                "2 written, 1 failed"), r.errLines());
        assertEquals(1, r.exit());
        assertEquals(List.of("g1.pdf", "g3.pdf"), names(dir.resolve("out")));
        assertEquals(report(PLAN.length() + 3, message), Files.readString(dir.resolve("r.json")));
    }

    @Test
    void aCellTooLongFailsItsRowAndAnIgnoredColumnMayBeLong() throws Exception {
        String longNote = "a".repeat(ManifestReader.MAX_CELL + 1);
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,notes,comment\n"
                + PLAN + ",\"" + longNote + "\",\n"
                + PLAN + ",," + "b".repeat(ManifestReader.MAX_CELL * 20) + "\n"
                + PLAN + "," + longNote + ",\n");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString(), "--jobs", "1");
        int col = PLAN.length() + 2;
        assertEquals(List.of(
                m + ":1: warning: ignoring unknown column 'comment'; --strict refuses them",
                m + ":2:" + col + ": this value is longer than " + ManifestReader.MAX_CELL + " characters",
                m + ":4:" + col + ": this value is longer than " + ManifestReader.MAX_CELL + " characters",
                "1 written, 2 failed"), r.errLines());
        assertEquals(List.of("batch-plan.pdf"), names(dir.resolve("out")));
    }

    @Test
    void anEndlessManifestIsRefusedAfterABoundedRead() {
        Endless zeros = new Endless(new byte[0], (byte) 0);
        CliRun r = Hep.runWithStdin(zeros, "batch", "-", "--out-dir", dir.resolve("out").toString());
        assertEquals(List.of("<stdin>:1:1: this column name is longer than " + ManifestReader.MAX_CELL
                + " characters; is this a CSV manifest?"), r.errLines());
        assertEquals(1, r.exit());
        assertTrue(zeros.read < 1_000_000, zeros.read + " bytes read");
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void aQuotedValueThatNeverClosesStopsTheRunWithATrueCount() throws Exception {
        Endless open = new Endless((PLAN + ",ok\n" + PLAN + ",\"").getBytes(StandardCharsets.UTF_8), (byte) 'a');
        Path report = dir.resolve("r.csv");
        CliRun r = Hep.runWithStdin(new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream("plan,notes\n".getBytes(StandardCharsets.UTF_8)), open),
                "batch", "-", "--out-dir", dir.resolve("out").toString(), "--report", report.toString());
        String message = "<stdin>:3:" + (PLAN.length() + 2) + ": a quoted value starts here and is still open after "
                + ManifestReader.MAX_ROW + " characters; is its closing quote missing?";
        assertEquals(List.of(message, "1 written, 1 failed"), r.errLines());
        assertEquals(1, r.exit());
        assertTrue(open.read < 4L * ManifestReader.MAX_ROW, open.read + " bytes read");
        assertEquals("\"line\",\"status\",\"output\",\"messages\"\r\n"
                + "\"2\",\"written\",\"" + dir.resolve("out/batch-plan.pdf") + "\",\"\"\r\n"
                + "\"3\",\"failed\",\"\",\"" + message + "\"\r\n", Files.readString(report));
    }

    /** {@code head} bytes, then {@code fill} for ever; counts what was read. */
    private static final class Endless extends InputStream {
        private final byte[] head;
        private final byte fill;
        long read;

        Endless(byte[] head, byte fill) {
            this.head = head;
            this.fill = fill;
        }

        @Override
        public int read() {
            return read < head.length ? head[(int) read++] & 0xFF : ++read > 0 ? fill & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
