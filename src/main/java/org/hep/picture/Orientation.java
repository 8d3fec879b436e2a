package org.hep.picture;

/**
 * EXIF orientation (1–8) applied to the pixels, so a phone photo stored sideways prints upright.
 * Each value is a mirror and/or a quarter turn; see the EXIF specification, tag 0x0112.
 */
final class Orientation {
    private Orientation() {
    }

    static Pixels upright(Pixels p, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return p;
        }
        int w = p.width();
        int h = p.height();
        boolean turn = orientation >= 5;
        int ow = turn ? h : w;
        int oh = turn ? w : h;
        int[] src = p.argb();
        int[] out = new int[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int ox;
                int oy;
                switch (orientation) {
                    case 2 -> { ox = w - 1 - x; oy = y; }
                    case 3 -> { ox = w - 1 - x; oy = h - 1 - y; }
                    case 4 -> { ox = x; oy = h - 1 - y; }
                    case 5 -> { ox = y; oy = x; }
                    case 6 -> { ox = h - 1 - y; oy = x; }
                    case 7 -> { ox = h - 1 - y; oy = w - 1 - x; }
                    default -> { ox = y; oy = w - 1 - x; }
                }
                out[oy * ow + ox] = src[y * w + x];
            }
        }
        return new Pixels(ow, oh, out);
    }
}
