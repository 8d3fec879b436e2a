package org.hep.model;

import java.util.Locale;

/**
 * Characters that must never reach a reader: C0 and C1 control codes (ESC starts the terminal
 * sequences that hide text or retitle a window), DEL, Unicode non-characters (U+FFFE, U+FFFF,
 * U+FDD0–U+FDEF …, which make XMP malformed), unpaired surrogates, and the bidirectional
 * overrides U+202D and U+202E, which show the rest of a line's characters in reverse order
 * ("Trojan Source"): a plan could read one way in review and another on the handout or a
 * terminal. The embeddings and isolates (U+202A–U+202C, U+2066–U+2069) and the marks (U+200E,
 * U+200F, U+061C) direct text that mixes right-to-left and left-to-right letters, and text pasted
 * from phones, word processors and chat apps carries them around names and phone numbers (an
 * iPhone wraps a copied number in U+202A … U+202C): they are allowed. The ones that turn text
 * right-to-left (U+202B, U+2067, U+200F, U+061C) have no work to do in text with no right-to-left
 * letter, but there they can make a browser or an editor show "stop if below 3 … above 5" as
 * "stop if above 5 … below 3", so there they are refused. Where allowed, the PDF orders its lines
 * with them as a browser does ({@code VisualOrder}), so the PDF and HTML handouts read the same.
 * Tab and line feed are ordinary white space.
 */
public final class SafeText {
    private SafeText() {
    }

    /** True for a code point that is refused in input and stripped from output. */
    public static boolean forbidden(int cp) {
        if (cp == '\t' || cp == '\n') {
            return false;
        }
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF)
                || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xD800 && cp <= 0xDFFF) || bidiControl(cp);
    }

    private static boolean bidiControl(int cp) {
        return cp == 0x202D || cp == 0x202E;
    }

    /** The first forbidden code point's index in {@code s} (a stray direction control included), or -1. */
    public static int firstForbidden(String s) {
        int firstDirection = -1;
        boolean rightToLeft = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (forbidden(cp)) {
                return i;
            }
            if (directionControl(cp)) {
                firstDirection = firstDirection < 0 ? i : firstDirection;
                i += Character.charCount(cp);
                continue; // a right-to-left mark is of class R itself: only letters count
            }
            byte d = Character.getDirectionality(cp);
            rightToLeft |= d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            i += Character.charCount(cp);
        }
        return rightToLeft ? -1 : firstDirection;
    }

    /**
     * The controls that turn text right-to-left (embedding, isolate, marks): allowed only in text
     * with a right-to-left letter. Their left-to-right twins and the closing PDF and PDI cannot
     * reorder left-to-right words, and phones paste them around numbers: always allowed.
     */
    private static boolean directionControl(int cp) {
        return cp == 0x202B || cp == 0x2067 || cp == 0x200F || cp == 0x061C;
    }

    /** Whether {@code cp} is a C0 or C1 control code or DEL, which YAML can carry only as an escape. */
    public static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    }

    /** "control character U+001B", "non-character U+FFFF": the character itself is never printed. */
    public static String describe(int cp) {
        if (!forbidden(cp) && directionControl(cp)) {
            return "direction control " + name(cp) + " with no right-to-left letter in the text";
        }
        String kind = cp >= 0xD800 && cp <= 0xDFFF ? "unpaired surrogate"
                : cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ? "control character"
                : bidiControl(cp) ? "bidirectional override" : "non-character";
        return kind + " " + name(cp);
    }

    /** "U+001B" for a message; the character itself is never printed. */
    public static String name(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /** {@code s} without forbidden characters (the same string when there are none). */
    public static String strip(String s) {
        if (s == null || firstForbidden(s) < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !forbidden(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * {@code s} with each run of spaces, tabs and line breaks (LF, U+2028, U+2029) as one space:
     * a name, step or note is one paragraph, and the PDF and HTML handouts wrap it as one, so a
     * line break written inside it ({@code "Squat\nSecret"}, a {@code |} block) must reach the JSON
     * and CSV summaries as the space the handout prints, never as a raw line break in a cell. The
     * same string when there is nothing to fold. Education text keeps its blank-line paragraphs
     * by splitting on them first.
     */
    public static String oneLine(String s) {
        if (s == null || !needsFolding(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (foldable(c)) {
                space = true;
                continue;
            }
            if (space && !sb.isEmpty()) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean needsFolding(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean edge = i == 0 || i == s.length() - 1;
            if (foldable(c) && (c != ' ' || edge || foldable(s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean foldable(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Whether the text prints nothing: spaces of every kind (no-break, ideographic …) and format
     * characters (zero-width space, word joiner …) only. Such a title, step, alt text or patient
     * name would print blank, so it counts as not given.
     */
    public static boolean printsNothing(String s) {
        return s.codePoints().allMatch(cp -> {
            int type = Character.getType(cp);
            return Character.isWhitespace(cp) || type == Character.SPACE_SEPARATOR || type == Character.FORMAT
                    || type == Character.CONTROL || blankLetter(cp);
        });
    }

    /**
     * Characters that are letters, marks or symbols to Unicode but draw nothing: the Hangul
     * fillers, the blank Braille cell, the combining grapheme joiner, variation selectors and
     * Khmer's inherent vowels (Unicode's default-ignorable and blank code points).
     */
    private static boolean blankLetter(int cp) {
        return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800
                || cp == 0x17B4 || cp == 0x17B5 || cp >= 0x180B && cp <= 0x180F || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /**
     * {@code s} in Unicode's composed form (NFC): "café" typed on a keyboard and "café" in a file
     * name from a Mac (e + combining accent) look the same and must be the same id, and the
     * composed letters are the ones fonts draw well. The same string when it already is.
     */
    public static String composed(String s) {
        return s == null || java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC) ? s
                : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    }
}
