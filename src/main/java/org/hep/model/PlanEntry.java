package org.hep.model;

/** One exercise in a plan: the exercise, the plan's own dose for it, and therapist notes. */
public record PlanEntry(Exercise exercise, Dose dose, String notes) {
}
