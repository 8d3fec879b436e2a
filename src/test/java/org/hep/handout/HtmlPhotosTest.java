package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.TestPictures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML handout carries a clinic's photo as the PDF does: upright, small, without the phone's metadata. */
class HtmlPhotosTest {
    @TempDir
    Path dir;

    private Path plan(String picture, byte[] bytes) throws IOException {
        Files.write(dir.resolve(picture), bytes);
        return Files.writeString(dir.resolve("plan-" + picture + ".yaml"), "title: Photo plan\nexercises:\n"
                + "  - name: Wall squat\n    steps:\n      - Slide down the wall.\n"
                + "    image: " + picture + "\n    image_alt: A person against a wall.\n");
    }

    private byte[] html(Path plan) throws IOException {
        Path out = dir.resolve(plan.getFileName() + ".html");
        CliRun r = Hep.run("generate", plan.toString(), "--date", "2026-03-01", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        return Files.readAllBytes(out);
    }

    /** The picture the page shows, as its bytes, and its alt text. */
    private static Element img(byte[] html) {
        List<Element> imgs = Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8)).select("article img");
        assertEquals(1, imgs.size());
        return imgs.get(0);
    }

    private static byte[] data(Element img, String type) {
        String src = img.attr("src");
        assertTrue(src.startsWith("data:" + type + ";base64,"), src.substring(0, Math.min(40, src.length())));
        return Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
    }

    @Test
    void aPhonePhotoOfMegabytesAddsAFewHundredKilobytesAndTheSameBytesEveryTime() throws IOException {
        byte[] photo = TestPictures.withOrientation(TestPictures.jpeg(TestPictures.halves(4000, 3000, true), 0.97f), 1);
        assertTrue(photo.length > 2_500_000, "a phone-sized photo: " + photo.length);
        Path plan = plan("big.jpg", photo);
        byte[] page = html(plan);
        assertTrue(page.length < 600_000, "the HTML is " + page.length + " bytes");
        assertArrayEquals(page, html(plan), "the same input gives the same bytes");
        Element img = img(page);
        assertEquals("A person against a wall.", img.attr("alt"));
        byte[] shown = data(img, "image/jpeg");
        assertTrue(shown.length < photo.length / 5, shown.length + " of " + photo.length);
        assertEquals(-1, indexOf(shown, "Exif".getBytes()), "the phone's metadata is left out");
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(shown));
        assertTrue(pixels.getHeight() <= 1000, "at most 300 dpi for 20rem of height: " + pixels.getHeight());
        assertEquals(4000.0 / 3000, (double) pixels.getWidth() / pixels.getHeight(), 0.01, "aspect kept");
    }

    @Test
    void aPortraitPhotoStoredSidewaysShowsUprightAndLineArtStaysPng() throws IOException {
        byte[] photo = TestPictures.withOrientation(TestPictures.jpeg(TestPictures.halves(300, 200, false), 0.9f), 6);
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(data(img(html(plan("phone.jpg", photo))),
                "image/jpeg")));
        assertTrue(upright.getHeight() > upright.getWidth(), upright.getWidth() + "×" + upright.getHeight());
        assertTrue(TestPictures.reddish(upright.getRGB(upright.getWidth() / 2, upright.getHeight() / 5)), "red on top");
        BufferedImage disc = ImageIO.read(new ByteArrayInputStream(data(img(html(plan("disc.png",
                TestPictures.pngWithAlpha(90, 90)))), "image/png")));
        assertEquals(0, disc.getRGB(0, 0) >>> 24, "transparency kept");
    }

    @Test
    void damagedPictureDataIsRefusedByNameAndNoPageIsLeft() throws IOException {
        byte[] good = TestPictures.jpeg(TestPictures.halves(200, 160, true), 0.9f);
        Path plan = plan("cut.jpg", java.util.Arrays.copyOf(good, good.length * 2 / 3));
        Path out = dir.resolve("x.html");
        CliRun r = Hep.run("generate", plan.toString(), "-o", out.toString());
        // At the line that names the picture: its header was fine when the plan was read.
        assertEquals(List.of(plan + ":6:12: not a readable PNG or JPEG: cut.jpg: the picture data is damaged or cut"
                + " short; save the picture again"), r.errLines());
        assertEquals(1, r.exit());
        assertTrue(Files.notExists(out));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
