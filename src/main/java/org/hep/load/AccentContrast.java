package org.hep.load;

import java.util.Locale;

/**
 * The accent colour prints headings, step numbers and the numbers on card badges (white on the
 * accent): on paper it must read like text. Below 3:1 against white (WCAG's least, for large text)
 * a clinic's light brand colour ("#FFCC00") prints every heading and step number near-invisible,
 * so it is refused, with a darker shade of the same hue that reads; from 3:1 to 4.5:1 (body-size
 * text's least) it prints, and validate suggests the shade.
 */
final class AccentContrast {
    static final double LEAST = 3.0;
    static final double GOOD = 4.5;

    private AccentContrast() {
    }

    /** Contrast of {@code rgb} against white, 1 to 21. */
    static double againstWhite(int rgb) {
        return 1.05 / (luminance(rgb) + 0.05);
    }

    /** The problem with {@code rgb} as an accent, or null when it reads. */
    static String problem(String written, int rgb) {
        double ratio = againstWhite(rgb);
        if (ratio >= LEAST) {
            return null;
        }
        return String.format(Locale.ROOT, "'accent' %s is too light to read on white paper (contrast %.1f:1; headings"
                + " and step numbers need at least %.1f:1); a darker shade of it, such as \"#%06X\", would do",
                written, Math.floor(ratio * 10) / 10, LEAST, darker(rgb));
    }

    /** The warning for an accent that prints but reads less well than it could, or null. */
    static String warning(String written, int rgb) {
        double ratio = againstWhite(rgb);
        if (ratio < LEAST || ratio >= GOOD) {
            return null;
        }
        return String.format(Locale.ROOT, "'accent' %s has a contrast of %.1f:1 on white paper; the step numbers read"
                + " best at %.1f:1, which a slightly darker shade, such as \"#%06X\", gives", written,
                Math.floor(ratio * 10) / 10, GOOD, darker(rgb));
    }

    /** The lightest shade of {@code rgb} (the same hue, each channel scaled down alike) that reads. */
    static int darker(int rgb) {
        for (int step = 100; step >= 0; step--) {
            int shade = scale(rgb, step / 100.0);
            if (againstWhite(shade) >= GOOD) {
                return shade;
            }
        }
        return 0;
    }

    private static int scale(int rgb, double f) {
        int r = (int) Math.floor(((rgb >> 16) & 0xFF) * f);
        int g = (int) Math.floor(((rgb >> 8) & 0xFF) * f);
        int b = (int) Math.floor((rgb & 0xFF) * f);
        return (r << 16) | (g << 8) | b;
    }

    /** WCAG relative luminance of an sRGB colour. */
    static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF)
                + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
