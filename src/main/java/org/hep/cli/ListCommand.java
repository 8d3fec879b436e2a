package org.hep.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hep.app.Generator;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.load.Source;
import org.hep.load.TemplateLoader;
import org.hep.load.Translations;
import org.hep.model.Exercise;
import org.hep.model.Language;
import org.hep.model.Plan;
import org.hep.model.Template;
import org.hep.summary.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the built-in plans, exercises or templates.",
        footer = {"", "Examples:",
            "  hep list",
            "  hep list exercises --region knee --tag strength",
            "  hep list plans --format json | jq -r '.[].id'"})
public final class ListCommand implements Callable<Integer> {
    enum What { PLANS, EXERCISES, TEMPLATES }

    @ParentCommand
    HepCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "plans|exercises|templates", defaultValue = "plans",
            description = "What to list (default: ${DEFAULT-VALUE}).")
    What what;

    @Option(names = "--region", paramLabel = "R", description = "Only items for this body region, e.g. knee.")
    String region;

    @Option(names = "--tag", paramLabel = "T", description = "Only items with this tag, e.g. strength.")
    String tag;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    DebugOption debug;

    @Mixin
    OutputOption output;

    @Mixin
    RawCsvOption csv;

    @Mixin
    LibraryOption library;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "csv").contains(f)) {
            throw new UsageException("--format: must be text, json or csv, found '" + format + "'");
        }
        output.check(f, List.of("text", "json", "csv"));
        if (what == What.TEMPLATES && (region != null || tag != null)) {
            throw new UsageException("--region and --tag apply to plans and exercises, not templates");
        }
        if (what == What.TEMPLATES && language.language != null) {
            throw new UsageException("--language applies to plans and exercises, not templates");
        }
        Language lang = language.language();
        Table table = switch (what) {
            case PLANS -> plans(library.library(), lang);
            case EXERCISES -> {
                Library lib = library.library();
                LibraryOption.noteClashes(lib, parent.streams);
                yield exercises(lib, lang);
            }
            case TEMPLATES -> templates();
        };
        output.write(parent.streams, table.render(f, csv.raw));
        unknownWord("region", region, regionsSeen);
        unknownWord("tag", tag, tagsSeen);
        if (!broken.isEmpty()) {
            // The exercises that load are listed; each broken file is named, and the exit says so.
            throw new org.hep.diag.InvalidInputException(broken);
        }
        return 0;
    }

    /**
     * A region or tag that no item has is most likely mistyped ("kne"): an empty list alone would
     * read as "there is none", so a note on stderr says so, with the closest words (stdout stays empty).
     */
    private void unknownWord(String what, String word, java.util.Set<String> seen) {
        if (word == null || seen.stream().anyMatch(w -> w.equalsIgnoreCase(word.strip()))) {
            return;
        }
        parent.streams.err().println("hep: note: no item has the " + what + " '" + Cli.oneLine(word.strip()) + "'"
                + org.hep.diag.Suggest.hint(word.strip().toLowerCase(java.util.Locale.ROOT), seen));
    }

    /** Problems of exercise files that did not load, reported after the list of those that did. */
    private final List<org.hep.diag.Problem> broken = new ArrayList<>();
    private final java.util.Set<String> regionsSeen = new java.util.TreeSet<>();
    private final java.util.Set<String> tagsSeen = new java.util.TreeSet<>();

    /** With a language, the plans available in it, in its words. */
    private Table plans(Library lib, Language lang) {
        List<List<Object>> rows = new ArrayList<>();
        for (String file : BuiltIns.list("plans")) {
            Source source = BuiltIns.source("plans/" + file);
            Plan p = Generator.loadPlan(source, lib);
            if (lang != null && !Translations.has(p, source, lang)) {
                continue;
            }
            p = Translations.plan(p, source, lang, lib);
            if (matches(p.regions(), p.tags())) {
                rows.add(Arrays.asList(p.id(), p.title(), p.regions(), p.tags(), p.condition(), p.entries().size()));
            }
        }
        return new Table(List.of("id", "title", "regions", "tags", "condition", "exercises"), rows, 3);
    }

    /** With a language, the exercises that have a translation into it, in its words. */
    private Table exercises(Library lib, Language lang) {
        List<List<Object>> rows = new ArrayList<>();
        for (Exercise base : lib.loadable(broken)) {
            if (lang != null && !Translations.has(lib, base.id(), lang)) {
                continue;
            }
            Exercise e = Translations.exercise(lib, base.id(), lang);
            if (matches(e.regions(), e.tags())) {
                rows.add(Arrays.asList(e.id(), e.name(), e.regions(), e.tags(), e.equipment(), e.summary()));
            }
        }
        return new Table(List.of("id", "name", "regions", "tags", "equipment", "summary"), rows, 3);
    }

    /** The templates a name reaches: the clinic's (hep.yaml, HEP_TEMPLATES) over the built-in ones. */
    private Table templates() {
        List<List<Object>> rows = new ArrayList<>();
        for (var named : org.hep.app.Templates.named(parent.settings().setup().templateFolders()).entrySet()) {
            try {
                Template t = TemplateLoader.load(named.getValue());
                rows.add(Arrays.asList(named.getKey(), t.page().key(), Math.round(t.bodySize())));
            } catch (org.hep.diag.InvalidInputException e) {
                broken.addAll(e.problems()); // listed after the good ones, as a broken exercise is
            }
        }
        return new Table(List.of("name", "page", "size"), rows, 3);
    }

    /** Region and tag match case-insensitively; both must match when both are given. */
    private boolean matches(List<String> regions, List<String> tags) {
        regionsSeen.addAll(regions);
        tagsSeen.addAll(tags);
        return (region == null || contains(regions, region)) && (tag == null || contains(tags, tag));
    }

    private static boolean contains(List<String> words, String word) {
        return words.stream().anyMatch(w -> w.equalsIgnoreCase(word.strip()));
    }
}
