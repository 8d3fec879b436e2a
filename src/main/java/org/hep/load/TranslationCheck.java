package org.hep.load;

import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.diag.RequestException;
import org.hep.model.Language;
import org.hep.model.Plan;

/** A translation file checked against its base, as {@code hep validate} reads it. */
public final class TranslationCheck {
    private TranslationCheck() {
    }

    /**
     * The base exists, the words match its shape, and a plan's exercises all have that
     * language too; every problem is thrown together.
     */
    public static void check(Source translation, boolean ofExercise, Library library) {
        Source base = TranslationSources.baseOf(translation);
        if (base == null) {
            throw new InvalidInputException(new Problem(translation.name(), 1, 1, "no file to translate: "
                    + TranslationSources.expectedBase(translation) + " does not exist"));
        }
        Problems p = new Problems(translation.name());
        Language language = Translations.checkLanguageFolder(translation, p);
        p.throwIfAny();
        String stem = Translations.stem(base);
        if (ofExercise) {
            ExerciseTranslation.apply(ExerciseLoader.load(base, stem), translation, base.name());
            return;
        }
        Plan plan = PlanLoader.load(base, stem, library);
        PlanTranslation.read(plan, translation, base.name());
        if (language != plan.language()) {
            try {
                Translations.plan(plan, base, language, library);
            } catch (RequestException missing) {
                // Validating asks for no language: a plan translation whose exercises lack it is this file's problem.
                throw new InvalidInputException(new Problem(translation.name(), 0, 0, missing.getMessage()));
            }
        }
    }
}
