package org.hep.testing;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Pictures made by the tests themselves: phone-like JPEGs, 16-bit and transparent PNGs, damaged files. */
public final class TestPictures {
    private TestPictures() {
    }

    /** Left half red, right half blue; with {@code noise}, every pixel jittered like a photo's grain. */
    public static BufferedImage halves(int w, int h, boolean noise) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int base = x < w / 2 ? 0xD02020 : 0x2020D0;
                int j = noise ? r.nextInt(24) : 0;
                img.setRGB(x, y, base + (j << 16) + (j << 8) + j);
            }
        }
        return img;
    }

    public static byte[] jpeg(BufferedImage img, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream s = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(s);
                writer.write(null, new IIOImage(img, null, null), p);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JPEG with an EXIF APP1 segment right after its start marker saying {@code orientation}. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.putShort((short) 0xFFE1).putShort((short) (exif.capacity() - 2));
        exif.put(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        exif.put(new byte[] {'M', 'M', 0, 42}).putInt(8);             // big-endian TIFF, IFD0 at 8
        exif.putShort((short) 1);                                      // one entry
        exif.putShort((short) 0x0112).putShort((short) 3).putInt(1)    // Orientation, SHORT, count 1
                .putShort((short) orientation).putShort((short) 0);
        exif.putInt(0);                                                // no next IFD
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(exif.array(), 0, exif.capacity());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The JPEG with its frame header claiming {@code height} rows, more than its data holds. */
    public static byte[] lyingHeight(byte[] jpeg, int height) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 8 < out.length; i++) {
            if ((out[i] & 0xFF) == 0xFF && (out[i + 1] & 0xFF) == 0xC0) {
                out[i + 5] = (byte) (height >> 8);
                out[i + 6] = (byte) height;
                return out;
            }
        }
        throw new IllegalArgumentException("no baseline frame header");
    }

    /** A 16-bit-per-channel RGB PNG of the two halves. */
    public static byte[] png16(int w, int h) {
        ComponentColorModel cm = new ComponentColorModel(java.awt.color.ColorSpace.getInstance(
                java.awt.color.ColorSpace.CS_sRGB), false, false, java.awt.Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster r = cm.createCompatibleWritableRaster(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean red = x < w / 2;
                r.setPixel(x, y, new int[] {red ? 0xD0D0 : 0x2020, 0x2020, red ? 0x2020 : 0xD0D0});
            }
        }
        return png(new BufferedImage(cm, r, false, null));
    }

    /** A transparent PNG with an opaque red disc: line art that must stay lossless. */
    public static byte[] pngWithAlpha(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx = x - w / 2;
                int dy = y - h / 2;
                img.setRGB(x, y, dx * dx + dy * dy < w * w / 9 ? 0xFFD02020 : 0);
            }
        }
        return png(img);
    }

    /** The red fraction of a pixel's colour, 0–255, for checks that survive JPEG's small changes. */
    public static boolean reddish(int rgb) {
        return ((rgb >> 16) & 0xFF) > 150 && (rgb & 0xFF) < 110;
    }

    public static boolean bluish(int rgb) {
        return (rgb & 0xFF) > 150 && ((rgb >> 16) & 0xFF) < 110;
    }

    /**
     * A CMYK JPEG as Photoshop saves one (Adobe APP14 segment, samples stored inverted): red ink
     * (magenta and yellow) on the left half, blue ink (cyan and magenta) on the right. With
     * {@code ycck} the colour part is stored as YCbCr (Adobe transform 2), as most such files are.
     */
    public static byte[] cmykJpeg(int w, int h, boolean ycck) {
        WritableRaster r = java.awt.image.Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        // Light let through (255 - ink) for C, M, Y, then K (no black ink).
        // YCCK holds the YCC of the ink (255 - light), as libjpeg writes it for Photoshop and ImageMagick.
        int[] red = ycck ? new int[] {179, 171, 0, 255} : new int[] {255, 0, 0, 255};
        int[] blue = ycck ? new int[] {226, 1, 149, 255} : new int[] {0, 0, 255, 255};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.setPixel(x, y, x < w / 2 ? red : blue);
            }
        }
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream s = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(s);
                writer.write(null, new IIOImage(r, null, null), null);
            }
            writer.dispose();
            byte[] plain = out.toByteArray();
            byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0,
                (byte) (ycck ? 2 : 0)};
            ByteArrayOutputStream withAdobe = new ByteArrayOutputStream();
            withAdobe.write(plain, 0, 2);
            withAdobe.write(adobe, 0, adobe.length);
            withAdobe.write(plain, 2, plain.length - 2);
            return withAdobe.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
