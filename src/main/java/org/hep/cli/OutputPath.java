package org.hep.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The {@code -o} value as a path: checked before any work, so a typo costs nothing. */
final class OutputPath {
    private OutputPath() {
    }

    /** null for stdout ({@code -} or no option). */
    static Path of(String value) {
        if (value == null || value.equals("-")) {
            return null;
        }
        return file("-o", value);
    }

    /**
     * A file to write, named by {@code option}. A name ending in {@code /} (or {@code .}, {@code ..})
     * names a folder: as a path it would lose the slash and become a file named like the folder.
     */
    static Path file(String option, String value) {
        if (value.isBlank()) {
            throw new UsageException(option + ": the output file name is empty; give a file name"
                    + (option.equals("-o") ? ", or - for stdout" : ""));
        }
        String last = value.substring(value.lastIndexOf('/') + 1);
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            throw new UsageException(option + " " + Cli.oneLine(value) + ": names a folder"
                    + (last.isEmpty() ? " (it ends in /)" : "") + "; give a file name");
        }
        String control = control(value);
        if (control != null) {
            throw new UsageException(option + ": the file name holds a " + control + "; give a plain file name");
        }
        if (last.matches("(?i)\\.(pdf|html?|txt|md|json|csv|svg)")) {
            // ".pdf" alone would be a hidden file with no name, which no one finds in the folder.
            throw new UsageException(option + " " + Cli.oneLine(value)
                    + ": needs a file name before its extension");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": " + FileNameWords.cannotUse(e));
        }
    }

    /**
     * The first control character of a file or folder name, described ("control character U+000A"),
     * or null. A newline or tab passes the command line (for a multi-line --notes) and a quoted
     * manifest cell, but not into a file name, where a listing, a script reading names line by line
     * or a report's one line per row would split it.
     */
    static String control(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (org.hep.model.SafeText.isControl(c)) {
                return org.hep.model.SafeText.describe(c);
            }
            i += Character.charCount(c);
        }
        return null;
    }
}
