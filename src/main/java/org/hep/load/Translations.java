package org.hep.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.diag.RequestException;
import org.hep.diag.RequestException.Subject;
import org.hep.model.Exercise;
import org.hep.model.Language;
import org.hep.model.Plan;
import org.hep.model.PlanEntry;

/**
 * A plan or exercise in the language it is printed in. Built-in exercises are written in
 * English; a clinic's own exercise files are taken to be in the language of the plan that uses
 * them. Any other language comes from a translation file beside the base file, and a missing
 * translation is refused rather than printed half in one language, half in another.
 */
public final class Translations {
    private Translations() {
    }

    /**
     * The plan in {@code language} (null: its own): the plan itself with each exercise in the
     * plan's language, or its translation when the plan is written in another language. A
     * language asked for that a file lacks is a request that cannot be met; a plan whose own
     * language an exercise lacks is bad input.
     */
    public static Plan plan(Plan base, Source baseSource, Language language, Library library) {
        Language target = language == null ? base.language() : language;
        List<Problem> problems = new ArrayList<>();
        PlanTranslation.Overlay overlay = null;
        if (target != base.language()) {
            Source t = TranslationSources.find(baseSource, stem(baseSource), target);
            if (t == null) {
                throw new RequestException(Subject.LANGUAGE, baseSource.name() + " has no " + describe(target)
                        + " translation; it is available in " + available(base, baseSource));
            }
            try {
                overlay = PlanTranslation.read(base, t, baseSource.name());
            } catch (InvalidInputException broken) {
                problems.addAll(broken.problems());
            }
        }
        List<PlanEntry> entries = new ArrayList<>();
        List<MissingTranslation> missing = new ArrayList<>();
        boolean unchanged = true; // every exercise as it was (compared by identity: cheaper at start than records' equals)
        for (PlanEntry e : base.entries()) {
            Exercise printed = e.exercise();
            try {
                printed = inPlan(e, base, target, library);
            } catch (InvalidInputException broken) {
                problems.addAll(broken.problems());
            } catch (MissingTranslation m) {
                missing.add(m);
            }
            unchanged &= printed == e.exercise();
            entries.add(overlay == null ? new PlanEntry(printed, e.dose(), e.notes(), e.progression()) : overlay.entry(e, printed));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!missing.isEmpty()) {
            throw missing(missing, target, language != null, base.source());
        }
        if (overlay == null && unchanged) {
            return base;
        }
        return base.withText(overlay == null ? base.text() : overlay.text(), entries);
    }

    /** "no French (fr) translation of a.yaml (add i18n/fr/a.yaml), b.yaml (…)". */
    private static RuntimeException missing(List<MissingTranslation> missing, Language language, boolean asked,
            String planSource) {
        String list = missing.stream().map(m -> m.file() + " (" + m.whereToAdd() + ")")
                .collect(Collectors.joining(", "));
        if (asked) {
            return new RequestException(Subject.LANGUAGE, "no " + describe(language) + " translation of " + list);
        }
        return new InvalidInputException(new Problem(planSource, 0, 0, "the plan is in " + describe(language)
                + " but has exercises without a " + describe(language) + " translation: " + list));
    }

    /** An exercise of the library in {@code language} (null: as written), for show and list (exercise files are English). */
    public static Exercise exercise(Library library, String id, Language language) {
        Exercise base = library.exercise(id);
        if (base == null || language == null || language == Language.EN) {
            return base;
        }
        try {
            return library.translated(id, language);
        } catch (MissingTranslation m) {
            throw new RequestException(Subject.LANGUAGE, m.file() + " has no " + describe(language) + " translation ("
                    + m.whereToAdd() + ")");
        }
    }

    /** True when the plan is written in {@code language} or has a translation file into it. */
    public static boolean has(Plan base, Source baseSource, Language language) {
        return language == base.language() || TranslationSources.find(baseSource, stem(baseSource), language) != null;
    }

    /** True when the library exercise is English (exercise files are) or has a translation file into it. */
    public static boolean has(Library library, String id, Language language) {
        return language == Language.EN || TranslationSources.find(library.source(id), id, language) != null;
    }

    /** The entry's exercise in the plan's printed language. */
    private static Exercise inPlan(PlanEntry e, Plan plan, Language language, Library library) {
        Exercise ex = e.exercise();
        if (ex.source().equals(plan.source())) {
            if (language == plan.language()) {
                return ex;
            }
            throw new MissingTranslation("exercise '" + ex.name() + "' of " + plan.source(),
                    "written inside the plan: move it to an exercise file in a --library folder, with i18n/"
                            + language.tag() + "/" + ex.id() + ".yaml beside it");
        }
        Source source = library.source(ex.id());
        if (source == null || !source.name().equals(ex.source())) {
            // Named by path in the plan ('use: ../exercises/x.yaml'): written in the plan's
            // language, with its translations beside its own file.
            return language == plan.language() ? ex : loadExercise(ex, Source.file(Path.of(ex.source())), language);
        }
        Language writtenIn = BuiltIns.isOwn(source) ? Language.EN : plan.language();
        return language == writtenIn ? ex : library.translated(ex.id(), language);
    }

    /** Loads the translation of a library exercise; {@link Library} caches the result. */
    static Exercise loadExercise(Exercise base, Source baseSource, Language language) {
        Source t = TranslationSources.find(baseSource, base.id(), language);
        if (t == null) {
            throw new MissingTranslation(baseSource.name(),
                    "add " + TranslationSources.expectedPath(baseSource, base.id(), language));
        }
        return ExerciseTranslation.apply(base, t, baseSource.name());
    }

    /** The plan's own language and every language it has a translation file for: "English (en), French (fr)". */
    static String available(Plan base, Source baseSource) {
        List<Language> out = new ArrayList<>();
        out.add(base.language());
        for (Language lang : Language.values()) {
            if (lang != base.language() && TranslationSources.find(baseSource, stem(baseSource), lang) != null) {
                out.add(lang);
            }
        }
        return out.stream().map(Translations::describe).collect(Collectors.joining(", "));
    }

    /**
     * The language a translation file is for, from its folder; a folder hep has no printed
     * labels for is a problem (null), since such a handout would mix languages.
     */
    static Language checkLanguageFolder(Source translation, Problems problems) {
        String folder = TranslationSources.languageOf(translation);
        Language language = Language.tags().contains(folder) ? Language.forTag(folder) : null;
        if (language == null) {
            problems.at(1, 1, "translations can be printed in " + String.join(", ", Language.tags())
                    + " only (the languages hep has labels for); this file is in the '" + folder + "' folder");
        }
        return language;
    }

    /** "French (fr)". */
    public static String describe(Language language) {
        return language.locale().getDisplayLanguage(Locale.ENGLISH) + " (" + language.tag() + ")";
    }

    /** The plan's translation into {@code language} beside {@code baseSource}, or null when it has none. */
    public static Source planTranslation(Source baseSource, Language language) {
        return TranslationSources.find(baseSource, stem(baseSource), language);
    }

    static String stem(Source source) {
        String name = source.name().replace('\\', '/');
        return FileNames.stem(name.substring(name.lastIndexOf('/') + 1));
    }
}
