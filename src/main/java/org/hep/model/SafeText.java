package org.hep.model;

import java.util.Locale;

/**
 * Characters that must never reach a reader: C0 and C1 control codes (ESC starts the terminal
 * sequences that hide text or retitle a window), DEL, Unicode non-characters (U+FFFE, U+FFFF,
 * U+FDD0–U+FDEF …, which make XMP malformed), unpaired surrogates, and the bidirectional
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which make a line
 * show its characters in another order than they are stored ("Trojan Source"): a plan could
 * read one way in review and another on the handout or a terminal. Arabic and Hebrew text
 * needs none of them; the plain marks U+200E, U+200F and U+061C stay allowed. Tab and line
 * feed are ordinary white space and allowed.
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
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** The first forbidden code point's index in {@code s}, or -1. */
    public static int firstForbidden(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (forbidden(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** "control character U+001B", "non-character U+FFFF": the character itself is never printed. */
    public static String describe(int cp) {
        String kind = cp >= 0xD800 && cp <= 0xDFFF ? "unpaired surrogate"
                : cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ? "control character"
                : bidiControl(cp) ? "bidirectional control" : "non-character";
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
}
