package org.hep.handout;

import org.hep.cli.UsageException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hep.cli.HandoutOptions;
import org.hep.io.OutputNames;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the PDF goes and what makes its bytes: stdout, stdin, default names, dates, reproducibility. */
class OutputTest {
    @TempDir
    Path dir;

    private byte[] generate(String name, String... args) throws IOException {
        Path out = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of("generate", "it-band-syndrome", "-o", out.toString()));
        all.addAll(List.of(args));
        Hep.expectExit(0, Hep.run(all.toArray(String[]::new)));
        return Files.readAllBytes(out);
    }

    @Test
    void sameInputAndDateGiveIdenticalBytes() throws IOException {
        byte[] a = generate("a.pdf", "--patient", "Ana Lopez", "--date", "2026-03-01");
        byte[] b = generate("b.pdf", "--patient", "Ana Lopez", "--date", "2026-03-01");
        assertArrayEquals(a, b);
        byte[] later = generate("c.pdf", "--patient", "Ana Lopez", "--date", "2026-03-02");
        assertFalse(java.util.Arrays.equals(a, later), "a different date changes the handout");
    }

    @Test
    void dateOptionWinsOverSourceDateEpochWhichWinsOverToday() {
        long noonUtc = LocalDate.of(2026, 3, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() + 12 * 3600;
        assertEquals(LocalDate.of(2026, 3, 1), HandoutOptions.date(null, Long.toString(noonUtc)));
        assertEquals(LocalDate.of(2025, 12, 31), HandoutOptions.date("2025-12-31", Long.toString(noonUtc)));
        assertEquals(LocalDate.now(), HandoutOptions.date(null, null));
        assertEquals(LocalDate.now(), HandoutOptions.date(null, " "));
    }

    @Test
    void badDatesAreUsageErrors() {
        assertEquals("--date: expected a date like 2026-03-31, found '1/3/2026'",
                assertThrows(UsageException.class, () -> HandoutOptions.date("1/3/2026", null)).getMessage());
        assertEquals("SOURCE_DATE_EPOCH must be whole seconds since 1970, found 'soon'",
                assertThrows(UsageException.class, () -> HandoutOptions.date(null, "soon")).getMessage());
        for (String notDateOutput : new String[] {"+86400", "１２", "--1"}) {
            assertEquals("SOURCE_DATE_EPOCH must be whole seconds since 1970, found '" + notDateOutput + "'",
                    assertThrows(UsageException.class, () -> HandoutOptions.date(null, notDateOutput)).getMessage());
        }
        CliRun r = Hep.run("generate", "it-band-syndrome", "-o", dir.resolve("x.pdf").toString(), "--date", "2026-02-30");
        assertEquals(2, r.exit());
        assertEquals("hep: --date: there is no such day: February 2026 has 28 days, found '2026-02-30'\n", r.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")), "no PDF after a usage error");
    }

    @Test
    void dashWritesThePdfToStdout() throws IOException {
        CliRun r = Hep.expectExit(0, Hep.run("generate", "it-band-syndrome", "-o", "-", "--date", "2026-03-01"));
        assertEquals("", r.err());
        assertArrayEquals(generate("file.pdf", "--date", "2026-03-01"), r.out(), "stdout holds exactly the PDF");
    }

    @Test
    void dashAsThePlanReadsStdin() throws IOException {
        byte[] yaml = Files.readAllBytes(Path.of("plans/it-band-syndrome.yaml"));
        CliRun r = Hep.expectExit(0, Hep.runWithStdin(yaml, "generate", "-", "-o", "-", "--date", "2026-03-01"));
        PdfProbe pdf = PdfProbe.of(r.out());
        assertEquals("IT Band Syndrome", pdf.title());
        assertTrue(PdfProbe.flat(pdf.text()).contains(PdfProbe.flat("Side-lying leg raise")));
    }

    @Test
    void badYamlOnStdinIsNamedStdin() {
        CliRun r = Hep.runWithStdin("title: [unclosed\n".getBytes(StandardCharsets.UTF_8), "generate", "-",
                "-o", "-");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("<stdin>:"), r.err());
        assertEquals(0, r.out().length, "nothing on stdout after an error");
    }

    @Test
    void defaultNameIsPlanIdAndPatientSlug() {
        assertEquals("it-band-syndrome.pdf", OutputNames.pdfName("it-band-syndrome", null));
        assertEquals("it-band-syndrome-ana-lopez.pdf", OutputNames.pdfName("it-band-syndrome", "Ana Lopez"));
        assertEquals("neck-pain-zoe-obrien.pdf", OutputNames.pdfName("neck-pain", "Zoë O'Brien"));
        assertEquals("neck-pain-lukasz-zak.pdf", OutputNames.pdfName("neck-pain", "  Łukasz  Żak "));
        assertEquals("neck-pain.pdf", OutputNames.pdfName("neck-pain", "../"));
        // ASCII only, so the default name works under any locale; other scripts get a stable short hash.
        assertEquals(OutputNames.pdfName("plan", "Иван"), OutputNames.pdfName("plan", " Иван "));
        assertTrue(OutputNames.pdfName("plan", "Иван").matches("plan-p[0-9a-f]{8}\\.pdf"));
        assertNotEquals(OutputNames.pdfName("plan", "Иван"), OutputNames.pdfName("plan", "Ελένη"));
        // Part-Latin names keep their Latin part and a hash of the whole, so two patients never share a file.
        String arabic = OutputNames.pdfName("plan", "Ana \u0639\u0644\u064A");
        String chinese = OutputNames.pdfName("plan", "Ana \u738B");
        assertTrue(arabic.matches("plan-ana-[0-9a-f]{8}\\.pdf"), arabic);
        assertTrue(chinese.matches("plan-ana-[0-9a-f]{8}\\.pdf"), chinese);
        assertNotEquals(arabic, chinese);
        // A symbol with no ASCII form too: "Ana 😀" is not "Ana".
        String emoji = OutputNames.pdfName("plan", "Ana \uD83D\uDE00");
        assertTrue(emoji.matches("plan-ana-[0-9a-f]{8}\\.pdf"), emoji);
        assertEquals("plan-ana.pdf", OutputNames.pdfName("plan", "Ana (2)").replace("-2", ""));
        // Compatibility forms are their letters, not a hash.
        assertEquals("plan-fiona-ann.pdf", OutputNames.pdfName("plan", "\uFB01ona \uFF21\uFF4E\uFF4E"));
    }

    /**
     * Two long names that agree in their first 60 letters: each default name is cut there and
     * carries a hash of the whole name, so the second patient's handout does not replace the first's.
     */
    @Test
    void longNamesThatShareTheirStartGetTheirOwnDefaultFiles() throws Exception {
        String common = "Maria Fernanda de los Angeles Gonzalez Rodriguez de la Santisima Trinidad ";
        finish(hep(dir, Map.of(), "generate", "it-band-syndrome", "--patient", common + "Lopez"));
        finish(hep(dir, Map.of(), "generate", "it-band-syndrome", "--patient", common + "Perez"));
        List<Path> pdfs;
        try (var files = Files.list(dir)) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(2, pdfs.size(), pdfs.toString());
        for (Path pdf : pdfs) {
            assertTrue(pdf.getFileName().toString()
                    .matches("it-band-syndrome-maria-fernanda-de-los-angeles-gonzalez-rodriguez-de-la-santi-[0-9a-f]{8}\\.pdf"),
                    pdf.toString());
        }
        String first = PdfProbe.of(Files.readAllBytes(pdfs.get(0))).page(1);
        String second = PdfProbe.of(Files.readAllBytes(pdfs.get(1))).page(1);
        assertNotEquals(first.contains("Lopez"), second.contains("Lopez"), "one handout each");
    }

    /** The real process: its own stdout pipe, environment and working directory. */
    private static Process hep(Path cwd, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.hep.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().putAll(env);
        return pb.start();
    }

    private static byte[] finish(Process p) throws IOException, InterruptedException {
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("", err);
        return out;
    }

    @Test
    void processWritesDefaultNameInItsWorkingDirectoryAndHonoursSourceDateEpoch() throws Exception {
        long epoch = LocalDate.of(2026, 3, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() + 23 * 3600;
        finish(hep(dir, Map.of("SOURCE_DATE_EPOCH", Long.toString(epoch)), "generate", "it-band-syndrome",
                "--patient", "Zoë O'Brien"));
        Path written = dir.resolve("it-band-syndrome-zoe-obrien.pdf");
        assertTrue(Files.isRegularFile(written), "default output name in the working directory");
        assertArrayEquals(generate("dated.pdf", "--patient", "Zoë O'Brien", "--date", "2026-03-01"),
                Files.readAllBytes(written), "SOURCE_DATE_EPOCH gives the same bytes as --date of that UTC day");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
                    "no temporary file left behind");
        }
    }

    /**
     * Two plan files whose names differ only in case, the first with an 'id' spelt like the
     * second's name: each handout is named after its own file, so neither replaces the other.
     */
    @Test
    void aPlansDefaultOutputIsNamedAfterItsOwnFileWhateverTheCaseOfItsId() throws Exception {
        Files.writeString(dir.resolve("knee-plan.yaml"),
                "id: Knee-Plan\ntitle: Knee plan A (post-op)\nexercises:\n  - use: quad-set\n");
        Files.writeString(dir.resolve("Knee-Plan.yaml"), "title: Knee plan B (sports)\nexercises:\n  - use: squat\n");
        finish(hep(dir, Map.of(), "generate", "knee-plan.yaml", "--patient", "Ann"));
        finish(hep(dir, Map.of(), "generate", "Knee-Plan.yaml", "--patient", "Ann"));
        assertTrue(PdfProbe.of(Files.readAllBytes(dir.resolve("knee-plan-ann.pdf"))).page(1).contains("Knee plan A"));
        assertTrue(PdfProbe.of(Files.readAllBytes(dir.resolve("Knee-Plan-ann.pdf"))).page(1).contains("Knee plan B"));

        // A batch names it the same way (two such rows in one manifest are one file on a Mac: refused as taken).
        Path manifest = Files.writeString(dir.resolve("m.csv"), "plan,patient\nknee-plan.yaml,Ann\n");
        CliRun r = Hep.run("batch", manifest.toString(), "--out-dir", dir.resolve("out").toString(), "--jobs", "1");
        assertEquals(List.of("1 written, 0 failed"), r.errLines());
        assertTrue(PdfProbe.of(Files.readAllBytes(dir.resolve("out/knee-plan-ann.pdf"))).page(1).contains("Knee plan A"));
    }

    @Test
    void processRefusesToWriteThePdfToATerminal() throws Exception {
        // script(1) runs the command with a pseudo-terminal as its stdout, as at an interactive shell.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "'" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' org.hep.cli.Main generate it-band-syndrome -o -";
        Process p = new ProcessBuilder("script", "-qec", command, "/dev/null").directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String terminal = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("hep: refusing to write a PDF to a terminal; use -o FILE or pipe the output\r\n", terminal);
        assertEquals(2, p.exitValue());
    }

    /**
     * A pipe whose reader has gone ("| head -c 1"): hep stops quietly with 141, as a tool that
     * SIGPIPE ends does, not "cannot write to standard output" and exit 3.
     */
    @Test
    void processStopsQuietlyWhenThePipesReaderHasGone() throws Exception {
        StringBuilder plan = new StringBuilder("title: Every exercise\nexercises:\n");
        try (var files = Files.list(Path.of("plans/exercises"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                    .forEach(n -> plan.append("  - use: ").append(n, 0, n.length() - 5).append('\n'));
        }
        Files.writeString(dir.resolve("all.yaml"), plan);
        Process p = hep(dir, Map.of(), "summary", "all.yaml", "--format", "json");
        assertEquals('{', p.getInputStream().read());
        p.getInputStream().close(); // far more than a pipe holds is still to come
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("", err);
        assertEquals(141, p.exitValue());
    }

    /** JSON writes a character beyond U+FFFF as its UTF-8 bytes, as it writes "é": grep finds "😀". */
    @Test
    void jsonKeepsEmojiAsTheyAre() throws Exception {
        Path plan = Files.writeString(dir.resolve("p.yaml"), "title: Knee \uD83D\uDE00 plan\nexercises:\n  - use: squat\n");
        org.hep.testing.CliRun r = org.hep.testing.Hep.run("summary", plan.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().contains("\"Knee \uD83D\uDE00 plan\""), r.stdout());
    }

    @Test
    void processPipesThePdfToStdout() throws Exception {
        byte[] out = finish(hep(dir, Map.of(), "generate", "it-band-syndrome", "-o", "-", "--date", "2026-03-01"));
        assertEquals("%PDF-", new String(out, 0, 5, StandardCharsets.US_ASCII));
        assertArrayEquals(generate("same.pdf", "--date", "2026-03-01"), out);
    }
}
