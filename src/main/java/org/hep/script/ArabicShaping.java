package org.hep.script;

import java.text.Normalizer;

/**
 * Arabic letters in the form their neighbours call for (isolated, final, initial, medial),
 * as the presentation-form characters fonts such as DejaVu Sans carry, so a PDF drawn glyph
 * by glyph joins its letters. Lam followed by alef becomes the lam-alef ligature. Text keeps
 * its logical order; {@link VisualOrder} puts each line right to left when it is drawn.
 */
public final class ArabicShaping {
    /**
     * Base letter → first presentation form (isolated); the forms that follow are final,
     * then initial and medial for letters that join on both sides.
     */
    private static final int[][] FORMS = {
        {0x0621, 0xFE80, 1}, {0x0622, 0xFE81, 2}, {0x0623, 0xFE83, 2}, {0x0624, 0xFE85, 2},
        {0x0625, 0xFE87, 2}, {0x0626, 0xFE89, 4}, {0x0627, 0xFE8D, 2}, {0x0628, 0xFE8F, 4},
        {0x0629, 0xFE93, 2}, {0x062A, 0xFE95, 4}, {0x062B, 0xFE99, 4}, {0x062C, 0xFE9D, 4},
        {0x062D, 0xFEA1, 4}, {0x062E, 0xFEA5, 4}, {0x062F, 0xFEA9, 2}, {0x0630, 0xFEAB, 2},
        {0x0631, 0xFEAD, 2}, {0x0632, 0xFEAF, 2}, {0x0633, 0xFEB1, 4}, {0x0634, 0xFEB5, 4},
        {0x0635, 0xFEB9, 4}, {0x0636, 0xFEBD, 4}, {0x0637, 0xFEC1, 4}, {0x0638, 0xFEC5, 4},
        {0x0639, 0xFEC9, 4}, {0x063A, 0xFECD, 4}, {0x0641, 0xFED1, 4}, {0x0642, 0xFED5, 4},
        {0x0643, 0xFED9, 4}, {0x0644, 0xFEDD, 4}, {0x0645, 0xFEE1, 4}, {0x0646, 0xFEE5, 4},
        {0x0647, 0xFEE9, 4}, {0x0648, 0xFEED, 2}, {0x0649, 0xFEEF, 2}, {0x064A, 0xFEF1, 4},
        // Persian and Urdu letters (Arabic Presentation Forms-A).
        {0x067E, 0xFB56, 4}, {0x0686, 0xFB7A, 4}, {0x0698, 0xFB8A, 2}, {0x06A9, 0xFB8E, 4},
        {0x06AF, 0xFB92, 4}, {0x06CC, 0xFBFC, 4},
    };
    private static final int LAM = 0x0644;
    private static final int TATWEEL = 0x0640;

    private ArabicShaping() {
    }

    /** {@code text} with its Arabic letters in joined forms; other text is returned as it is. */
    public static String shape(String text) {
        if (!hasArabic(text)) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        boolean[] inLigature = new boolean[cps.length];
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int[] f = forms(cp);
            if (inLigature[i]) {
                continue;
            }
            if (f == null) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean joinsBefore = f[2] > 1 && joinsForward(previous(cps, i));
            int after = nextIndex(cps, i);
            int next = after < 0 ? -1 : cps[after];
            if (cp == LAM && lamAlef(next) != 0) {
                // Lam and the alef after it are one glyph, which joins only the letter before it.
                out.appendCodePoint(lamAlef(next) + (joinsBefore ? 1 : 0));
                inLigature[after] = true;
                continue;
            }
            boolean joinsAfter = f[2] == 4 && joinsBackward(next);
            int form = joinsBefore && joinsAfter ? 3 : joinsBefore ? 1 : joinsAfter ? 2 : 0;
            out.appendCodePoint(f[1] + Math.min(form, f[2] - 1));
        }
        return out.toString();
    }

    /** The base letters again (what a reader copies or hears): presentation forms decomposed. */
    public static String logical(String shaped) {
        if (!hasPresentationForms(shaped)) {
            return shaped;
        }
        StringBuilder out = new StringBuilder(shaped.length());
        shaped.codePoints().forEach(cp -> {
            if (cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF) {
                out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean hasPresentationForms(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                return true;
            }
        }
        return false;
    }

    static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF) {
                return true;
            }
        }
        return false;
    }

    private static int[] forms(int cp) {
        for (int[] f : FORMS) {
            if (f[0] == cp) {
                return f;
            }
        }
        return null;
    }

    /** The lam-alef ligature's isolated form for this alef, or 0. */
    private static int lamAlef(int alef) {
        return switch (alef) {
            case 0x0622 -> 0xFEF5;
            case 0x0623 -> 0xFEF7;
            case 0x0625 -> 0xFEF9;
            case 0x0627 -> 0xFEFB;
            default -> 0;
        };
    }

    /** True when {@code cp} connects to the letter after it (dual-joining letters and tatweel). */
    private static boolean joinsForward(int cp) {
        int[] f = forms(cp);
        return cp == TATWEEL || f != null && f[2] == 4;
    }

    /** True when {@code cp} connects to the letter before it. */
    private static boolean joinsBackward(int cp) {
        int[] f = forms(cp);
        return cp == TATWEEL || f != null && f[2] > 1;
    }

    /** Vowel marks sit on a letter and do not break joining. */
    private static boolean transparent(int cp) {
        return Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** The letter before {@code i}, marks skipped (the alef of a lam-alef ends that ligature). */
    private static int previous(int[] cps, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(cps[j])) {
                return cps[j];
            }
        }
        return -1;
    }

    private static int nextIndex(int[] cps, int i) {
        for (int j = i + 1; j < cps.length; j++) {
            if (!transparent(cps[j])) {
                return j;
            }
        }
        return -1;
    }

}
