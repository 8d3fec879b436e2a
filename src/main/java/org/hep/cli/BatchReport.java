package org.hep.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hep.io.AtomicFile;
import org.hep.io.OutputTarget;
import org.hep.load.InputFiles;
import org.hep.summary.CsvCells;

/**
 * {@code hep batch --report FILE.csv|FILE.json}: one record per manifest row (line, status,
 * output, messages) for the clinic system to read back. Written once, atomically, at the end
 * of the run. A CSV report is often opened in a spreadsheet, so its cells are guarded against
 * formulas as every CSV hep writes ({@code --raw-csv} keeps them as they are); JSON keeps the raw text.
 */
final class BatchReport {
    /** One row's fate; {@code output} is null when the row never got as far as a file name. */
    record Entry(int line, boolean written, String output, List<String> messages) {
    }

    private final Path file;
    /** Where the file goes: {@link #file} with ".." after a folder not yet made taken lexically. */
    private final Path target;
    private final boolean json;
    private final boolean raw;
    private final List<Entry> entries = new ArrayList<>();

    private BatchReport(Path file, boolean json, boolean raw) {
        this.file = file;
        this.target = throughMissingFolders(file);
        this.json = json;
        this.raw = raw;
    }

    /**
     * @param raw true to write CSV cells exactly as they are ({@code --raw-csv})
     * @return null when no report was asked for
     */
    static BatchReport of(String option, boolean raw) {
        if (option == null) {
            return null;
        }
        String lower = option.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".json")) {
            throw new UsageException("--report: the file name must end in .csv or .json, found '"
                    + Cli.oneLine(option) + "'");
        }
        return new BatchReport(Path.of(option), lower.endsWith(".json"), raw);
    }

    /** Where the report goes, ".." after a folder not yet made taken lexically. */
    Path target() {
        return target;
    }

    /**
     * Refuses, before the run makes anything, a report that would replace one of its inputs read so far
     * (the manifest: exit 2) or that cannot be written where it is asked for (exit 3).
     */
    void checkWritable() {
        Path input = InputFiles.inputSameAs(target);
        if (input != null) {
            throw sameAsInput(input);
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            // A report replaces an earlier report or other text, never a handout or a binary file given its name.
            org.hep.io.ExistingFile.refuseUnlessText(target);
            OutputTarget to = OutputTarget.of(target);
            if (to.stream()) {
                return;
            }
            folder = to.path().getParent();
        }
        // A missing folder is made at the end, as a handout's is (a report often goes into a new
        // --out-dir): the nearest one that exists must take it.
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UncheckedIOException(file + ": cannot write: not a directory",
                    new java.nio.file.NotDirectoryException(folder.toString()));
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new UncheckedIOException(file + ": cannot write: permission denied",
                    new java.nio.file.AccessDeniedException(folder.toString()));
        }
    }

    /**
     * "out/../m.csv" while out does not exist yet: the system cannot go up from a folder that is not
     * there, so the check before the run would pass the name, and the run (which makes out) would then
     * write over, or be refused at, m.csv. A ".." right after a missing folder is taken as the folder
     * made then would take it: lexically. Links are not involved: a missing folder is no link.
     */
    static Path throughMissingFolders(Path file) {
        Path out = file.isAbsolute() ? file.getRoot() : null;
        for (Path part : file) {
            String name = part.toString();
            if (name.equals("..") && out != null && !Files.exists(out) && out.getFileName() != null
                    && !out.getFileName().toString().equals("..")) {
                out = out.getParent();
            } else {
                out = out == null ? part : out.resolve(part);
            }
        }
        return out == null ? file : out;
    }

    private UsageException sameAsInput(Path input) {
        return new UsageException("--report: " + Cli.oneLine(file.toString()) + " is also an input of this run ("
                + Cli.oneLine(input.toString()) + "); choose another report file");
    }

    /**
     * Rows are added by the threads that make them, as they finish. Each message is kept as stderr
     * prints it: one line, so a line break or tab from a quoted manifest cell ({@code "no\nplan"})
     * never splits a message in two, in the CSV (which joins a row's messages with line feeds) or the JSON.
     */
    synchronized void add(Entry e) {
        entries.add(new Entry(e.line(), e.written(), e.output(), e.messages().stream().map(Cli::oneLine).toList()));
    }

    /**
     * Writes the rows that have finished, in line order.
     *
     * @param stopping true when Ctrl-C or SIGTERM stopped the run: every other write has been stopped,
     *                 and this one is made all the same, so the report lists what the run wrote
     */
    synchronized void write(boolean stopping) {
        entries.sort(java.util.Comparator.comparingInt(Entry::line));
        Path input = InputFiles.inputSameAs(target);
        if (input != null) {
            throw sameAsInput(input); // a plan or template read by a row, found only now
        }
        byte[] bytes = json ? json() : csv();
        HandoutFile.makeFolder(target);
        if (stopping) {
            AtomicFile.writeWhileStopping(target, bytes);
        } else {
            AtomicFile.write(target, bytes);
        }
    }

    private byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setQuoteMode(
                     org.apache.commons.csv.QuoteMode.ALL_NON_NULL).get())) {
            p.printRecord("line", "status", "output", "messages");
            for (Entry e : entries) {
                p.printRecord(e.line(), status(e), cell(e.output() == null ? "" : e.output()),
                        cell(String.join("\n", e.messages())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private byte[] json() {
        StringBuilder s = new StringBuilder("[\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            s.append("  {\"line\": ").append(e.line()).append(", \"status\": ").append(quote(status(e)))
                    .append(", \"output\": ").append(e.output() == null ? "null" : quote(e.output()))
                    .append(", \"messages\": [");
            for (int m = 0; m < e.messages().size(); m++) {
                s.append(m == 0 ? "" : ", ").append(quote(e.messages().get(m)));
            }
            s.append("]}").append(i + 1 < entries.size() ? "," : "").append('\n');
        }
        return s.append("]\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private String cell(String text) {
        return raw ? text : CsvCells.guard(text);
    }

    private static String status(Entry e) {
        return e.written() ? "written" : "failed";
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
