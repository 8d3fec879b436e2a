package org.hep.cli;

import java.util.Locale;

/**
 * The {@code -o} name of {@code summary}, {@code list} and {@code show} checked against the format
 * they write, before any work: {@code summary -o keep.pdf} wrote plain text under a PDF's name,
 * which no PDF reader opens, and a later handout could not be written there either.
 */
final class TextOutputName {
    private TextOutputName() {
    }

    /**
     * @param format   the format written: text, markdown, json or csv
     * @param formats  the formats this command can write, for the hint
     * @throws UsageException naming both when the name's extension says another kind of file
     */
    static void check(String output, String format, java.util.List<String> formats) {
        if (output == null || output.equals("-")) {
            return;
        }
        String name = output.substring(output.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return;
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String named = switch (ext) {
            case "pdf" -> "a PDF";
            case "html", "htm", "xhtml" -> "a web page";
            case "yaml", "yml" -> "a YAML file";
            case "svg" -> "an SVG picture";
            case "json" -> "a JSON file";
            case "csv" -> "a CSV file";
            case "md", "markdown" -> "a Markdown file";
            default -> null;
        };
        String wanted = extension(format);
        if (named == null || ext.equals(wanted) || ext.equals("markdown") && format.equals("markdown")) {
            return;
        }
        String other = switch (ext) {
            case "json" -> "json";
            case "csv" -> "csv";
            case "md", "markdown" -> "markdown";
            default -> null;
        };
        String stem = output.substring(0, output.length() - ext.length() - 1);
        throw new UsageException("-o " + Cli.oneLine(output) + " names " + named + ", but this writes "
                + words(format) + " (--format " + format + "); use -o " + Cli.oneLine(stem) + "." + wanted
                + (other != null && formats.contains(other) ? ", or --format " + other : ""));
    }

    private static String extension(String format) {
        return switch (format) {
            case "markdown" -> "md";
            case "text" -> "txt";
            default -> format;
        };
    }

    private static String words(String format) {
        return switch (format) {
            case "markdown" -> "Markdown";
            case "json" -> "JSON";
            case "csv" -> "CSV";
            default -> "plain text";
        };
    }
}
