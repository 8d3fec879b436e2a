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
    void aBlindSheetNumbersTheFiguresAndPrintsTheKey() throws Exception {
        Path sheet = dir.resolve("blind.pdf");
        CliRun r = Hep.run("figures", "squat", "clamshell", "--sheet", sheet.toString(), "--no-names", "--shuffle", "3");
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, r.stdout().lines().count(), r.stdout());
        assertTrue(r.stdout().matches("(?s)1\t(squat|clamshell)\n2\t(squat|clamshell)\n"), r.stdout());
        String text = PdfProbe.of(Files.readAllBytes(sheet)).text();
        assertTrue(!text.contains("Squat") && !text.contains("Clamshell"), text);
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
}
