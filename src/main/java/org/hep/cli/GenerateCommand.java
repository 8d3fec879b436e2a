package org.hep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hep.app.Generator;
import org.hep.app.OutputFormat;
import org.hep.app.HandoutRequest;
import org.hep.app.PlanRef;
import org.hep.model.Language;
import org.hep.model.PageSize;
import org.hep.io.OutputNames;
import org.hep.io.Terminal;
import org.hep.load.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a PDF (or HTML) handout for a plan.",
        footer = {"", "Examples:",
            "  hep generate it-band-syndrome --patient \"Ana Lopez\" --sets 2",
            "  hep generate my-plan.yaml --template large-print -o handout.pdf",
            "  hep generate neck-pain --language fr --patient \"Léa Martin\"",
            "  hep generate knee-osteoarthritis --dose quad-set:hold=10 -o - | lpr"})
public final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    HepCommand parent;

    @Parameters(index = "0", paramLabel = "PLAN", description = "A plan file, a built-in plan id, or - for stdin.")
    String plan;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|-",
            description = "Output file, or - for stdout (default: <plan-id>[-<patient>].pdf); missing folders are made.")
    String output;

    @Option(names = "--no-clobber", description = "Keep an existing output file: fail instead of replacing it.")
    boolean noClobber;

    @Option(names = "--format", paramLabel = "pdf|html",
            description = "pdf (default) or html: one self-contained, accessible web page; "
                    + "an -o name ending in .html or .htm picks html too.")
    String format;

    @Mixin
    DebugOption debug;

    @Mixin
    HandoutOptions handout;

    @Mixin
    DoseOptions doses;

    @Mixin
    LibraryOption library;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Streams io = parent.streams;
        Path file = OutputPath.of(output);
        OutputFormat chosen = checkedFormat();
        if (chosen == OutputFormat.PDF && ("-".equals(output) && Terminal.isStdoutTerminal(io.out())
                || file != null && isTerminalDevice(file))) {
            throw new UsageException("refusing to write a PDF to a terminal; use -o FILE or pipe the output");
        }
        Settings settings = parent.settings();
        PageSize page = handout.pageSize() != null ? handout.pageSize() : settings.pageSize();
        HandoutRequest request = new HandoutRequest(handout.template, page, handout.details(),
                doses.overrides(), settings.setup());
        Language lang = language.language();
        Source source = PlanRef.resolve(plan, io.in());
        org.hep.model.Plan loaded = language.translating(() -> Generator.loadPlan(source, library.library(), lang));
        Generator.Result result = Generator.generate(loaded, source.name(), request, chosen);
        if (!result.branded() && Terminal.isStderrTerminal(io.err())) {
            // Said to a person at a terminal only; scripts get clean stderr.
            io.err().println("hep: note: this handout names no clinic; brand it with a template that extends "
                    + "standard and gives your clinic's name and phone (see docs/formats.md)");
        }
        for (var w : Generator.warnings(loaded, source, request)) {
            io.err().println(Cli.warning(w));
        }
        for (var w : result.missing()) {
            io.err().println(Cli.oneLine(GlyphWords.onCommandLine(w)));
        }
        for (var w : result.unshaped()) {
            io.err().println(Cli.oneLine(GlyphWords.onCommandLine(w)));
        }
        if ("-".equals(output)) {
            OutputOption.refuseStandardOutputIfInput();
            io.out().write(result.bytes(), 0, result.bytes().length);
            io.out().flush();
        } else {
            Path target = file != null ? file
                    : Path.of(OutputNames.name(result.planId(), request.details().patient(), chosen.extension()));
            HandoutFile.write(target, result.bytes(), noClobber);
        }
        return 0;
    }

    /** --format when given, else what the output's name ends with, else PDF. */
    private OutputFormat format() {
        if (format != null) {
            return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "pdf" -> OutputFormat.PDF;
                case "html" -> OutputFormat.HTML;
                default -> throw new UsageException("--format: must be pdf or html, found '" + format + "'");
            };
        }
        OutputFormat byName = output == null ? null : OutputFormat.ofFileName(output);
        return byName != null ? byName : OutputFormat.PDF;
    }

    /**
     * --format as given, checked against the output's name: a web page saved as x.pdf cannot be
     * opened as the PDF its name promises, and would block the next PDF written there.
     */
    private OutputFormat checkedFormat() {
        OutputFormat chosen = format();
        OutputFormat byName = output == null || output.equals("-") ? null : OutputFormat.ofFileName(output);
        if (format != null && byName != null && byName != chosen) {
            String stem = output.replaceFirst("(?i)\\.(pdf|html?)$", "");
            throw new UsageException("--format " + chosen.extension().substring(1) + " writes " + (chosen == OutputFormat.HTML
                    ? "a web page" : "a PDF") + ", but -o " + Cli.oneLine(output) + " names " + (byName == OutputFormat.HTML
                    ? "a web page" : "a PDF") + "; use -o " + Cli.oneLine(stem) + chosen.extension()
                    + ", or leave out --format");
        }
        return chosen;
    }

    /** -o /dev/stdout or /dev/tty at a terminal: binary PDF bytes would garble the screen. */
    private static boolean isTerminalDevice(Path file) {
        try {
            String real = file.toRealPath().toString();
            return real.startsWith("/dev/pts/") || real.startsWith("/dev/tty") || real.equals("/dev/console");
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }
}
