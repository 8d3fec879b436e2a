package org.hep.dose;

import org.hep.model.Dose;
import org.hep.model.Exercise;
import org.hep.model.Progression;

/**
 * An exercise with its final dose after every precedence level; {@code number} is 1-based as
 * printed. {@code progression} is null when there is none, or when the final dose no longer
 * starts where it starts.
 */
public record DosedExercise(int number, Exercise exercise, Dose dose, String notes, Progression progression) {
}
