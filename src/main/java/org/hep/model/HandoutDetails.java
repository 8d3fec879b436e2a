package org.hep.model;

import java.time.LocalDate;

/** Who and when a handout is for; patient, therapist and notes may be null. */
public record HandoutDetails(String patient, String therapist, LocalDate date, String notes) {
}
