package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large photos in a small heap, as hep runs in a container: the web page decodes a photo for
 * the size it is shown at, as the PDF does; a photo the heap cannot hold is named; a batch of
 * web pages waits for memory instead of failing rows. Run as real processes with a heap limit.
 */
class PictureMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aLargePhotoInTheWebPageIsDecodedForTheSizeItIsShownAt() throws Exception {
        png(dir.resolve("big.png"), 6300, 6300);
        Path plan = plan("big.png");
        // 40 million pixels decoded in full take some 280 MB; for a 320-pixel-high box, a tenth of that.
        Run r = hep("-Xmx192m", "generate", plan.toString(), "-o", dir.resolve("big.html").toString());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void aPhotoTheHeapCannotHoldIsNamedAndNoPageIsLeft() throws Exception {
        Path wide = png(dir.resolve("wide.png"), 9199, 3999);
        Path plan = plan("wide.png");
        Path html = dir.resolve("wide.html");
        Run r = hep("-Xmx128m", "generate", plan.toString(), "-o", html.toString());
        assertEquals(wide + ": not enough memory to decode this picture; save it smaller (a few million pixels print"
                + " sharp), or give hep more memory (HEP_JAVA_OPTS=-Xmx1g)\n", r.err());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(html));
    }

    @Test
    void aBatchOfWebPagesWithLargePhotosWaitsForMemoryInsteadOfFailingRows() throws Exception {
        png(dir.resolve("wide.png"), 9199, 3999);
        plan("wide.png");
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,output\nplan.yaml,a.html\nplan.yaml,b.html\n");
        Run r = hep("-Xmx640m", "batch", m.toString(), "--out-dir", dir.resolve("out").toString(), "--jobs", "2");
        assertEquals("2 written, 0 failed\n", r.err());
        assertEquals(0, r.exit());
        assertTrue(Files.size(dir.resolve("out/b.html")) > 0);
    }

    private Path plan(String picture) throws IOException {
        return Files.writeString(dir.resolve("plan.yaml"), "title: Photo\nexercises:\n  - {name: A, steps: [Lift.],"
                + " image: " + picture + ", image_alt: A photo.}\n");
    }

    private record Run(int exit, String err) {
    }

    private Run hep(String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), "org.hep.cli.Main"));
        cmd.addAll(List.of(args));
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        int exit = p.waitFor();
        return new Run(exit, Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A black RGB PNG of any size, written row by row: a few kilobytes on disk, millions of pixels decoded. */
    private static Path png(Path file, int w, int h) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
            byte[] row = new byte[1 + 3 * w];
            for (int y = 0; y < h; y++) {
                z.write(row);
            }
        }
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(header);
        d.writeInt(w);
        d.writeInt(h);
        d.write(new byte[] {8, 2, 0, 0, 0});
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
