package org.hep.load;

import java.util.List;
import java.util.Set;
import org.hep.model.Exercise;
import org.hep.model.ExerciseText;
import org.hep.model.Progression;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads {@code i18n/<language>/<id>.yaml} for an exercise: only its words, including the
 * default dose's {@code load} when it has one ("light band" is words too), and the load steps of
 * its progression ({@link ProgressLoadTranslation}). Dose numbers,
 * regions, tags, picture and video come from the base exercise file.
 */
final class ExerciseTranslation {
    static final List<String> KEYS = List.of("name", "aliases", "summary", "equipment", "start", "steps", "cues",
            "cautions", "image_alt", "image_end_alt", "figure_alt", "load", ProgressLoadTranslation.KEY);
    private static final Set<String> KNOWN = Set.copyOf(KEYS);

    private ExerciseTranslation() {
    }

    /** @param baseName the base exercise file, as messages name it */
    static Exercise apply(Exercise base, Source source, String baseName) {
        MappingNode root = YamlDocument.parseMapping(source, "an exercise's translated name, steps and other text");
        Problems problems = new Problems(source.name());
        Fields f = new Fields(root, problems, KNOWN);
        Translations.checkLanguageFolder(source, problems);
        TextOverlay o = new TextOverlay(f, baseName);
        ExerciseText text = new ExerciseText(o.text("name", base.name()), f.texts("aliases"),
                o.text("summary", base.summary()), o.texts("equipment", base.equipment()),
                o.text("start", base.start()), o.texts("steps", base.steps()), o.texts("cues", base.cues()),
                o.texts("cautions", base.cautions()), o.text("image_alt", base.imageAlt()),
                o.text("image_end_alt", base.imageEndAlt()),
                o.text("figure_alt", base.figure() == null ? null : base.figure().alt()),
                o.text("load", base.dose().load()));
        // The translation's placeholders are filled from the base's dose, so they must fit it.
        PlaceholderCheck.check(f, base.dose(), new TextPositions(source));
        SamePlaceholders same = new SamePlaceholders(problems, baseName);
        same.one(f.raw("start"), base.start(), "'start'", base.dose());
        same.items(f.raw("steps"), base.steps(), "step", base.dose());
        same.items(f.raw("cues"), base.cues(), "cue", base.dose());
        same.items(f.raw("cautions"), base.cautions(), "caution", base.dose());
        Progression progression = ProgressLoadTranslation.read(f, base.progression(), text.load(), baseName);
        problems.throwIfAny();
        return base.withText(text, source.name()).withProgression(progression);
    }
}
