package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two outputs of one run, or an output and an input, that are one file only once links are
 * followed, or only as the shell opened standard output: refused before either is written, so
 * no handout, plan or sheet is overwritten by another output of the same run.
 */
class OutputCollisionTest {
    @TempDir
    Path dir;

    /** A link in --out-dir to where the report goes, not there yet: the handout would be replaced by the report. */
    @Test
    void aRowWhoseHandoutWouldLandOnTheReportThroughALinkFails() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("x.pdf"), Path.of("r.csv"));
        Path m = Hep.write(dir, "m.csv", "plan,output\ntennis-elbow,x.pdf\ntennis-elbow,y.pdf\n");
        Path report = out.resolve("r.csv");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--report", report.toString());
        assertEquals(List.of(m + ":2: output " + out.resolve("x.pdf") + " is the file the report of this run goes to"
                + " (--report); give this row another 'output'", "1 written, 1 failed"), r.errLines());
        assertEquals(1, r.exit());
        String csv = Files.readString(report);
        assertTrue(csv.contains("failed") && csv.contains("written"), csv);
        assertTrue(Files.isSymbolicLink(out.resolve("x.pdf")), "the link is left as it was");
        assertEquals("%PDF-", new String(Files.readAllBytes(out.resolve("y.pdf")), 0, 5, StandardCharsets.US_ASCII));
    }

    /** The report, a link to a handout of the run not made yet: the report would replace the handout. */
    @Test
    void aReportLinkedToARowsHandoutMakesThatRowFail() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path report = Files.createSymbolicLink(dir.resolve("r.csv"), out.resolve("a.pdf"));
        Path m = Hep.write(dir, "m.csv", "plan,output\ntennis-elbow,a.pdf\n");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--report", report.toString());
        assertEquals(List.of(m + ":2: output " + out.resolve("a.pdf") + " is the file the report of this run goes to"
                + " (--report); give this row another 'output'", "0 written, 1 failed"), r.errLines());
        assertEquals(1, r.exit());
        String there = Files.readString(out.resolve("a.pdf"));
        assertTrue(there.contains("failed") && !there.startsWith("%PDF"), "the report, and no handout, is there: " + there);
    }

    /** The contact sheet, a link to one of the SVG files the same run writes. */
    @Test
    void aSheetThatIsOneOfTheSvgFilesIsRefusedBeforeEitherIsWritten() throws IOException {
        Path svg = Files.createDirectories(dir.resolve("svg"));
        Path sheet = Files.createSymbolicLink(dir.resolve("sheet.pdf"), svg.resolve("squat.svg"));
        CliRun r = Hep.run("figures", "squat", "--sheet", sheet.toString(), "--svg", svg.toString());
        assertEquals(List.of("hep: --sheet " + sheet + ": this is the same file as " + svg.resolve("squat.svg")
                + " (--svg); give the contact sheet another name"), r.errLines());
        assertEquals(2, r.exit());
        assertFalse(Files.exists(svg.resolve("squat.svg")), "nothing written");
    }

    /**
     * Standard output opened by the shell on the plan itself, without emptying it ({@code >>} or
     * {@code 1<>}): refused as {@code -o plan.yaml} is, and the plan is left as it was.
     */
    @Test
    void standardOutputThatIsThePlanIsRefused() throws Exception {
        byte[] yaml = Files.readAllBytes(Path.of("plans/tennis-elbow.yaml"));
        for (List<String> command : List.of(List.of("generate", "tennis-elbow.yaml", "-o", "-"),
                List.of("summary", "tennis-elbow.yaml", "--format", "json"))) {
            Path plan = dir.resolve("tennis-elbow.yaml");
            Files.write(plan, yaml);
            Process p = hep(command).redirectOutput(ProcessBuilder.Redirect.appendTo(plan.toFile())).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals("hep: standard output is also an input of this run (tennis-elbow.yaml); send it to another file,"
                    + " or use -o FILE\n", err, command.toString());
            assertEquals(2, p.exitValue(), command.toString());
            assertArrayEquals(yaml, Files.readAllBytes(plan), command + ": the plan is unchanged");
        }
        // Another file, or a pipe, is written as before.
        Path other = dir.resolve("other.json");
        Process p = hep(List.of("summary", "tennis-elbow.yaml", "--format", "json"))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(other.toFile())).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(Files.readString(other).startsWith("{"));
    }

    private ProcessBuilder hep(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.hep.cli.Main"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().remove("SOURCE_DATE_EPOCH");
        return pb;
    }
}
