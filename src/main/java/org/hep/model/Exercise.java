package org.hep.model;

import java.util.List;
import org.hep.figure.FigureSpec;

/** One exercise as written in an exercise file or inline in a plan; {@code figure} may be null. */
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
        String video,
        FigureSpec figure,
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
}
