package org.hep.render.fontbuild;

/**
 * The characters hep prints with its built-in font: Latin, Greek and Cyrillic with their
 * combining marks, punctuation, and the symbols handouts use (arrows, maths, shapes, ticks).
 * Other scripts are left to fallback fonts; text in them prints as "?" with a warning.
 */
final class SupportedScripts {
    private static final int[][] RANGES = {
        {0x0020, 0x007E}, {0x00A0, 0x036F}, // Latin, Latin-1, Extended-A/B, IPA, spacing and combining marks
        {0x0370, 0x052F}, // Greek and Coptic, Cyrillic and its supplement
        {0x1D00, 0x1FFF}, // phonetic extensions, Latin Extended Additional, Greek Extended
        {0x2000, 0x22FF}, // punctuation, super/subscripts, currency, letterlike, number forms, arrows, maths
        {0x25A0, 0x27BF}, // geometric shapes, miscellaneous symbols, dingbats (boxes, ticks, bullets)
        {0x2C60, 0x2C7F}, {0x2DE0, 0x2DFF}, {0xA640, 0xA69F}, {0xA720, 0xA7FF}, // Latin and Cyrillic extensions
        {0xFB00, 0xFB06}, {0xFE20, 0xFE2F}, {0xFFF9, 0xFFFD}, // Latin ligatures, half marks, specials
    };

    private SupportedScripts() {
    }

    static boolean contains(int codePoint) {
        for (int[] r : RANGES) {
            if (codePoint >= r[0] && codePoint <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
