package org.hep.picture;

import java.awt.image.BufferedImage;

/** A picture as packed ARGB ints, row by row; the form every step of {@link PictureEncoder} works on. */
record Pixels(int width, int height, int[] argb) {

    static Pixels of(BufferedImage image) {
        return new Pixels(image.getWidth(), image.getHeight(), PictureEncoder.argb(image));
    }

    boolean hasAlpha() {
        for (int p : argb) {
            if (p >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reduced to {@code tw × th} by averaging each target pixel's block of source pixels (a box
     * filter): sharp enough for print at 300 dpi, and exact integer arithmetic.
     */
    Pixels boxScaled(int tw, int th) {
        if (tw >= width && th >= height) {
            return this;
        }
        int[] out = new int[tw * th];
        for (int ty = 0; ty < th; ty++) {
            int y0 = (int) ((long) ty * height / th);
            int y1 = Math.max(y0 + 1, (int) ((long) (ty + 1) * height / th));
            for (int tx = 0; tx < tw; tx++) {
                int x0 = (int) ((long) tx * width / tw);
                int x1 = Math.max(x0 + 1, (int) ((long) (tx + 1) * width / tw));
                long a = 0;
                long r = 0;
                long g = 0;
                long b = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int p = argb[y * width + x];
                        a += p >>> 24;
                        r += (p >> 16) & 0xFF;
                        g += (p >> 8) & 0xFF;
                        b += p & 0xFF;
                    }
                }
                long n = (long) (y1 - y0) * (x1 - x0);
                out[ty * tw + tx] = (int) ((a + n / 2) / n) << 24 | (int) ((r + n / 2) / n) << 16
                        | (int) ((g + n / 2) / n) << 8 | (int) ((b + n / 2) / n);
            }
        }
        return new Pixels(tw, th, out);
    }

    BufferedImage image(boolean alpha) {
        BufferedImage img = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, width, height, argb, 0, width);
        return img;
    }
}
