package org.hep.model;

import java.util.List;

/**
 * The words of an exercise that a patient reads: what a translation replaces.
 *
 * @param figureAlt the drawn figure's own alt text, or null
 * @param load the default dose's load in words ("light band"), or null when it has none
 */
public record ExerciseText(
        String name,
        List<String> aliases,
        String summary,
        List<String> equipment,
        String start,
        List<String> steps,
        List<String> cues,
        List<String> cautions,
        String imageAlt,
        String imageEndAlt,
        String figureAlt,
        String load) {

    public ExerciseText {
        aliases = List.copyOf(aliases);
        equipment = List.copyOf(equipment);
        steps = List.copyOf(steps);
        cues = List.copyOf(cues);
        cautions = List.copyOf(cautions);
    }
}
