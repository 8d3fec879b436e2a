package org.hep.dose;

import org.hep.model.Dose;
import org.hep.model.Exercise;
import org.hep.model.RepCount;
import org.hep.model.Sides;

/**
 * What a dose given later (a plan entry over its exercise, an option over the plan) may not
 * take from the exercise's words. Later levels add values and change them, so almost every
 * change is safe; two are not: a rest of 0 where the text says "rest {rest}", and sides no
 * longer alternating where the repetitions were counted in total over both sides ("20 in
 * total" would silently become 20 on each side, twice the work).
 */
public final class LaterDose {
    private LaterDose() {
    }

    /** Why {@code dose}'s rest leaves the exercise's text with nothing to say, or null. */
    public static String restProblem(Exercise e, Dose dose) {
        return restProblem(e, null, dose);
    }

    /** As above, with the plan's note on the exercise ({@code notes}, may be null) read too. */
    public static String restProblem(Exercise e, String notes, Dose dose) {
        if (dose.restSeconds() == null || dose.restSeconds() != 0) {
            return null;
        }
        String where = saysRest(e) ? "exercise '" + e.id() + "' says {rest} in its text"
                : says(notes) ? "the plan's note on exercise '" + e.id() + "' says {rest}" : null;
        return where == null ? null : where + ", and a rest of 0 is no rest";
    }

    /** Whether the exercise's start, steps, cues or cautions say {rest}. */
    static boolean saysRest(Exercise e) {
        if (says(e.start())) {
            return true;
        }
        for (java.util.List<String> texts : java.util.List.of(e.steps(), e.cues(), e.cautions())) {
            for (String t : texts) {
                if (says(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code text} says {rest}. */
    static boolean says(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return false;
        }
        for (DoseText.Slot slot : DoseText.scan(text, null)) {
            if ("rest".equals(slot.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the sides of {@code after} make repetitions that {@code before} counted in total over
     * alternating sides read as a count for each side (or one side), or null. Null as well when
     * the level that changed the sides gave the repetitions too ({@code repsGiven}): it has said
     * what it means.
     */
    public static String countProblem(String id, Dose before, Dose after, boolean repsGiven) {
        if (repsGiven || !before.countsInTotal() || after.count() != RepCount.TOTAL
                || after.sides() == Sides.ALTERNATING || after.reps() == null) {
            return null;
        }
        String reps = after.reps().toString();
        String where = after.sides() == null ? "at once on both sides"
                : after.sides() == Sides.EACH ? "on each side" : "on the " + after.sides().key() + " side";
        return "exercise '" + id + "' counts its " + reps + " repetitions in total over both sides, taking turns; "
                + "done " + where + ", the handout would say " + reps + " " + where;
    }
}
