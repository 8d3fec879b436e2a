package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code -o} of summary, list and show may name and replace: text, never a handout, a plan or a binary file. */
class TextOutputsTest {
    @TempDir
    Path dir;

    @Test
    void aNameForAnotherKindOfFileIsAUsageError() throws Exception {
        String d = dir + "/";
        assertUsage("hep: -o " + d + "keep.pdf names a PDF, but this writes plain text (--format text); use -o " + d
                + "keep.txt", "summary", "it-band-syndrome", "-o", d + "keep.pdf");
        assertUsage("hep: -o " + d + "keep2.PDF names a PDF, but this writes plain text (--format text); use -o " + d
                + "keep2.txt", "show", "squat", "-o", d + "keep2.PDF");
        assertUsage("hep: -o " + d + "h.html names a web page, but this writes CSV (--format csv); use -o " + d
                + "h.csv", "summary", "it-band-syndrome", "--format", "csv", "-o", d + "h.html");
        assertUsage("hep: -o " + d + "h.htm names a web page, but this writes JSON (--format json); use -o " + d
                + "h.json", "list", "--format", "json", "-o", d + "h.htm");
        assertUsage("hep: -o " + d + "tp.yaml names a YAML file, but this writes plain text (--format text); use -o "
                + d + "tp.txt", "summary", "it-band-syndrome", "-o", d + "tp.yaml");
        assertUsage("hep: -o " + d + "x.json names a JSON file, but this writes CSV (--format csv); use -o " + d
                + "x.csv, or --format json", "summary", "it-band-syndrome", "--format", "csv", "-o", d + "x.json");
        assertUsage("hep: -o " + d + "x.md names a Markdown file, but this writes JSON (--format json); use -o " + d
                + "x.json", "list", "--format", "json", "-o", d + "x.md");
        assertUsage("hep: -o " + d + "x.csv names a CSV file, but this writes Markdown (--format markdown); use -o "
                + d + "x.md", "show", "squat", "--format", "markdown", "-o", d + "x.csv");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing written");
        }
    }

    @Test
    void aNameOfTheFormatsOwnKindOrOfNoKindIsWritten() throws Exception {
        for (String[] args : List.of(new String[] {"summary", "it-band-syndrome", "--format", "json", "-o", "s.json"},
                new String[] {"summary", "it-band-syndrome", "--format", "markdown", "-o", "s.md"},
                new String[] {"list", "--format", "csv", "-o", "l.csv"},
                new String[] {"show", "squat", "-o", "squat.txt"},
                new String[] {"show", "squat", "-o", "squat"})) {
            args[args.length - 1] = dir.resolve(args[args.length - 1]).toString();
            CliRun r = Hep.run(args);
            assertEquals(0, r.exit(), r.err());
            assertTrue(Files.size(Path.of(args[args.length - 1])) > 0);
        }
        // A summary replaces an earlier one.
        CliRun r = Hep.run("summary", "it-band-syndrome", "-o", dir.resolve("squat.txt").toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void aHandoutAPlanOrABinaryFileIsNeverReplacedWhateverItsName() throws Exception {
        Path pdf = dir.resolve("real.pdf");
        Hep.expectExit(0, Hep.run("generate", "it-band-syndrome", "-o", pdf.toString()));
        Path html = dir.resolve("real.html");
        Hep.expectExit(0, Hep.run("generate", "it-band-syndrome", "-o", html.toString()));
        Path handout = Files.copy(pdf, dir.resolve("handout.txt"));
        Path page = Files.copy(html, dir.resolve("page.txt"));
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), pdf);
        Path plan = Files.writeString(dir.resolve("plan.txt"), "# my plan\ntitle: Knee\nexercises: [{use: squat}]\n");
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        String end = ", not text; remove it or choose another name";
        assertKept(handout, handout + ": cannot write: the file there is a PDF" + end, "summary", "it-band-syndrome");
        assertKept(page, page + ": cannot write: the file there is an HTML page" + end, "show", "squat");
        assertKept(link, link + ": cannot write: the file there is a PDF" + end, "list");
        assertKept(plan, plan + ": cannot write: the file there is a YAML plan, exercise, template or settings file"
                + end, "summary", "it-band-syndrome", "--format", "json");
        assertKept(binary, binary + ": cannot write: the file there is not text; remove it or choose another name",
                "list", "exercises");
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aPageOrPictureBehindACommentIsStillKeptAndANoteWithAColonIsStillText() throws Exception {
        Path html = dir.resolve("real.html");
        Hep.expectExit(0, Hep.run("generate", "it-band-syndrome", "-o", html.toString()));
        // As a browser's "save page" and Inkscape write them: a comment (and a declaration) first.
        Path saved = Files.writeString(dir.resolve("saved.txt"), "<!-- saved from url=(0014)about:internet -->\n"
                + Files.readString(html));
        Path svg = Files.writeString(dir.resolve("drawing.txt"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!-- Created with Inkscape (http://www.inkscape.org/) -->\n\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Path template = Files.writeString(dir.resolve("clinic.txt"), "extends: standard\n");
        String end = ", not text; remove it or choose another name";
        assertKept(saved, saved + ": cannot write: the file there is an HTML page" + end, "summary", "it-band-syndrome");
        assertKept(svg, svg + ": cannot write: the file there is an SVG picture" + end, "summary", "it-band-syndrome");
        assertKept(template, template + ": cannot write: the file there is a YAML plan, exercise, template or settings"
                + " file" + end, "summary", "it-band-syndrome");
        // A note that starts like a key, a single setting-like line, and Notepad's UTF-16 are text.
        for (byte[] text : new byte[][] {"title: meeting\ndate: monday\n".getBytes(StandardCharsets.UTF_8),
                "name: Bob\nphone: 555\n".getBytes(StandardCharsets.UTF_8), "size: 12\n".getBytes(StandardCharsets.UTF_8),
                "\uFEFFnotes from Monday\n".getBytes(StandardCharsets.UTF_16LE)}) {
            Path note = Files.write(dir.resolve("note.txt"), text);
            Hep.expectExit(0, Hep.run("summary", "it-band-syndrome", "-o", note.toString()));
            assertTrue(Files.readString(note).startsWith("IT Band Syndrome"), Files.readString(note));
        }
    }

    private static void assertUsage(String message, String... args) {
        CliRun r = Hep.run(args);
        assertEquals(message + "\n", r.err());
        assertEquals(2, r.exit());
        assertEquals("", r.stdout());
    }

    private void assertKept(Path file, String message, String... args) throws Exception {
        byte[] before = Files.readAllBytes(file);
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "-o";
        all[args.length + 1] = file.toString();
        CliRun r = Hep.run(all);
        assertEquals(message + "\n", r.err());
        assertEquals(3, r.exit());
        assertArrayEquals(before, Files.readAllBytes(file), "file kept");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".hep-")), "no temporary file");
        }
        assertEquals("", new String(r.out(), StandardCharsets.UTF_8));
    }
}
