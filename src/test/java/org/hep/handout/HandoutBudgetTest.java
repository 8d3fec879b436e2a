package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one handout may expand to is capped, and the cap is checked before any page is laid out. */
class HandoutBudgetTest {
    @TempDir
    Path dir;

    @Test
    void aHundredLongExercisesAreRefusedBeforeLayout() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        StringBuilder big = new StringBuilder("name: Long one\nsteps:\n");
        for (int i = 0; i < 90; i++) {
            big.append("  - ").append("Keep your back straight and breathe. ".repeat(120)).append('\n');
        }
        Path one = Files.writeString(lib.resolve("long-0.yaml"), big);
        StringBuilder plan = new StringBuilder("title: Expanding plan\nexercises:\n  - use: long-0\n");
        for (int i = 1; i < 100; i++) {
            // A plan uses each exercise once: the same file under a hundred names (links, not copies).
            Files.createLink(lib.resolve("long-" + i + ".yaml"), one);
            plan.append("  - use: long-").append(i).append('\n');
        }
        Path p = Files.writeString(dir.resolve("plan.yaml"), plan);
        CliRun r = Hep.run("generate", p.toString(), "--library", lib.toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(List.of(p + ": the handout would hold 39,951,814 characters in 9,601 paragraphs, steps and other"
                + " items; the most is 60,000 characters and 1,500 items (check for very long exercises)"), r.errLines());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    /** A plan whose three exercises show {@code pictures}. */
    private Path plan(String... pictures) throws Exception {
        StringBuilder plan = new StringBuilder("title: Pictures\nexercises:\n");
        for (String p : pictures) {
            plan.append("  - name: Move ").append(p).append("\n    steps:\n      - Go.\n    image: ").append(p)
                    .append("\n    image_alt: A move.\n");
        }
        return Files.writeString(dir.resolve("plan.yaml"), plan);
    }

    @Test
    void onePictureNamedThroughManyLinksCountsOnceButManyLargeOnesAreRefused() throws Exception {
        // 36 million pixels, one bit each: a few KB on disk, the largest kind of picture a handout may hold.
        BufferedImage huge = new BufferedImage(6000, 6000, BufferedImage.TYPE_BYTE_BINARY);
        Files.write(dir.resolve("big.png"), TestPictures.png(huge));
        for (String link : List.of("a.png", "b.png", "c.png")) {
            Files.createSymbolicLink(dir.resolve(link), Path.of("big.png"));
        }
        CliRun once = Hep.run("generate", plan("a.png", "b.png", "c.png").toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(0, once.exit(), once.err());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(dir.resolve("x.pdf").toFile())) {
            java.util.Set<Object> images = new java.util.HashSet<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images.add(page.getResources().getXObject(name).getCOSObject());
                }
            }
            // Once at card size, once larger where a card draws it into the gap the next card leaves
            // (moving whole to the next page), once smaller for the plan-at-a-glance thumbnail: never
            // once per link.
            assertEquals(3, images.size(), "the picture is stored once per size it is drawn at");
        }
        for (String copy : List.of("d.png", "e.png", "f.png")) {
            Files.copy(dir.resolve("big.png"), dir.resolve(copy));
        }
        Path p = plan("d.png", "e.png", "f.png");
        CliRun many = Hep.run("generate", p.toString(), "-o", dir.resolve("y.pdf").toString());
        assertEquals(List.of(p + ": the handout's pictures add up to 108 million pixels; the most is 100 million"
                + " (make the pictures smaller)"), many.errLines());
        assertEquals(1, many.exit());
    }

    @Test
    void aPictureFileLargerThanTheCapIsRefusedBeforeItIsRead() throws Exception {
        Path png = dir.resolve("padded.png");
        Files.write(png, TestPictures.png(TestPictures.halves(20, 20, false)));
        try (RandomAccessFile f = new RandomAccessFile(png.toFile(), "rw")) {
            f.setLength(40L << 20); // a valid PNG followed by 40 MB of zeros (sparse: costs no disk)
        }
        Path p = plan("padded.png");
        CliRun r = Hep.run("generate", p.toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(List.of(p + ":6:12: image file is larger than 32 MB: padded.png"), r.errLines());
        assertEquals(1, r.exit());
    }

    @Test
    void aPictureOverTheTotalPixelCapAloneIsNamed() throws Exception {
        BufferedImage tooBig = new BufferedImage(8000, 6000, BufferedImage.TYPE_BYTE_BINARY);
        Files.write(dir.resolve("huge.png"), TestPictures.png(tooBig));
        Path p = plan("huge.png");
        CliRun r = Hep.run("validate", p.toString());
        assertTrue(r.err().contains(p + ":6:12: image file is too large (8000×6000 pixels; the most is 40 million): "
                + "huge.png"), r.err());
    }
}
