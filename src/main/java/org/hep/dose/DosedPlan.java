package org.hep.dose;

import java.util.List;
import org.hep.model.Plan;

/** The resolved model that the PDF and every summary format read: one interpretation, many outputs. */
public record DosedPlan(Plan plan, List<DosedExercise> exercises) {
    public DosedPlan {
        exercises = List.copyOf(exercises);
    }
}
