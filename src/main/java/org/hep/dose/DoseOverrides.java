package org.hep.dose;

import java.util.List;
import java.util.Map;
import org.hep.model.Dose;
import org.hep.model.SafeText;

/**
 * What the command line asks for on top of the plan: a global dose ({@code --sets} …),
 * per-exercise doses ({@code --dose ID:k=v}), and which exercises to keep.
 */
public record DoseOverrides(Dose global, Map<String, Dose> perExercise, List<String> only, List<String> exclude) {
    public static final DoseOverrides NONE = new DoseOverrides(Dose.NONE, Map.of(), List.of(), List.of());

    public DoseOverrides {
        // Insertion order, so messages about several --dose options are the same on every run.
        // Ids composed (NFC) as the loaded ones are: "café" typed matches "café" from a Mac's file name.
        java.util.LinkedHashMap<String, Dose> per = new java.util.LinkedHashMap<>();
        perExercise.forEach((id, dose) -> per.merge(SafeText.composed(id), dose, Dose::over));
        perExercise = java.util.Collections.unmodifiableMap(per);
        only = composed(only);
        exclude = composed(exclude);
    }

    /**
     * Each id composed, in a list that cannot be changed. A plain loop: two like method references
     * in one class share one prepared class in the start-up archive, and the second was made anew.
     */
    private static List<String> composed(List<String> ids) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(SafeText.composed(id));
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
