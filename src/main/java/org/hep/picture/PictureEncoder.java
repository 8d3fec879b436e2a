package org.hep.picture;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.hep.model.JpegInfo;

/**
 * Turns a picture file into what the PDF stores: decoded in full (a truncated or lying file is
 * refused rather than drawn half blank), turned upright by its EXIF orientation, reduced to at
 * most 300 dpi at the size it is drawn, and encoded again: JPEG for photos, lossless for line
 * art and pictures with transparency. A phone photo adds tens of kilobytes, not megabytes; the
 * new file carries none of the original's metadata (a phone writes where the photo was taken);
 * all arithmetic is in integers, so the same input gives the same bytes on any JDK.
 */
public final class PictureEncoder {
    static final int DPI = 300;
    /** More distinct colours than this in a picture without transparency: a photo, stored as JPEG. */
    static final int PHOTO_COLOURS = 4096;
    static final float JPEG_QUALITY = 0.85f;

    /** A picture ready to store: JPEG bytes for a photo, else a small image to store losslessly. */
    public record Encoded(byte[] jpeg, BufferedImage lossless) {
        long bytes() {
            return jpeg != null ? jpeg.length : 4L * lossless.getWidth() * lossless.getHeight();
        }

        /** The picture as a file's bytes: the JPEG, or the lossless image as PNG. */
        public byte[] fileBytes() {
            if (jpeg != null) {
                return jpeg.clone();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(lossless, "png", out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e); // writing to memory does not fail
            }
            return out.toByteArray();
        }

        /** {@code image/jpeg} or {@code image/png}, for {@link #fileBytes()}. */
        public String mediaType() {
            return jpeg != null ? "image/jpeg" : "image/png";
        }
    }

    /** The picture data does not decode in full. */
    static final class Damaged extends Exception {
        Damaged(String why, Throwable cause) {
            super(why, cause);
        }
    }

    private PictureEncoder() {
    }

    /** The pixels worth keeping for a picture drawn {@code points} wide: 300 per inch, at least one. */
    public static int pixelsFor(float points) {
        return Math.max(1, (int) Math.ceil(points / 72f * DPI));
    }

    /** @param maxW maxH the largest size worth keeping, upright, in pixels */
    static Encoded encode(Path path, int maxW, int maxH) throws Damaged, IOException {
        JpegInfo info;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            info = JpegInfo.read(in);
        }
        boolean jpeg = info.components() > 0;
        Pixels p = decode(path, info, info.quarterTurn() ? maxH : maxW, info.quarterTurn() ? maxW : maxH);
        p = Orientation.upright(p, info.orientation());
        double scale = Math.min(1.0, Math.min((double) maxW / p.width(), (double) maxH / p.height()));
        p = p.boxScaled(Math.max(1, (int) Math.round(p.width() * scale)), Math.max(1, (int) Math.round(p.height() * scale)));
        boolean alpha = p.hasAlpha();
        if (!alpha && (jpeg || distinctColours(p) > PHOTO_COLOURS)) {
            return new Encoded(jpeg(p.image(false)), null);
        }
        return new Encoded(null, p.image(alpha));
    }

    /**
     * Decodes at a reduced size when the file is much larger than needed (subsampling keeps
     * memory near twice the final size), and refuses data that ends early or is corrupt. A CMYK
     * JPEG is read as its stored samples and turned into sRGB by {@link Cmyk}.
     */
    private static Pixels decode(Path path, JpegInfo info, int needW, int needH) throws Damaged, IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Damaged("not a PNG or JPEG", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                Set<String> warnings = new HashSet<>();
                reader.addIIOReadWarningListener((source, warning) -> {
                    // A broken colour profile is dropped and the pixels read as sRGB, as browsers show them
                    // (and as a PNG's profile is never read): the picture itself is whole.
                    if (!warning.contains("color profile")) {
                        warnings.add(warning);
                    }
                });
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                int step = step(w, h, needW, needH);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                Pixels pixels = info.components() == 4 ? Cmyk.toRgb(reader.readRaster(0, param), info.adobe())
                        : Pixels.of(reader.read(0, param));
                if (!warnings.isEmpty()) {
                    throw new Damaged(warnings.iterator().next(), null);
                }
                return pixels;
            } catch (IOException | RuntimeException e) {
                throw new Damaged("picture data is damaged", e);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * The subsampling step for a {@code w × h} picture kept at most {@code needW × needH}. The
     * tighter side sets the printed size (a photo in a wide box is as tall as the box), so the
     * step comes from that side; both sides still decode at twice their printed pixels or more.
     */
    static int step(int w, int h, int needW, int needH) {
        return Math.max(1, Math.max(w / (2 * needW), h / (2 * needH)));
    }

    /** Pixels decoded for a {@code w × h} picture kept at most {@code maxW × maxH}, either way up. */
    public static long decodedPixels(int w, int h, int maxW, int maxH) {
        return Math.max(decoded(w, h, maxW, maxH), decoded(w, h, maxH, maxW));
    }

    private static long decoded(int w, int h, int needW, int needH) {
        int step = step(w, h, needW, needH);
        return (long) ((w + step - 1) / step) * ((h + step - 1) / step);
    }

    private static int distinctColours(Pixels p) {
        Set<Integer> colours = new HashSet<>();
        for (int argb : p.argb()) {
            if (colours.add(argb & 0xFFFFFF) && colours.size() > PHOTO_COLOURS) {
                break;
            }
        }
        return colours.size();
    }

    private static byte[] jpeg(BufferedImage rgb) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(rgb, null, null), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    /** Samples as 8-bit sRGB whatever the file stored: 16-bit, grey, palette, with or without alpha. */
    static int[] argb(BufferedImage image) {
        Raster r = image.getRaster();
        ColorModel cm = image.getColorModel();
        int w = image.getWidth();
        int h = image.getHeight();
        int bands = r.getNumBands();
        int[] out = new int[w * h];
        int[] row = new int[w * bands];
        for (int y = 0; y < h; y++) {
            r.getPixels(0, y, w, 1, row);
            for (int x = 0; x < w; x++) {
                out[y * w + x] = pixel(cm, r, row, x * bands, bands);
            }
        }
        return out;
    }

    private static int pixel(ColorModel cm, Raster r, int[] row, int at, int bands) {
        if (cm instanceof IndexColorModel icm) {
            return icm.getRGB(row[at]);
        }
        int[] v = new int[bands];
        for (int b = 0; b < bands; b++) {
            int bits = r.getSampleModel().getSampleSize(b);
            v[b] = bits == 8 ? row[at + b] : bits > 8 ? row[at + b] >>> (bits - 8) : row[at + b] * 255 / ((1 << bits) - 1);
        }
        boolean grey = bands <= 2;
        int alpha = cm.hasAlpha() ? v[bands - 1] : 255;
        int red = v[0];
        int green = grey ? v[0] : v[1];
        int blue = grey ? v[0] : v[2];
        return alpha << 24 | red << 16 | green << 8 | blue;
    }
}
