package org.hep.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs that are not plain files are handled the way a Unix tool would, never replaced by a PDF. */
class OutputTargetTest {
    private static final String PLAN = "src/test/resources/bad/support/ok-plan.yaml";
    private static final byte[] OLD = "%PDF-1.7 yesterday's handout".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static CliRun generate(String output) {
        return Hep.run("generate", PLAN, "--date", "2026-03-01", "-o", output);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        Assumptions.assumeTrue(p.exitValue() == 0, () -> String.join(" ", cmd) + ": " + out);
    }

    @Test
    void aCharacterDeviceIsWrittenThroughAndStaysADevice() throws Exception {
        Path device = dir.resolve("null");
        run("mknod", device.toString(), "c", "1", "3");
        CliRun r = generate(device.toString());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
        assertTrue((Integer) Files.getAttribute(device, "unix:mode") >> 12 == 2, "still a character device");
        assertEquals(List.of("null"), names());
    }

    @Test
    void aFifoIsStreamedToAndItsReaderGetsTheWholePdf() throws Exception {
        Path fifo = dir.resolve("pipe");
        run("mkfifo", fifo.toString());
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun r = generate(fifo.toString());
        assertEquals(0, r.exit(), r.err());
        byte[] got = reader.get(30, TimeUnit.SECONDS);
        assertEquals("%PDF-", new String(got, 0, 5, StandardCharsets.US_ASCII));
        assertTrue(new String(got, StandardCharsets.ISO_8859_1).stripTrailing().endsWith("%%EOF"), "the whole PDF");
        assertEquals(1, (Integer) Files.getAttribute(fifo, "unix:mode") >> 12, "still a FIFO");
        assertEquals(List.of("pipe"), names());
    }

    @Test
    void aSymlinkIsFollowedItsTargetReplacedAndTheLinkKept() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path target = Files.write(real.resolve("handout.pdf"), OLD);
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), Path.of("real/handout.pdf"));
        CliRun r = generate(link.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("%PDF-", new String(Files.readAllBytes(target), 0, 5, StandardCharsets.US_ASCII));
        assertEquals(List.of("handout.pdf"), Files.list(real).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aDanglingSymlinkGetsItsTargetCreated() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), Path.of("new.pdf"));
        CliRun r = generate(link.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isRegularFile(dir.resolve("new.pdf"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aSymlinkToAFileThatIsNotAPdfIsRefusedAndTheFileKept() throws Exception {
        String account = "root:x:0:0:root:/root:/bin/bash\n";
        Path victim = Files.writeString(dir.resolve("passwd"), account);
        Path link = Files.createSymbolicLink(dir.resolve("handout.pdf"), Path.of("passwd"));
        CliRun r = generate(link.toString());
        assertEquals(List.of(link + ": cannot write: the file there is not a PDF; remove it or choose another name"),
                r.errLines());
        assertEquals(3, r.exit());
        assertEquals(account, Files.readString(victim));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of("handout.pdf", "passwd"), names(), "no temporary file is left");
    }

    @Test
    void aHandoutReplacesOnlyAFileOfItsOwnKindOrAnEmptyOne() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Ana: knee better\n");
        CliRun r = generate(notes.toString());
        assertEquals(List.of(notes + ": cannot write: the file there is not a PDF; remove it or choose another name"),
                r.errLines());
        assertEquals(3, r.exit());
        assertEquals("Ana: knee better\n", Files.readString(notes));

        Path page = Files.writeString(dir.resolve("page.html"), "\uFEFF  <!doctype HTML><title>last week</title>");
        Path pageLink = Files.createSymbolicLink(dir.resolve("page-link.pdf"), page.getFileName());
        CliRun pdfOverHtml = Hep.run("generate", PLAN, "--date", "2026-03-01", "-o", pageLink.toString());
        assertEquals(List.of(pageLink + ": cannot write: the file there is not a PDF; remove it or choose another name"),
                pdfOverHtml.errLines());
        Files.delete(pageLink);
        CliRun htmlOverHtml = generate(page.toString());
        assertEquals(0, htmlOverHtml.exit(), htmlOverHtml.err());
        assertTrue(Files.readString(page).startsWith("<!DOCTYPE html>"));

        Path pdf = Files.write(dir.resolve("old.pdf"), OLD);
        Path pdfLink = Files.createSymbolicLink(dir.resolve("old-link.html"), pdf.getFileName());
        CliRun htmlOverPdf = Hep.run("generate", PLAN, "--date", "2026-03-01", "-o", pdfLink.toString());
        assertEquals(List.of(pdfLink + ": cannot write: the file there is not an HTML page; remove it or choose another "
                + "name"), htmlOverPdf.errLines());
        assertArrayEquals(OLD, Files.readAllBytes(pdf));
        Files.delete(pdfLink);

        Path empty = Files.createFile(dir.resolve("mktemp.pdf"));
        assertEquals(0, generate(empty.toString()).exit());
        assertEquals("%PDF-", new String(Files.readAllBytes(empty), 0, 5, StandardCharsets.US_ASCII));
        assertEquals(List.of("mktemp.pdf", "notes.txt", "old.pdf", "page.html"), names());
    }

    @Test
    void aReadOnlyFileIsRefusedEvenForRoot() throws Exception {
        Path target = Files.write(dir.resolve("handout.pdf"), OLD);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        CliRun r = generate(target.toString());
        assertEquals(List.of(target + ": cannot write: the file is read-only; make it writable or choose another name"),
                r.errLines());
        assertEquals(3, r.exit());
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of("handout.pdf"), names());
    }

    @Test
    void anEmptyOutputNameIsAUsageError() {
        CliRun r = generate("");
        assertEquals(List.of("hep: -o: the output file name is empty; give a file name, or - for stdout"), r.errLines());
        assertEquals(2, r.exit());
        CliRun s = Hep.run("summary", PLAN, "-o", "");
        assertEquals(2, s.exit());
    }

    @Test
    void theOutputCannotBeThePlanItReadsHoweverItIsSpelt() throws Exception {
        Path plan = Files.copy(Path.of(PLAN), dir.resolve("plan.yaml"));
        byte[] before = Files.readAllBytes(plan);
        Path hardLink = Files.createLink(dir.resolve("same.pdf"), plan);
        Path symlink = Files.createSymbolicLink(dir.resolve("alias.pdf"), plan);
        for (Path out : List.of(plan, dir.resolve("./plan.yaml"), hardLink, symlink)) {
            CliRun r = Hep.run("generate", plan.toString(), "-o", out.toString());
            assertEquals(List.of("hep: -o: " + out + ": this is also an input of this run (" + plan
                    + "); choose another output file"), r.errLines());
            assertEquals(2, r.exit());
            assertArrayEquals(before, Files.readAllBytes(plan));
        }
        CliRun summary = Hep.run("summary", plan.toString(), "-o", plan.toString());
        assertEquals(2, summary.exit(), summary.err());
        assertArrayEquals(before, Files.readAllBytes(plan));
    }

    @Test
    void theOutputCannotBeATemplatePictureOrFontTheRunReads() throws Exception {
        Path bad = Path.of("src/test/resources/bad/support");
        Path picture = Files.copy(bad.resolve("one-pixel.png"), dir.resolve("logo.png"));
        Path template = Files.writeString(dir.resolve("clinic.yaml"),
                "extends: standard\nclinic:\n  name: Harbour\n  logo: logo.png\n");
        for (Path out : List.of(template, picture)) {
            byte[] before = Files.readAllBytes(out);
            CliRun r = Hep.run("generate", PLAN, "--template", template.toString(), "-o", out.toString());
            assertEquals(2, r.exit(), r.err());
            assertArrayEquals(before, Files.readAllBytes(out));
        }
    }
}
