package org.hep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hep.diag.InvalidInputException;
import org.hep.load.Library;
import org.hep.diag.Problem;
import org.hep.diag.Suggest;
import org.hep.load.Library;
import org.hep.load.Translations;
import org.hep.model.Exercise;
import org.hep.compose.HandoutComposer;
import org.hep.model.Language;
import org.hep.summary.PlanFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one exercise from the library with its default dose.",
        footer = {"", "Examples:",
            "  hep show squat",
            "  hep show clamshell --format json | jq .steps"})
public final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    HepCommand parent;

    @Parameters(index = "0", paramLabel = "EXERCISE_ID", description = "An exercise id or alias (see 'hep list exercises').")
    String id;

    @Option(names = "--format", paramLabel = "text|markdown|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    PlanFormat format;

    @Mixin
    DebugOption debug;

    @Mixin
    OutputOption output;

    @Mixin
    LibraryOption library;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        if (format == PlanFormat.CSV) {
            throw new UsageException("--format: must be text, markdown or json for one exercise; "
                    + "use 'hep list exercises --format csv' for a table");
        }
        output.check(format.key(), List.of("text", "markdown", "json"));
        if (id.isBlank()) {
            throw new UsageException("show: the exercise id is empty; give one (see 'hep list exercises')");
        }
        Language lang = language.language();
        Library lib = library.library();
        Exercise exercise = lib.exercise(id);
        if (exercise == null) {
            exercise = byAlias(lib, id, lang);
        }
        if (exercise == null) {
            throw new InvalidInputException(new Problem(id, 0, 0, "no such exercise"
                    + Suggest.hint(id, lib.exerciseIds()) + " (see 'hep list exercises')"));
        }
        String found = exercise.id();
        Exercise shown = language.translating(() -> Translations.exercise(lib, found, lang));
        // Placeholders read as the default dose says, in the language printed.
        Language printed = lang == null ? Language.EN : lang;
        output.write(parent.streams, format.exercise(HandoutComposer.exercise(shown, printed), shown, printed));
        return 0;
    }

    /**
     * "sit to stand" finds the exercise that lists it under {@code aliases}, in English or in the
     * chosen language's translation; broken files are skipped here.
     */
    private static Exercise byAlias(Library lib, String alias, Language lang) {
        List<Exercise> found = new java.util.ArrayList<>();
        for (String other : lib.exerciseIds()) {
            try {
                Exercise e = lib.exercise(other);
                if (hasAlias(e, alias) || lang != null && hasAlias(Translations.exercise(lib, other, lang), alias)) {
                    found.add(e);
                }
            } catch (InvalidInputException | java.io.UncheckedIOException e) {
                // 'hep validate' reports it (a broken or unreadable file); here it simply cannot match
            }
        }
        if (found.size() > 1) {
            // Showing the first would show one of them by the accident of its name's order.
            throw new InvalidInputException(new Problem(alias, 0, 0, "another name of " + found.size()
                    + " exercises (" + String.join(", ", found.stream().map(Exercise::id).toList())
                    + "); show one by its id"));
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static boolean hasAlias(Exercise e, String alias) {
        return e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(alias.strip()));
    }
}
