package org.hep.app;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hep.diag.IoMessages;
import org.hep.diag.Suggest;

/**
 * Reads a batch manifest (CSV, RFC 4180, header row) one row at a time, so a manifest of
 * any length is never held in memory. Each row knows the line it starts on, for messages.
 *
 * <p>A manifest often comes from another program, so nothing in it may cost unbounded memory or
 * time: only the cells of known columns are kept, each up to {@link #MAX_CELL} characters, and a
 * row may run to {@link #MAX_ROW} characters (ignored columns included). A row with bytes that are
 * not UTF-8, a stray character after a closing quote or a cell too long fails alone, at the line
 * and column of the problem; the reader finds the next row where this one ends. Only a row longer
 * than {@link #MAX_ROW}, where no end can be trusted, stops the run.
 */
public final class ManifestReader implements Closeable {
    public static final List<String> COLUMNS = List.of("plan", "output", "patient", "therapist", "date", "template",
            "notes", "next_visit", "language", "page_size", "only", "exclude", "dose", "sets", "reps", "sides", "hold",
            "rest");
    /** Characters in one cell of a column hep uses: far above any plan path, note or dose list. */
    public static final int MAX_CELL = 10_000;
    /** Characters in one row, with its ignored columns and the line breaks inside quoted values. */
    public static final int MAX_ROW = 1_000_000;
    /** Columns in the header (a clinic system's export may have a few hundred). */
    public static final int MAX_COLUMNS = 1_000;
    /** Problems kept per row: enough to show what to fix, never a list as long as the row. */
    private static final int MAX_PROBLEMS = 5;

    /** A problem with the manifest itself (not one row): it ends the run. */
    public static final class ManifestException extends RuntimeException {
        private final int line;
        private final String at;

        ManifestException(int line, String message) {
            this(line, Integer.toString(line), message);
        }

        /**
         * @param line the line the row starts on
         * @param at   where the problem is, "LINE" or "LINE:COLUMN"
         */
        ManifestException(int line, String at, String message) {
            super(message);
            this.line = line;
            this.at = at;
        }

        /** The line the broken row starts on. */
        public int line() {
            return line;
        }

        /** "LINE" or "LINE:COLUMN", for the message. */
        public String at() {
            return at;
        }
    }

    /**
     * One data row: column name → value, blank cells left out; {@code problems} ("LINE:COLUMN: message")
     * are what makes the row unreadable as CSV, and then it fails without its values being used.
     */
    public record Row(int line, Map<String, String> values, List<String> problems) {
        public String get(String column) {
            return values.get(column);
        }
    }

    private final ManifestText text;
    private final String name;
    /** Column names by position; null for a column that is ignored. */
    private final List<String> header;
    private final List<String> ignored = new ArrayList<>();
    private final boolean strict;
    private final StringBuilder cell = new StringBuilder();
    private boolean headerRow;
    private int rowLine;
    private int rowChars;
    private List<String> problems;
    private boolean badBytes;

    /**
     * @param in     the manifest's bytes (UTF-8; a byte-order mark is skipped)
     * @param name   the manifest's name in messages ("tonight.csv", "&lt;stdin&gt;")
     * @param strict true to refuse an unknown or unnamed column instead of ignoring them
     * @throws UncheckedIOException naming the manifest when it cannot be read
     */
    public ManifestReader(InputStream in, String name, boolean strict) {
        this.strict = strict;
        this.name = name;
        try {
            text = new ManifestText(in);
            if (text.wideEncoding != null) {
                // Its bytes would read as a header with no 'plan' column, or as not UTF-8: neither says what to do.
                throw new ManifestException(1, "1:1", "the manifest is saved as " + text.wideEncoding
                        + " text; save it as CSV UTF-8");
            }
            headerRow = true;
            List<String> names = new ArrayList<>();
            if (!record(names, null)) {
                throw new ManifestException(1, "the manifest is empty; the first line must name the columns, "
                        + "e.g. plan,patient,output");
            }
            headerRow = false;
            header = header(names);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private List<String> header(List<String> raws) {
        List<String> names = new ArrayList<>();
        for (String raw : raws) {
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

    /**
     * The next row that has any value or any problem, or null at the end.
     *
     * @throws ManifestException when a row runs on past {@link #MAX_ROW} characters: nothing after it can be trusted
     */
    public Row next() {
        try {
            while (true) {
                Map<String, String> values = new HashMap<>();
                if (!record(null, values)) {
                    return null;
                }
                if (!values.isEmpty() || !problems.isEmpty()) {
                    return new Row(rowLine, values, List.copyOf(problems));
                }
            }
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private UncheckedIOException cannotRead(IOException e) {
        return new UncheckedIOException(name + ": cannot read: " + IoMessages.reason(e), e);
    }

    /**
     * Reads one record: the header's names into {@code names}, or a data row's non-blank cells of known
     * columns into {@code values}.
     *
     * @return false at the end of the input
     */
    private boolean record(List<String> names, Map<String, String> values) throws IOException {
        problems = new ArrayList<>();
        badBytes = false;
        rowChars = 0;
        int c = nextChar();
        rowLine = text.line;
        if (c == ManifestText.EOF) {
            return false;
        }
        int column = 0;
        while (true) {
            boolean keep = names != null || column < header.size() && header.get(column) != null;
            if (names != null && column == MAX_COLUMNS) {
                throw new ManifestException(rowLine, text.line + ":" + text.col,
                        "the header has more than " + MAX_COLUMNS + " columns; is this a CSV manifest?");
            }
            c = cell(c, keep);
            if (names != null) {
                names.add(cell.toString());
            } else if (keep && !cell.toString().isBlank()) {
                values.put(header.get(column), cell.toString());
            }
            column++;
            if (c != ',') {
                break;
            }
            c = nextChar();
        }
        if (values != null && column > header.size()) {
            problem(rowLine + ": the row has more values than the header has columns (" + header.size() + ")");
        }
        return true;
    }

    /**
     * Reads one cell starting with {@code c} into {@link #cell} (when {@code keep}) and returns the
     * character that ends it: a comma, a line break or the end of the input.
     */
    private int cell(int c, boolean keep) throws IOException {
        cell.setLength(0);
        int line = text.line;
        int col = text.col;
        int length = 0;
        if (c == '"') {
            while (true) {
                c = nextChar(line, col);
                if (c == ManifestText.EOF) {
                    problem(line + ":" + col + ": a quoted value starts here and its closing quote is missing");
                    return c;
                }
                if (c == '"') {
                    c = nextChar(line, col);
                    if (c != '"') {
                        break;
                    }
                }
                // Inside quotes a lone CR is a line break of the value, as it always was.
                length = append(c == '\r' ? '\n' : c, keep, length, line, col);
            }
            while (c == ' ' || c == '\t') {
                c = nextChar();
            }
            if (c == ',' || c == '\n' || c == ManifestText.EOF) {
                return c;
            }
            problem(text.line + ":" + text.col + ": a closing quote must be followed by a comma or the end of the "
                    + "line; write a quote inside a quoted value as two quotes (\"\")");
        }
        // Unquoted, or what follows a misplaced closing quote: up to the next comma or line break.
        while (c != ',' && c != '\n' && c != ManifestText.EOF) {
            length = append(c, keep, length, line, col);
            c = nextChar();
        }
        return c;
    }

    private int append(int c, boolean keep, int length, int line, int col) {
        if (!keep) {
            return length;
        }
        if (length == MAX_CELL) {
            problem(line + ":" + col + (headerRow ? ": this column name is longer than " + MAX_CELL
                    + " characters; is this a CSV manifest?" : ": this value is longer than " + MAX_CELL + " characters"));
        } else if (length < MAX_CELL) {
            cell.appendCodePoint(c);
        }
        return length + 1;
    }

    private int nextChar() throws IOException {
        return nextChar(0, 0);
    }

    /**
     * The next character of the row.
     *
     * @param quoteLine where the quoted value being read starts, for the message when the row never ends (0: none)
     */
    private int nextChar(int quoteLine, int quoteCol) throws IOException {
        int c = text.read();
        if (text.invalid && !badBytes) {
            badBytes = true;
            problem(text.line + ":" + text.col + ": not valid UTF-8 text; save the manifest as CSV UTF-8");
        }
        if (++rowChars > MAX_ROW) {
            String where = quoteLine > 0 ? quoteLine + ":" + quoteCol : rowLine + ":1";
            throw new ManifestException(rowLine, where, quoteLine > 0
                    ? "a quoted value starts here and is still open after " + MAX_ROW
                            + " characters; is its closing quote missing?"
                    : "this row is longer than " + MAX_ROW + " characters; is this a CSV manifest?");
        }
        return c;
    }

    /** A problem of this row; in the header, where every column must be read right, it ends the run at once. */
    private void problem(String at) {
        if (headerRow) {
            int colon = at.indexOf(": ");
            throw new ManifestException(rowLine, at.substring(0, colon), at.substring(colon + 2));
        }
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(at);
        }
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

    @Override
    public void close() throws IOException {
        text.close();
    }
}
