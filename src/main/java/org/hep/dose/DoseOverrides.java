package org.hep.dose;

import java.util.List;
import java.util.Map;
import org.hep.model.Dose;

/**
 * What the command line asks for on top of the plan: a global dose ({@code --sets} …),
 * per-exercise doses ({@code --dose ID:k=v}), and which exercises to keep.
 */
public record DoseOverrides(Dose global, Map<String, Dose> perExercise, List<String> only, List<String> exclude) {
    public static final DoseOverrides NONE = new DoseOverrides(Dose.NONE, Map.of(), List.of(), List.of());

    public DoseOverrides {
        // Insertion order, so messages about several --dose options are the same on every run.
        perExercise = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perExercise));
        only = List.copyOf(only);
        exclude = List.copyOf(exclude);
    }
}
