package org.hep.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows under named columns, printed as aligned text, JSON or CSV. A cell is a string, an
 * integer, a list of strings, or null. Used for {@code hep list} and the CSV summary.
 */
public final class Table {
    /** RFC 4180 quoting, but LF line ends: friendlier to shell tools, and spreadsheets read both. */
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final List<String> columns;
    private final List<List<Object>> rows;
    private final int textColumns;

    /** @param textColumns how many leading columns the text form shows (JSON and CSV show all) */
    public Table(List<String> columns, List<List<Object>> rows, int textColumns) {
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.textColumns = textColumns;
    }

    public byte[] render(String format) {
        return render(format, false);
    }

    /** @param rawCsv CSV cells exactly as written (see {@link CsvCells}) */
    public byte[] render(String format, boolean rawCsv) {
        return switch (format) {
            case "json" -> json();
            case "csv" -> csv(rawCsv);
            default -> text();
        };
    }

    /** The text columns padded to line up, no header: one line per row, made for grep. */
    public byte[] text() {
        int[] widths = new int[textColumns];
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < textColumns; i++) {
                String s = cell(row.get(i), ", ");
                widths[i] = Math.max(widths[i], s.codePointCount(0, s.length()));
                line.add(s);
            }
            cells.add(line);
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : cells) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                String s = line.get(i);
                l.append(s);
                if (i < line.size() - 1) {
                    l.append(" ".repeat(widths[i] - s.codePointCount(0, s.length()) + 2));
                }
            }
            out.append(l.toString().stripTrailing()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An array with one object per row; list cells stay arrays. */
    public byte[] json() {
        return JsonSummary.write(g -> {
            g.writeStartArray();
            for (List<Object> row : rows) {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    Object v = row.get(i);
                    if (v instanceof Integer n) {
                        g.writeNumberField(columns.get(i), n);
                    } else if (v instanceof List<?> list) {
                        g.writeArrayFieldStart(columns.get(i));
                        for (Object item : list) {
                            g.writeString(String.valueOf(item));
                        }
                        g.writeEndArray();
                    } else {
                        g.writeStringField(columns.get(i), (String) v);
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** A header row, then one record per row; lists joined with "; ", null as an empty cell. */
    public byte[] csv() {
        return csv(false);
    }

    /** @param raw cells exactly as written; otherwise text that a spreadsheet would run as a formula is guarded */
    public byte[] csv(boolean raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSV)) {
            p.printRecord(columns);
            for (List<Object> row : rows) {
                List<String> line = new ArrayList<>();
                for (Object v : row) {
                    String c = cell(v, "; ");
                    line.add(raw || !(v instanceof String || v instanceof List) ? c : CsvCells.guard(c));
                }
                p.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String cell(Object v, String joiner) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            return String.join(joiner, list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }
}
