package org.hep.model;

import java.util.List;
import org.hep.figure.FigureSpec;

/**
 * One exercise as written in an exercise file or inline in a plan; {@code figure} and {@code progression} may be null.
 * {@code image} is the only picture, or the start position when {@code imageEnd} (the end position) is there too.
 */
public record Exercise(
        String id,
        String name,
        List<String> aliases,
        String summary,
        List<String> regions,
        List<String> tags,
        List<String> equipment,
        String start,
        List<String> steps,
        List<String> cues,
        List<String> cautions,
        Dose dose,
        ImageFile image,
        String imageAlt,
        ImageFile imageEnd,
        String imageEndAlt,
        String video,
        FigureSpec figure,
        Progression progression,
        String source) {

    public Exercise {
        aliases = List.copyOf(aliases);
        regions = List.copyOf(regions);
        tags = List.copyOf(tags);
        equipment = List.copyOf(equipment);
        steps = List.copyOf(steps);
        cues = List.copyOf(cues);
        cautions = List.copyOf(cautions);
    }

    public ExerciseText text() {
        return new ExerciseText(name, aliases, summary, equipment, start, steps, cues, cautions, imageAlt, imageEndAlt,
                figure == null ? null : figure.alt(), dose.load());
    }

    /** The same exercise with another progression (a translation's, whose load steps are in its words). */
    public Exercise withProgression(Progression p) {
        return new Exercise(id, name, aliases, summary, regions, tags, equipment, start, steps, cues, cautions, dose,
                image, imageAlt, imageEnd, imageEndAlt, video, figure, p, source);
    }

    /** The same exercise in other words (a translation): the dose but its load in words, regions, tags and media stay. */
    public Exercise withText(ExerciseText t, String textSource) {
        return new Exercise(id, t.name(), t.aliases(), t.summary(), regions, tags, t.equipment(), t.start(), t.steps(),
                t.cues(), t.cautions(), dose.withLoad(t.load()), image, t.imageAlt(), imageEnd, t.imageEndAlt(), video,
                figure == null ? null : figure.withAlt(t.figureAlt()), progression, textSource);
    }
}
