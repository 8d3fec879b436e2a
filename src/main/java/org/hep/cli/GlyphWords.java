package org.hep.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.hep.app.MissingGlyphs;

/**
 * The warning for characters that print as '?', naming where they came from as the user gave
 * them: an option ("--patient: warning: …"), a manifest column ("patient: warning: …"), or a file.
 */
final class GlyphWords {
    private GlyphWords() {
    }

    static String onCommandLine(MissingGlyphs.Missing m) {
        String where = m.field() == null ? m.file() : switch (m.field()) {
            case PATIENT -> "--patient";
            case THERAPIST -> "--therapist";
            case NOTES -> "--notes";
            case NEXT_VISIT -> "--next-visit";
        };
        return where + ": warning: " + what(m);
    }

    static String inManifest(MissingGlyphs.Missing m) {
        String where = m.field() == null ? m.file() : switch (m.field()) {
            case PATIENT -> "patient";
            case THERAPIST -> "therapist";
            case NOTES -> "notes";
            case NEXT_VISIT -> "next_visit";
        };
        return where + ": warning: " + what(m);
    }

    private static String what(MissingGlyphs.Missing m) {
        int n = m.codePoints().size();
        String list = m.codePoints().stream().limit(8).map(cp -> String.format(Locale.ROOT, "U+%04X", cp))
                .collect(Collectors.joining(", "));
        return n + (n == 1 ? " character is not in any font and prints" : " characters are not in any font and print")
                + " as '?': " + list
                + (n > 8 ? ", …" : "");
    }
}
