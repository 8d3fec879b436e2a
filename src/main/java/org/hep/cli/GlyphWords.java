package org.hep.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hep.app.MissingGlyphs;
import org.hep.app.UnshapedText;

/**
 * The warnings for characters that print as '?' and for text that prints unshaped, naming where
 * they came from as the user gave them: an option ("--patient: warning: …"), a manifest column ("patient: warning: …"), or a file.
 */
final class GlyphWords {
    private GlyphWords() {
    }

    static String onCommandLine(MissingGlyphs.Missing m) {
        return option(m.field(), m.file()) + ": warning: " + what(m);
    }

    static String inManifest(MissingGlyphs.Missing m) {
        return column(m.field(), m.file()) + ": warning: " + what(m);
    }

    /** The option that gave a detail, or the file. */
    private static String option(MissingGlyphs.Field field, String file) {
        return field == null ? file : switch (field) {
            case PATIENT -> "--patient";
            case THERAPIST -> "--therapist";
            case NOTES -> "--notes";
            case NEXT_VISIT -> "--next-visit";
        };
    }

    /** The manifest column that gave a detail, or the file. */
    private static String column(MissingGlyphs.Field field, String file) {
        return field == null ? file : switch (field) {
            case PATIENT -> "patient";
            case THERAPIST -> "therapist";
            case NOTES -> "notes";
            case NEXT_VISIT -> "next_visit";
        };
    }

    static String onCommandLine(UnshapedText.Unshaped u) {
        return option(u.field(), u.file()) + ": warning: " + unshaped(u) + "; check the printout, or make the HTML"
                + " handout (--format html), which a browser shapes";
    }

    static String inManifest(UnshapedText.Unshaped u) {
        return column(u.field(), u.file()) + ": warning: " + unshaped(u) + "; check the printout, or name an .html"
                + " 'output' for the HTML handout, which a browser shapes";
    }

    private static String unshaped(UnshapedText.Unshaped u) {
        List<String> s = u.scripts();
        String names = s.size() == 1 ? s.get(0)
                : String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
        return names + " text prints unshaped in the PDF (letters not reordered or joined), so words may read"
                + " misspelt";
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
