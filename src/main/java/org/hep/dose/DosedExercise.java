package org.hep.dose;

import org.hep.model.Dose;
import org.hep.model.Exercise;

/** An exercise with its final dose after every precedence level; {@code number} is 1-based as printed. */
public record DosedExercise(int number, Exercise exercise, Dose dose, String notes) {
}
