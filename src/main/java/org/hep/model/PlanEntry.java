package org.hep.model;

/**
 * One exercise in a plan: the exercise, the plan's own dose for it, therapist notes, and the
 * plan's own progression for it (null to keep the exercise's).
 */
public record PlanEntry(Exercise exercise, Dose dose, String notes, Progression progression) {
}
