package org.hep.app;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hep.diag.Suggest;

/**
 * Reads a batch manifest (CSV, RFC 4180, header row) one row at a time, so a manifest of
 * any length is never held in memory. Each row knows the line it starts on, for messages.
 */
public final class ManifestReader implements Closeable {
    public static final List<String> COLUMNS = List.of("plan", "output", "patient", "therapist", "date", "template",
            "notes", "next_visit", "language", "page_size", "only", "exclude", "dose", "sets", "reps", "sides", "hold",
            "rest");

    /** A problem with the manifest itself (not one row): it ends the run. */
    public static final class ManifestException extends RuntimeException {
        private final int line;

        ManifestException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** One data row: column name → value, blank cells left out. */
    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            return values.get(column);
        }
    }

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)\\s*");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** Column names by position; null for a column that is ignored. */
    private final List<String> header;
    private final List<String> ignored = new ArrayList<>();
    private final boolean strict;
    private long lastLine;

    /** A lenient reader: unknown columns (a clinic system's export has many) are ignored. */
    public ManifestReader(Reader reader) {
        this(reader, false);
    }

    /** @param strict true to refuse an unknown or unnamed column instead of ignoring it */
    public ManifestReader(Reader reader, boolean strict) {
        this.strict = strict;
        try {
            parser = CSVFormat.RFC4180.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records = parser.iterator();
        if (!hasNext()) {
            throw new ManifestException(1, "the manifest is empty; the first line must name the columns, "
                    + "e.g. plan,patient,output");
        }
        header = header(records.next());
        lastLine = parser.getCurrentLineNumber();
    }

    private List<String> header(CSVRecord record) {
        List<String> names = new ArrayList<>();
        for (String raw : record) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name) && !strict) {
                ignored.add(name.isEmpty() ? "(column " + (names.size() + 1) + ")" : "'" + raw.strip() + "'");
                names.add(null);
                continue;
            }
            if (name.isEmpty()) {
                throw new ManifestException(1, "column " + (names.size() + 1) + " has no name; columns are "
                        + String.join(", ", COLUMNS));
            }
            if (!COLUMNS.contains(name)) {
                throw new ManifestException(1, "unknown column '" + raw.strip() + "'" + Suggest.hint(name, COLUMNS)
                        + "; columns are " + String.join(", ", COLUMNS));
            }
            if (names.contains(name)) {
                throw new ManifestException(1, "column '" + name + "' appears twice");
            }
            names.add(name);
        }
        if (!names.contains("plan")) {
            throw new ManifestException(1, "the header has no 'plan' column; the first line must name the columns, "
                    + "e.g. plan,patient,output");
        }
        return names;
    }

    /** The next row that has any value, or null at the end. A row with too many values is returned with
     * a null map so the caller can report it and go on. */
    public Row next() {
        while (hasNext()) {
            CSVRecord record = records.next();
            int line = (int) lastLine + 1;
            lastLine = parser.getCurrentLineNumber();
            if (record.size() > header.size()) {
                return new Row(line, null);
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < record.size(); i++) {
                String v = record.get(i);
                if (header.get(i) != null && !v.isBlank()) {
                    values.put(header.get(i), v);
                }
            }
            if (!values.isEmpty()) {
                return new Row(line, values);
            }
        }
        return null;
    }

    public int columns() {
        return header.size();
    }

    /**
     * The warning for the columns this reader ignores ("'Age', 'MRN'"), or null when there are none:
     * one line for the whole run, so a wide export does not flood the log.
     */
    public String ignoredWarning() {
        if (ignored.isEmpty()) {
            return null;
        }
        StringBuilder hints = new StringBuilder();
        for (String name : ignored) {
            String bare = name.startsWith("'") ? name.substring(1, name.length() - 1).toLowerCase(Locale.ROOT) : "";
            List<String> close = bare.isEmpty() ? List.of() : Suggest.closest(bare, COLUMNS);
            if (!close.isEmpty()) {
                hints.append(hints.isEmpty() ? " (" : "; ").append(name).append(": did you mean '")
                        .append(close.get(0)).append("'?");
            }
        }
        return "warning: ignoring " + (ignored.size() == 1 ? "unknown column " : ignored.size() + " unknown columns ")
                + String.join(", ", ignored) + (hints.isEmpty() ? "" : hints + ")")
                + "; --strict refuses them";
    }

    private boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            String message = e.getCause() == null || e.getCause().getMessage() == null
                    ? String.valueOf(e.getMessage()) : e.getCause().getMessage();
            Matcher m = START_LINE.matcher(message);
            int line = (int) lastLine + 1;
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                message = m.replaceFirst("");
            }
            if (message.toLowerCase(java.util.Locale.ROOT).contains("eof reached before encapsulated token finished")) {
                message = "a quoted value starts here and its closing quote is missing";
            } else if (message.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
                message = "a closing quote must be followed by a comma or the end of the line; "
                        + "write a quote inside a quoted value as two quotes (\"\")";
            }
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                message = "not valid UTF-8 text; save the manifest as CSV UTF-8";
            }
            throw new ManifestException(line, message);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
