package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hep.load.BuiltIns;
import org.hep.testing.PdfProbe;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSheetShowsEveryExerciseWithItsName() throws Exception {
        Path sheet = dir.resolve("sheet.pdf");
        CliRun r = Hep.run("figures", "--sheet", sheet.toString());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
        PdfProbe pdf = PdfProbe.of(Files.readAllBytes(sheet));
        int exercises = BuiltIns.list("plans/exercises").size();
        assertEquals((exercises + 15) / 16, pdf.pageCount(), "sixteen to a page");
        assertTrue(pdf.text().contains("Squat (squat)"), pdf.text());
    }

    @Test
    void theSameFiguresGiveTheSameSheetByteForByte() throws Exception {
        Path first = dir.resolve("first.pdf");
        Path second = dir.resolve("second.pdf");
        assertEquals(0, Hep.run("figures", "squat", "clamshell", "--sheet", first.toString()).exit());
        assertEquals(0, Hep.run("figures", "squat", "clamshell", "--sheet", second.toString()).exit());
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Path other = dir.resolve("other.pdf");
        assertEquals(0, Hep.run("figures", "squat", "--sheet", other.toString()).exit());
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(other)));
    }

    @Test
    void theSheetIsAPdfByName() {
        for (String name : java.util.List.of("sheet.svg", "sheet.html", "-")) {
            CliRun r = Hep.run("figures", "squat", "--sheet", name.equals("-") ? name : dir.resolve(name).toString());
            assertEquals(2, r.exit(), name);
            assertTrue(r.err().endsWith(": the contact sheet is a PDF file; give a name ending in .pdf\n"), r.err());
            assertTrue(!Files.exists(dir.resolve(name)) && !Files.exists(Path.of("-")), name);
        }
    }

    @Test
    void aBlindSheetNumbersTheFiguresAndPrintsTheKey() throws Exception {
        Path sheet = dir.resolve("blind.pdf");
        CliRun r = Hep.run("figures", "squat", "clamshell", "--sheet", sheet.toString(), "--no-names", "--shuffle", "3");
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, r.stdout().lines().count(), r.stdout());
        assertTrue(r.stdout().matches("(?s)1\t(squat|clamshell)\n2\t(squat|clamshell)\n"), r.stdout());
        String text = PdfProbe.of(Files.readAllBytes(sheet)).text();
        assertTrue(!text.contains("Squat") && !text.contains("Clamshell"), text);
    }

    /** The sheet was written and then the run failed on --svg naming a file: half a job and exit 3. */
    @Test
    void anSvgFolderThatIsAFileIsRefusedBeforeTheSheetIsWritten() throws Exception {
        Path sheet = dir.resolve("x.pdf");
        Path file = Files.writeString(dir.resolve("figs"), "keep");
        CliRun r = Hep.run("figures", "squat", "--sheet", sheet.toString(), "--svg", file.toString());
        assertEquals("hep: --svg " + file + ": this is a file, not a folder; give a folder for the SVG files\n", r.err());
        assertEquals(2, r.exit());
        assertTrue(!Files.exists(sheet));
        assertEquals("keep", Files.readString(file));
    }

    /** picocli's own words were "'abc' is not a long": a Java type, not what to type. */
    @Test
    void aSeedThatIsNotAWholeNumberIsSaidInWords() {
        CliRun r = Hep.run("figures", "--sheet", dir.resolve("s.pdf").toString(), "--shuffle", "abc");
        assertEquals("hep: --shuffle: must be a whole number, found 'abc' (see 'hep figures --help')\n", r.err());
        assertEquals(2, r.exit());
        r = Hep.run("figures", "--sheet", dir.resolve("s.pdf").toString(), "--shuffle", "99999999999999999999");
        assertEquals("hep: --shuffle: the number '99999999999999999999' is too large (see 'hep figures --help')\n",
                r.err());
        r = Hep.run("batch", "m.csv", "--jobs", "two");
        assertEquals("hep: --jobs: must be a whole number, found 'two' (see 'hep batch --help')\n", r.err());
        assertTrue(!Files.exists(dir.resolve("s.pdf")));
    }

    @Test
    void svgFilesAreWrittenForFiguresOnly() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("reach.yaml"), """
                name: Reach
                steps: [Reach up.]
                figure:
                  poses:
                    start: standing
                    end: {right_shoulder: 170}
                """);
        Files.writeString(lib.resolve("plain.yaml"), "name: Plain\nsteps: [Step.]\n");
        Path out = dir.resolve("svg");
        CliRun r = Hep.run("figures", "reach", "plain", "--library", lib.toString(), "--svg", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("reach.svg")).contains("<title>Picture of Reach: standing"));
        assertTrue(!Files.exists(out.resolve("plain.svg")));
    }

    @Test
    void withoutAnOutputItIsAUsageError() {
        CliRun r = Hep.run("figures");
        assertEquals("hep: figures: give --sheet FILE.pdf or --svg DIR\n", r.err());
        assertEquals(2, r.exit());
    }

    @Test
    void anUnknownExerciseSuggestsTheClosest() {
        CliRun r = Hep.run("figures", "sqat", "--svg", dir.toString());
        assertEquals("sqat: no such exercise (did you mean 'squat'?)\n", r.err());
        assertEquals(1, r.exit());
    }

    /** As with a handout, a sheet or picture replaces only a file of its own kind: a slip must not cost a file. */
    @Test
    void aSheetOrPictureNeverReplacesAnotherKindOfFile() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "notes\n");
        Path link = Files.createSymbolicLink(dir.resolve("sheet.pdf"), notes.getFileName());
        CliRun viaLink = Hep.run("figures", "squat", "--sheet", link.toString(), "--no-names");
        assertEquals(link + ": cannot write: the file there is not a PDF; remove it or choose another name\n", viaLink.err());
        assertEquals(3, viaLink.exit());
        assertEquals(0, viaLink.out().length, "no key for a sheet that is not written");
        assertEquals("notes\n", Files.readString(notes), "the linked file is kept");

        Path svgs = Files.createDirectories(dir.resolve("svg"));
        Files.writeString(svgs.resolve("squat.svg"), "my own notes about squats\n");
        CliRun overText = Hep.run("figures", "squat", "--svg", svgs.toString());
        assertEquals(svgs.resolve("squat.svg") + ": cannot write: the file there is not an SVG picture; remove it or choose "
                + "another name\n", overText.err());
        assertEquals(3, overText.exit());
        Files.delete(svgs.resolve("squat.svg"));
        Hep.expectExit(0, Hep.run("figures", "squat", "--svg", svgs.toString()));
        Hep.expectExit(0, Hep.run("figures", "squat", "--svg", svgs.toString()));
        assertTrue(Files.readString(svgs.resolve("squat.svg")).startsWith("<svg"), "an SVG replaces an SVG");
    }

    /** A blind sheet is useless without its key: when the key cannot be written, neither is the sheet. */
    @Test
    void aBlindSheetIsNotWrittenWhenItsKeyIsLost() {
        Path sheet = dir.resolve("blind.pdf");
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Cli.run(new String[] {"figures", "squat", "--sheet", sheet.toString(), "--no-names", "--shuffle", "3"},
                new java.io.ByteArrayInputStream(new byte[0]), new java.io.PrintStream(full, true),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("hep: cannot write to standard output; the sheet was not written\n",
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(3, code);
        assertTrue(Files.notExists(sheet), "no sheet without its key");
    }
}
