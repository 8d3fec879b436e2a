package org.hep.picture;

import java.awt.image.Raster;

/**
 * A CMYK or YCCK JPEG (as print workflows save them) turned into sRGB pixels. The samples are
 * read as stored ({@code ImageReader.readRaster}: no colour management on the way) and mixed in
 * integers the way a screen shows ink on white paper: each colour channel is what its ink and
 * the black leave of the light. Press profiles are not applied, so colours are close to, not
 * exactly, what a colour-managed viewer shows; the same file gives the same pixels on every JDK.
 */
final class Cmyk {
    /** Adobe's APP14 transform for YCCK: Y, Cb, Cr of the inverted C, M, Y, then K. */
    static final int YCCK = 2;

    private Cmyk() {
    }

    /**
     * @param adobe the APP14 transform, or -1 without an Adobe segment. With one, the samples
     *              are stored inverted (255 = no ink), as Photoshop writes them; without, as ink.
     */
    static Pixels toRgb(Raster r, int adobe) {
        int w = r.getWidth();
        int h = r.getHeight();
        int[] out = new int[w * h];
        int[] row = new int[w * 4];
        for (int y = 0; y < h; y++) {
            r.getPixels(r.getMinX(), r.getMinY() + y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int at = x * 4;
                int c = row[at];
                int m = row[at + 1];
                int ye = row[at + 2];
                int k = row[at + 3];
                if (adobe == YCCK) {
                    // The YCC holds the ink (C, M, Y as written by Photoshop and ImageMagick, through
                    // libjpeg): the light each lets through is what is left of 255, as libjpeg decodes it.
                    int cb = m - 128;
                    int cr = ye - 128;
                    int luma = c;
                    c = 255 - clamp(luma + ((91_881 * cr + 32_768) >> 16));
                    m = 255 - clamp(luma - ((22_554 * cb + 46_802 * cr - 32_768) >> 16));
                    ye = 255 - clamp(luma + ((116_130 * cb + 32_768) >> 16));
                } else if (adobe < 0) {
                    c = 255 - c;
                    m = 255 - m;
                    ye = 255 - ye;
                    k = 255 - k;
                }
                // c, m, ye, k are now the light each ink lets through (255 = no ink).
                out[y * w + x] = 0xFF00_0000 | mix(c, k) << 16 | mix(m, k) << 8 | mix(ye, k);
            }
        }
        return new Pixels(w, h, out);
    }

    private static int mix(int light, int black) {
        return (light * black + 127) / 255;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
