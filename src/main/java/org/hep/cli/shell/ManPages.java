package org.hep.cli.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hep.cli.HepCommand;
import org.hep.cli.Streams;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Man pages in roff, from the same picocli model as {@code --help}: {@code hep.1} and one
 * {@code hep-COMMAND.1} per command. The build runs {@link #main} into {@code target/man}.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> written = write(Path.of(args[0]), version());
        System.out.println("man pages: " + written.size() + " in " + args[0]);
    }

    /** Writes every page into {@code dir}; returns their paths, {@code hep.1} first. */
    public static List<Path> write(Path dir, String version) throws IOException {
        Files.createDirectories(dir);
        PrintStream none = new PrintStream(PrintStream.nullOutputStream());
        CommandLine root = HepCommand.commandLine(new Streams(System.in, none, none), new String[0]);
        List<Path> pages = new ArrayList<>();
        pages.add(Files.writeString(dir.resolve("hep.1"), root(root.getCommandSpec(), version), StandardCharsets.UTF_8));
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            CommandSpec spec = e.getValue().getCommandSpec();
            pages.add(Files.writeString(dir.resolve("hep-" + e.getKey() + ".1"), command(spec, version),
                    StandardCharsets.UTF_8));
        }
        return pages;
    }

    static String root(CommandSpec spec, String version) {
        Roff r = header(spec, version);
        r.section("COMMANDS");
        for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
            r.item("\\fB" + Roff.escape(e.getKey()) + "\\fR",
                    String.join(" ", e.getValue().getCommandSpec().usageMessage().description())
                            + " See \\fBhep\\-" + Roff.escape(e.getKey()) + "\\fR(1).", true);
        }
        options(r, spec);
        r.section("EXIT STATUS");
        r.item("0", "Success.", false);
        r.item("1", "Invalid input: bad YAML, unknown id, failed batch rows.", false);
        r.item("2", "Usage error: a bad option or value.", false);
        r.item("3", "A file could not be read or written.", false);
        r.section("DIAGNOSTICS");
        r.paragraph("Every error is one line on standard error. It starts with \"hep: \" or with the file it is about, "
                + "as FILE:LINE:COLUMN: when the place in the file is known. --debug adds a stack trace.");
        return r.toString();
    }

    static String command(CommandSpec spec, String version) {
        Roff r = header(spec, version);
        List<PositionalParamSpec> positionals = spec.positionalParameters();
        if (!positionals.isEmpty()) {
            r.section("ARGUMENTS");
            for (PositionalParamSpec p : positionals) {
                r.item("\\fI" + Roff.escape(p.paramLabel()) + "\\fR", String.join(" ", p.description()), false);
            }
        }
        options(r, spec);
        footer(r, spec.usageMessage().footer());
        r.section("SEE ALSO");
        r.paragraph("hep(1)");
        return r.toString();
    }

    private static Roff header(CommandSpec spec, String version) {
        String name = spec.qualifiedName("-");
        Roff r = new Roff();
        r.line(".TH " + Roff.escape(name.toUpperCase(java.util.Locale.ROOT)) + " 1 \"\" \"hep " + Roff.escape(version)
                + "\" \"hep manual\"");
        r.section("NAME");
        r.line(Roff.escape(name) + " \\- " + Roff.escape(String.join(" ", spec.usageMessage().description())));
        r.section("SYNOPSIS");
        String synopsis = spec.commandLine().getHelp().synopsis(0).strip();
        r.preformatted(synopsis);
        r.section("DESCRIPTION");
        r.paragraph(String.join(" ", spec.usageMessage().description()));
        return r;
    }

    private static void options(Roff r, CommandSpec spec) {
        if (spec.options().isEmpty()) {
            return;
        }
        r.section("OPTIONS");
        List<OptionSpec> options = new ArrayList<>(spec.options());
        options.sort(java.util.Comparator.comparing(OptionSpec::longestName));
        for (OptionSpec o : options) {
            StringBuilder head = new StringBuilder();
            for (String n : o.names()) {
                head.append(head.isEmpty() ? "" : ", ").append("\\fB").append(Roff.escape(n)).append("\\fR");
            }
            if (o.arity().max() > 0) {
                head.append("=\\fI").append(Roff.escape(o.paramLabel())).append("\\fR");
            }
            String text = String.join(" ", o.description()).replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()));
            r.item(head.toString(), text, false);
        }
    }

    /** The footer's prose goes under NOTES, and what follows "Examples:" under EXAMPLES, as typed. */
    private static void footer(Roff r, String[] footer) {
        List<String> notes = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        boolean inExamples = false;
        for (String line : footer) {
            if (line.strip().equals("Examples:")) {
                inExamples = true;
            } else if (inExamples) {
                examples.add(line.strip());
            } else if (!line.isBlank()) {
                notes.add(line.strip());
            }
        }
        if (!notes.isEmpty()) {
            r.section("NOTES");
            r.paragraph(String.join(" ", notes));
        }
        if (!examples.isEmpty()) {
            r.section("EXAMPLES");
            r.preformatted(String.join("\n", examples).strip());
        }
    }

    private static String version() throws IOException {
        try (var in = ManPages.class.getResourceAsStream("/hep/version.txt")) {
            return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
