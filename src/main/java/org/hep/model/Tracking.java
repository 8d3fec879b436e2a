package org.hep.model;

/**
 * What a template gives the patient to keep track with: how many weeks the log covers (0 = no
 * log), a pain 0–10 row in it, and a circle to tick per set on each exercise's dose strip.
 */
public record Tracking(int logWeeks, boolean logPain, boolean doseTicks) {
    public static final int MAX_WEEKS = 6;
}
