package org.hep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hep.app.Generator;
import org.hep.app.PlanRef;
import org.hep.dose.DoseOverrides;
import org.hep.dose.DoseResolver;
import org.hep.compose.Handout;
import org.hep.compose.HandoutComposer;
import org.hep.dose.DosedPlan;
import org.hep.load.TemplateLoader;
import org.hep.model.HandoutDetails;
import org.hep.model.Language;
import org.hep.model.Plan;
import org.hep.summary.PlanFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Print a plan with its final doses, as text, Markdown, JSON or CSV.",
        footer = {"", "The JSON keys and CSV columns are described in docs/summary-formats.md.", "", "Examples:",
            "  hep summary it-band-syndrome --sets 2",
            "  hep summary my-plan.yaml --format markdown > plan.md",
            "  hep summary knee-osteoarthritis --format json | jq '.exercises[].dose_words'"})
public final class SummaryCommand implements Callable<Integer> {
    @ParentCommand
    HepCommand parent;

    @Parameters(index = "0", paramLabel = "PLAN", description = "A plan file, a built-in plan id, or - for stdin.")
    String plan;

    @Option(names = "--format", paramLabel = "text|markdown|json|csv", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    PlanFormat format;

    @Mixin
    DebugOption debug;

    @Mixin
    OutputOption output;

    @Mixin
    RawCsvOption csv;

    @Mixin
    DoseOptions doses;

    @Mixin
    LibraryOption library;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Streams io = parent.streams;
        output.check(format.key(), List.of("text", "markdown", "json", "csv"));
        DoseOverrides overrides = doses.overrides();
        Language lang = language.language();
        org.hep.load.Source source = PlanRef.resolve(plan, io.in());
        Plan loaded = language.translating(() -> Generator.loadPlan(source, library.library(), lang));
        DosedPlan dosed = DoseResolver.resolve(loaded, overrides);
        org.hep.app.DoseContradictions.find(dosed, source).forEach(w -> io.err().println(Cli.warning(w)));
        // Every section, no patient: a summary is the plan itself, whatever template prints it.
        Handout handout = HandoutComposer.compose(dosed, TemplateLoader.defaults(), HandoutDetails.NONE);
        output.write(io, format.plan(handout, csv.raw));
        return 0;
    }
}
