package org.hep.app;

import java.io.UncheckedIOException;
import java.util.List;
import org.hep.load.DoseNumberLint;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.load.ExerciseLoader;
import org.hep.load.FileKind;
import org.hep.load.Library;
import org.hep.load.Source;
import org.hep.load.TemplateLoader;
import org.hep.load.TemplateWords;
import org.hep.load.TranslationCheck;
import org.hep.model.Plan;

/** Loads one file the way generate would, and returns every problem instead of throwing the first batch. */
public final class Validator {
    private Validator() {
    }

    /**
     * @param stem the id a file's name gives (an exercise's id must match it)
     * @param library exercises that plans may {@code use:}
     */
    public static List<Problem> check(Source source, String stem, FileKind kind, Library library) {
        return check(source, stem, kind, library, ClinicSetup.NONE);
    }

    /** @param setup configured template folders, where a plan's {@code template:} is also looked up */
    public static List<Problem> check(Source source, String stem, FileKind kind, Library library, ClinicSetup setup) {
        try {
            switch (kind) {
                case EXERCISE -> ExerciseLoader.load(source, stem);
                case TEMPLATE -> Generator.sampleLayout(TemplateLoader.load(source));
                case TEMPLATE_TRANSLATION -> TemplateWords.check(source);
                case PLAN_TRANSLATION, EXERCISE_TRANSLATION ->
                        TranslationCheck.check(source, kind == FileKind.EXERCISE_TRANSLATION, library);
                case PLAN -> {
                    Plan plan = org.hep.load.PlanLoader.load(source, stem, library);
                    if (plan.template() != null) {
                        Templates.choose(null, plan, setup);
                    }
                }
            }
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        } catch (UncheckedIOException e) {
            return List.of(new Problem(source.name(), 0, 0, e.getMessage().startsWith(source.name() + ": ")
                    ? e.getMessage().substring(source.name().length() + 2) : e.getMessage()));
        }
    }

    /** Things that load but may print wrong, such as a step that writes out the dose's seconds. */
    public static List<Problem> warnings(Source source, FileKind kind) {
        try {
            return kind == FileKind.TEMPLATE ? org.hep.load.AccentLint.warnings(source)
                    : DoseNumberLint.warnings(source, kind);
        } catch (UncheckedIOException e) {
            return List.of();   // check() has reported why the file cannot be read
        }
    }
}
