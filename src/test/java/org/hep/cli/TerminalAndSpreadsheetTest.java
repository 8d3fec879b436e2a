package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from a plan or an option never reaches a terminal or a spreadsheet as something that runs. */
class TerminalAndSpreadsheetTest {
    @TempDir
    Path dir;

    private static boolean hasControl(String s) {
        return s.codePoints().anyMatch(cp -> cp != '\n' && cp != '\t' && (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)));
    }

    @Test
    void libraryFilesWhoseNamesCannotBeIdsAreLeftOutWithANoteAndNeverPrintedRaw() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        String exercise = "name: Wall push\nsteps:\n  - Push.\n";
        for (String name : List.of("good.yaml", "-cmd.yaml", ".hidden.yaml", "esc\u001b[8mx.yaml", "nl\nx.yaml",
                "rlo\u202Ex.yaml", "Knee plan (2).yaml", "_draft.yaml")) {
            Files.writeString(lib.resolve(name), exercise);
        }
        CliRun r = Hep.expectExit(0, Hep.run("list", "exercises", "--library", lib.toString()));
        assertFalse(hasControl(r.stdout()) || hasControl(r.err()) || r.stdout().contains("\u202E"), r.err());
        assertTrue(r.stdout().contains("good ") && r.stdout().contains("Knee plan (2) ")
                && r.stdout().contains("_draft "), r.stdout());
        assertFalse(r.stdout().contains("hidden"), "a hidden file is left out, without a note");
        String why = ": an exercise's file name is its id, which must not start with '-' or '.', nor hold ':', ','"
                + " or a control character; rename the file to use it\n";
        assertEquals("hep: note: ignoring " + lib.resolve("-cmd.yaml") + why
                + "hep: note: ignoring " + lib.resolve("esc [8mx.yaml") + why
                + "hep: note: ignoring " + lib.resolve("nl x.yaml") + why
                + "hep: note: ignoring " + lib.resolve("rlo x.yaml") + why, r.err());
    }

    @Test
    void aPlanFileNamedLikeAnOptionOrAHiddenFileGetsAnOrdinaryOutputName() throws Exception {
        for (String[] stemAndOutput : new String[][] {{"-rf", "rf.pdf"}, {".x", "x.pdf"}, {"--", "plan.pdf"},
                {"knee plan", "knee plan.pdf"}}) {
            Path run = Files.createDirectories(dir.resolve("run-" + stemAndOutput[1]));
            Files.writeString(run.resolve(stemAndOutput[0] + ".yaml"), "title: Plan\nexercises:\n  - use: squat\n");
            // As a user types it, from the plan's folder, with the default output name.
            Process p = BatchProcess.start(run, Map.of(), "generate", "./" + stemAndOutput[0] + ".yaml");
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            try (var files = Files.list(run)) {
                assertEquals(new java.util.TreeSet<>(List.of(stemAndOutput[0] + ".yaml", stemAndOutput[1])),
                        files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
            }
        }
    }

    @Test
    void escapeSequencesInALibraryExerciseAreRefusedByEveryCommandAndNeverPrinted() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("sneaky.yaml"), "name: \"Sneaky \\e]0;pwned\\a\"\nsteps:\n"
                + "  - \"Stand tall.\\e[8m Ignore the caution.\"\n");
        Files.writeString(dir.resolve("plan.yaml"), "title: Plan\nexercises:\n  - use: sneaky\n");
        String file = lib.resolve("sneaky.yaml").toString();
        String plan = dir.resolve("plan.yaml").toString();
        String lib2 = lib.toString();
        List<CliRun> runs = List.of(
                Hep.run("validate", lib2),
                Hep.run("show", "sneaky", "--library", lib2),
                Hep.run("list", "exercises", "--library", lib2, "--format", "csv"),
                Hep.run("summary", plan, "--library", lib2),
                Hep.run("summary", plan, "--library", lib2, "--format", "markdown"),
                Hep.run("generate", plan, "--library", lib2, "-o", dir.resolve("x.pdf").toString()));
        for (CliRun r : runs) {
            assertEquals(1, r.exit(), r.err());
            assertFalse(hasControl(r.stdout()) || hasControl(r.err()), r.err());
            assertTrue(r.err().contains(file + ":1:7: control character U+001B and control character U+0007 are not"
                    + " allowed in text"), r.err());
        }
        assertTrue(runs.get(0).err().contains(file + ":3:5: control character U+001B is not allowed in text"));
    }

    /**
     * A direction mark or isolate directs text that mixes right-to-left and left-to-right letters;
     * in text with no right-to-left letter it only makes a browser or editor show the words in
     * another order than the handout prints them ("stop if above 5" reviewed, "below 3" printed).
     */
    @Test
    void directionControlsWithoutRightToLeftLettersAreRefused() throws Exception {
        Path pdf = dir.resolve("d.pdf");
        CliRun r = Hep.run("generate", "it-band-syndrome", "--patient", "Ana \u200F", "-o", pdf.toString());
        assertEquals(List.of("hep: argument 4 contains the direction control U+200F with no right-to-left letter in"
                + " the text; remove it"), r.errLines());
        assertEquals(2, r.exit());
        assertFalse(Files.exists(pdf));
        Path plan = Files.writeString(dir.resolve("flip.yaml"), "title: Flip\nexercises:\n  - name: Squat\n"
                + "    steps: [Do it.]\n    cautions:\n      - \"Stop if pain is \\u2067below 3\\u200F \\u200Fkeep"
                + " going if\\u200F ,\\u200Fabove 5\\u2069.\"\n");
        r = Hep.run("generate", plan.toString(), "-o", pdf.toString());
        assertEquals(List.of(plan + ":6:9: direction control U+2067 with no right-to-left letter in the text is not"
                + " allowed; remove it"), r.errLines());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(pdf));
        // The left-to-right ones cannot reorder anything, and phones and mail programs paste them:
        // an iPhone wraps a copied number in U+202A … U+202C, Outlook puts U+200E before a name.
        Path phone = Files.writeString(dir.resolve("phone.yaml"), "extends: standard\nclinic:\n  name: Harbour\n"
                + "  phone: \"\\u202A+1 (416) 555-0199\\u202C\"\n");
        r = Hep.run("generate", "it-band-syndrome", "--template", phone.toString(), "--patient", "\u200EJohn Smith",
                "-o", pdf.toString());
        assertEquals(0, r.exit(), r.err());
        // Beside a right-to-left name they do their work, and stay.
        r = Hep.run("generate", "it-band-syndrome", "--patient", "\u2067\u0639\u0644\u064A\u2069 Ana", "-o",
                pdf.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void controlCharactersInOptionsAreAUsageError() {
        CliRun r = Hep.run("generate", "it-band-syndrome", "--patient", "Ana\u001b[2J", "-o", dir.resolve("a.pdf").toString());
        assertEquals(List.of("hep: argument 4 contains the control character U+001B; remove it"), r.errLines());
        assertEquals(2, r.exit());
        assertFalse(Files.exists(dir.resolve("a.pdf")));
        CliRun dose = Hep.run("summary", "it-band-syndrome", "--dose", "clamshell:load=red\u009b8m");
        assertEquals(2, dose.exit());
        assertFalse(hasControl(dose.err()));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreGuardedUnlessRawIsAsked() throws Exception {
        Path plan = Files.writeString(dir.resolve("p.yaml"), "id: p\ntitle: Plan\nexercises:\n"
                + "  - use: squat\n    notes: \"=HYPERLINK(\\\"http://x.example\\\",\\\"call\\\")\"\n"
                + "  - use: glute-bridge\n    notes: \"+1 more set\"\n"
                + "  - use: clamshell\n    notes: \"-2 reps\"\n"
                + "  - use: calf-raise\n    notes: \"@SUM(A1)\"\n"
                + "  - use: wall-sit\n    notes: \"plain; safe\"\n");
        String guarded = Hep.run("summary", plan.toString(), "--format", "csv").stdout();
        assertEquals(List.of("'=HYPERLINK(\"http://x.example\",\"call\")", "'+1 more set", "'-2 reps", "'@SUM(A1)",
                "plain; safe"), notesColumn(guarded));
        String raw = Hep.run("summary", plan.toString(), "--format", "csv", "--raw-csv").stdout();
        assertTrue(raw.contains(",\"=HYPERLINK("), raw);
        assertTrue(raw.contains(",+1 more set"), raw);

        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("calc.yaml"), "name: \"=cmd|' /C calc'!A0\"\nsummary: \"-take care\"\nsteps:\n  - Go.\n");
        String list = Hep.run("list", "exercises", "--library", lib.toString(), "--format", "csv").stdout();
        assertTrue(list.contains("calc,'=cmd|' /C calc'!A0,"), list);
        assertTrue(list.contains(",'-take care"), list);
        String rawList = Hep.run("list", "exercises", "--library", lib.toString(), "--format", "csv", "--raw-csv")
                .stdout();
        assertTrue(rawList.contains("calc,=cmd|' /C calc'!A0,"), rawList);
    }

    private static List<String> notesColumn(String csv) throws java.io.IOException {
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv))) {
            return parser.getRecords().stream().map(r -> r.get("notes")).toList();
        }
    }

    @Test
    void sourceDateEpochFollowsTheSameYearRangeAsDate() throws Exception {
        UsageException far = assertThrows(UsageException.class, () -> HandoutOptions.date(null, "253402300800"));
        assertEquals("SOURCE_DATE_EPOCH: the year must be from 1900 to 2999, found +10000-01-01 (253402300800)",
                far.getMessage());
        UsageException early = assertThrows(UsageException.class, () -> HandoutOptions.date(null, "-62135596800"));
        assertEquals("SOURCE_DATE_EPOCH: the year must be from 1900 to 2999, found 0001-01-01 (-62135596800)",
                early.getMessage());
        Process p = BatchProcess.start(dir, Map.of("SOURCE_DATE_EPOCH", "253402300800"), "generate",
                "it-band-syndrome", "-o", "x.pdf");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("hep: SOURCE_DATE_EPOCH: the year must be from 1900 to 2999, found +10000-01-01 (253402300800)\n",
                err);
        assertEquals(2, p.exitValue());
    }

    @Test
    void aDayThatDoesNotExistIsNamed() {
        CliRun r = Hep.run("generate", "it-band-syndrome", "--date", "2026-02-29", "-o", dir.resolve("a.pdf").toString());
        assertEquals(List.of("hep: --date: there is no such day: February 2026 has 28 days, found '2026-02-29'"),
                r.errLines());
        assertEquals(2, r.exit());
        assertEquals(List.of("hep: --date: the month must be from 01 to 12, found '2026-13-01'"),
                Hep.run("generate", "it-band-syndrome", "--date", "2026-13-01").errLines());
    }

    @Test
    void aFontWithoutAQuestionMarkStillMakesHandouts() throws Exception {
        TrueTypeFont dejavu;
        try (var in = getClass().getResourceAsStream("/hep/fonts/HepSans.ttf")) {
            dejavu = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        TTFSubsetter subset = new TTFSubsetter(dejavu);
        for (int cp = 0x20; cp < 0x7F; cp++) {
            if (cp != '?') {
                subset.add(cp);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        subset.writeToStream(bytes);
        Files.write(dir.resolve("ascii-no-question.ttf"), bytes.toByteArray());
        // Without the machine's fonts, which would have ë, Ö and '?'.
        Path template = Files.writeString(dir.resolve("t.yaml"),
                "extends: standard\nfont: ascii-no-question.ttf\nsystem_fonts: false\n");
        Path pdf = dir.resolve("out.pdf");
        CliRun r = Hep.run("generate", "it-band-syndrome", "--template", template.toString(), "--patient", "Zoë Ölund",
                "-o", pdf.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("--patient: warning: 2 characters are not in any font"), r.err());
        String text = PdfProbe.of(Files.readAllBytes(pdf)).text();
        assertTrue(text.contains("Zo lund"), "missing letters are left out when the font has no '?'");
    }
}
