package org.hep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hep.app.Generator;
import org.hep.app.HandoutRequest;
import org.hep.app.PlanRef;
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
        description = "Write a PDF handout for a plan.",
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
        if ("-".equals(output) && Terminal.isStdoutTerminal(io.out())) {
            throw new UsageException("refusing to write a PDF to a terminal; use -o FILE or pipe the output");
        }
        Settings settings = parent.settings();
        PageSize page = handout.pageSize() != null ? handout.pageSize() : settings.pageSize();
        HandoutRequest request = new HandoutRequest(handout.template, page, handout.details(),
                doses.overrides(), settings.setup());
        String lang = language.language();
        Source source = PlanRef.resolve(plan, io.in());
        Generator.Result result = Generator.generate(Generator.loadPlan(source, library.library(), lang),
                source.name(), request);
        if (result.warning() != null) {
            io.err().println(result.warning());
        }
        if ("-".equals(output)) {
            io.out().write(result.pdf(), 0, result.pdf().length);
            io.out().flush();
        } else {
            Path target = file != null ? file
                    : Path.of(OutputNames.pdfName(result.planId(), request.details().patient()));
            HandoutFile.write(target, result.pdf(), noClobber);
        }
        return 0;
    }
}
