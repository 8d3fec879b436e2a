package org.hep.app;

import java.util.Locale;

/** What {@code generate} writes: a PDF handout, or the same handout as one self-contained HTML file. */
public enum OutputFormat {
    PDF, HTML;

    public String extension() {
        return "." + name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name asks for by its extension, or null when it names neither. */
    public static OutputFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return HTML;
        }
        return lower.endsWith(".pdf") ? PDF : null;
    }
}
