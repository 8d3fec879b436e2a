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
        only = only.stream().map(SafeText::composed).toList();
        exclude = exclude.stream().map(SafeText::composed).toList();
    }
}
