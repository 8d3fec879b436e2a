package org.hep.model;

import java.util.List;

/**
 * A dose that steps up over time, e.g. repetitions 10 → 15 → 20, one step each week. Every
 * stage sets the same keys (sets, reps, hold, rest or load); the first stage is the dose the
 * patient starts with.
 *
 * @param everyDays days between steps (a week is 7)
 */
public record Progression(List<Dose> stages, int everyDays) {
    public static final int MIN_STAGES = 2;
    public static final int MAX_STAGES = 6;

    public Progression {
        stages = List.copyOf(stages);
    }
}
