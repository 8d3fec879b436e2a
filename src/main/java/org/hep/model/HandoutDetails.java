package org.hep.model;

import java.time.LocalDate;

/** Who and when a handout is for; everything but the date may be null. */
public record HandoutDetails(String patient, String therapist, LocalDate date, String notes, String nextVisit) {
    /** Nobody in particular, no date: a plan on its own. */
    public static final HandoutDetails NONE = new HandoutDetails(null, null, null, null, null);

    public HandoutDetails(String patient, String therapist, LocalDate date, String notes) {
        this(patient, therapist, date, notes, null);
    }
}
