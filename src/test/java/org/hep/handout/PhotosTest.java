package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinic's own photo prints upright, small and the same every time; a broken one is refused by name. */
class PhotosTest {
    @TempDir
    Path dir;

    /** A plan with one exercise showing {@code picture}, written next to it. */
    private Path plan(String picture, byte[] bytes) throws IOException {
        Files.write(dir.resolve(picture), bytes);
        return Files.writeString(dir.resolve("plan-" + picture + ".yaml"), "title: Photo plan\nexercises:\n"
                + "  - name: Wall squat\n    steps:\n      - Slide down the wall.\n"
                + "    image: " + picture + "\n    image_alt: A person against a wall.\n");
    }

    private byte[] generate(Path plan) throws IOException {
        Path pdf = dir.resolve(plan.getFileName() + ".pdf");
        CliRun r = Hep.run("generate", plan.toString(), "--date", "2026-03-01", "-o", pdf.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        return Files.readAllBytes(pdf);
    }

    private static List<PDImageXObject> images(PDDocument doc) throws IOException {
        List<PDImageXObject> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
                    out.add(img);
                }
            }
        }
        return out;
    }

    @Test
    void aPortraitPhonephotoStoredSidewaysPrintsUpright() throws IOException {
        // Stored 300×200 with the red half on the left; orientation 6 means "turn 90° clockwise to view".
        byte[] photo = TestPictures.withOrientation(TestPictures.jpeg(TestPictures.halves(300, 200, false), 0.9f), 6);
        try (PDDocument doc = Loader.loadPDF(generate(plan("phone.jpg", photo)))) {
            PDImageXObject img = images(doc).get(0);
            assertTrue(img.getHeight() > img.getWidth(), img.getWidth() + "×" + img.getHeight() + " is upright");
            BufferedImage pixels = img.getImage();
            assertTrue(TestPictures.reddish(pixels.getRGB(pixels.getWidth() / 2, pixels.getHeight() / 5)), "red on top");
            assertTrue(TestPictures.bluish(pixels.getRGB(pixels.getWidth() / 2, pixels.getHeight() * 4 / 5)), "blue below");
        }
    }

    @Test
    void aBigPhotoIsReducedTo300DpiAndReencodedTheSameEveryTime() throws IOException {
        byte[] photo = TestPictures.jpeg(TestPictures.halves(4000, 3000, true), 0.95f);
        assertTrue(photo.length > 2_000_000, "a phone-sized photo: " + photo.length);
        Path plan = plan("big.jpg", photo);
        byte[] pdf = generate(plan);
        assertTrue(pdf.length < 200_000, "the PDF is " + pdf.length + " bytes");
        assertArrayEquals(pdf, generate(plan), "the same input gives the same bytes");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDImageXObject img = images(doc).get(0);
            assertEquals(List.of(COSName.DCT_DECODE), img.getStream().getFilters(), "a photo stays a JPEG");
            assertTrue(img.getWidth() < 1200, "at most 300 dpi at the drawn size, found " + img.getWidth());
            assertEquals(4000.0 / 3000, (double) img.getWidth() / img.getHeight(), 0.01, "aspect kept");
        }
    }

    @Test
    void sixteenBitAndTransparentPngsComeOutAsEightBitSrgbAndStayLossless() throws IOException {
        try (PDDocument doc = Loader.loadPDF(generate(plan("deep.png", TestPictures.png16(80, 60))))) {
            PDImageXObject img = images(doc).get(0);
            assertEquals(8, img.getBitsPerComponent());
            assertEquals(COSName.DEVICERGB.getName(), img.getColorSpace().getName());
            assertTrue(TestPictures.reddish(img.getImage().getRGB(10, 30)));
        }
        try (PDDocument doc = Loader.loadPDF(generate(plan("disc.png", TestPictures.pngWithAlpha(90, 90))))) {
            PDImageXObject img = images(doc).get(0);
            assertEquals(List.of(COSName.FLATE_DECODE), img.getStream().getFilters(), "line art is not turned into JPEG");
            assertTrue(img.getCOSObject().containsKey(COSName.SMASK), "transparency kept");
        }
    }

    /**
     * A file no code of ours wrote: ImageMagick's {@code convert base.png -colorspace CMYK} of a
     * red-to-blue gradient (Adobe YCCK, as libjpeg stores CMYK). ImageMagick, browsers and print
     * software show it red at the top and blue at the bottom; so must the handout.
     */
    @Test
    void aCmykJpegFromImageMagickKeepsItsColours() throws IOException {
        byte[] jpeg = Files.readAllBytes(Path.of("src/test/resources/fixtures/photos/imagemagick-ycck.jpg"));
        try (PDDocument doc = Loader.loadPDF(generate(plan("magick.jpg", jpeg)))) {
            BufferedImage pixels = images(doc).get(0).getImage();
            int top = pixels.getRGB(pixels.getWidth() / 2, 1);
            int bottom = pixels.getRGB(pixels.getWidth() / 2, pixels.getHeight() - 2);
            assertTrue(TestPictures.reddish(top), "red at the top, found " + Integer.toHexString(top));
            assertTrue(TestPictures.bluish(bottom), "blue at the bottom, found " + Integer.toHexString(bottom));
        }
    }

    /**
     * A JPEG (written by ImageMagick) whose embedded colour profile is broken: the pixels are whole,
     * browsers show it, so it prints with the profile dropped, not refused as damaged.
     */
    @Test
    void aJpegWithABrokenColourProfilePrints() throws IOException {
        byte[] jpeg = Files.readAllBytes(Path.of("src/test/resources/fixtures/photos/broken-profile.jpg"));
        try (PDDocument doc = Loader.loadPDF(generate(plan("profile.jpg", jpeg)))) {
            BufferedImage pixels = images(doc).get(0).getImage();
            int top = pixels.getRGB(pixels.getWidth() / 2, 1);
            assertTrue(TestPictures.reddish(top), "red at the top, found " + Integer.toHexString(top));
        }
    }

    @Test
    void cmykAndYcckJpegsFromPrintWorkflowsComeOutAsSrgb() throws IOException {
        for (boolean ycck : new boolean[] {false, true}) {
            String name = ycck ? "ycck.jpg" : "cmyk.jpg";
            try (PDDocument doc = Loader.loadPDF(generate(plan(name, TestPictures.cmykJpeg(160, 120, ycck))))) {
                PDImageXObject img = images(doc).get(0);
                assertEquals(COSName.DEVICERGB.getName(), img.getColorSpace().getName(), name);
                BufferedImage pixels = img.getImage();
                assertTrue(TestPictures.reddish(pixels.getRGB(pixels.getWidth() / 5, pixels.getHeight() / 2)),
                        name + ": red ink on the left, found " + Integer.toHexString(pixels.getRGB(pixels.getWidth() / 5,
                                pixels.getHeight() / 2)));
                assertTrue(TestPictures.bluish(pixels.getRGB(pixels.getWidth() * 4 / 5, pixels.getHeight() / 2)),
                        name + ": blue ink on the right");
            }
        }
    }

    @Test
    void truncatedOrLyingJpegsAreRefusedByName() throws IOException {
        byte[] good = TestPictures.jpeg(TestPictures.halves(200, 160, true), 0.9f);
        byte[] cut = java.util.Arrays.copyOf(good, good.length * 2 / 3);
        byte[] lying = TestPictures.lyingHeight(good, 1600);
        for (var c : List.of(List.of("cut.jpg", cut), List.of("lying.jpg", lying))) {
            String name = (String) c.get(0);
            Path plan = plan(name, (byte[]) c.get(1));
            CliRun r = Hep.run("generate", plan.toString(), "-o", dir.resolve("x.pdf").toString());
            assertEquals(List.of(plan + ":6:12: not a readable PNG or JPEG: " + name + ": the picture data is damaged"
                    + " or cut short; save the picture again"), r.errLines(), name);
            assertEquals(1, r.exit());
            assertTrue(Files.notExists(dir.resolve("x.pdf")));
        }
    }
}
