package org.hep.model;

/**
 * How much of an exercise to do. Every field may be null (= not said at this level);
 * {@link #over(Dose)} layers one level of the precedence chain onto another.
 */
public record Dose(Integer sets, Reps reps, Integer holdSeconds, Sides sides, Integer restSeconds,
                   Integer perDay, Integer daysPerWeek, String load, RepCount count) {

    public static final Dose NONE = new Dose(null, null, null, null, null, null, null, null, null);

    /** A dose without {@code count} (repetitions on alternating sides are then counted per side). */
    public Dose(Integer sets, Reps reps, Integer holdSeconds, Sides sides, Integer restSeconds,
                Integer perDay, Integer daysPerWeek, String load) {
        this(sets, reps, holdSeconds, sides, restSeconds, perDay, daysPerWeek, load, null);
    }

    /** This dose with every field that {@code top} sets replaced by top's value. */
    public Dose over(Dose top) {
        if (top == null) {
            return this;
        }
        return new Dose(
                pick(top.sets, sets), pick(top.reps, reps), pick(top.holdSeconds, holdSeconds),
                pick(top.sides, sides), pick(top.restSeconds, restSeconds), pick(top.perDay, perDay),
                pick(top.daysPerWeek, daysPerWeek), pick(top.load, load), pick(top.count, count));
    }

    public Dose withSides(Sides newSides) {
        return new Dose(sets, reps, holdSeconds, newSides, restSeconds, perDay, daysPerWeek, load, count);
    }

    public Dose withHold(Integer seconds) {
        return new Dose(sets, reps, seconds, sides, restSeconds, perDay, daysPerWeek, load, count);
    }

    public Dose withReps(Reps newReps) {
        return new Dose(sets, newReps, holdSeconds, sides, restSeconds, perDay, daysPerWeek, load, count);
    }

    /** True when repetitions on alternating sides are counted together, not per side. */
    public boolean countsInTotal() {
        return sides == Sides.ALTERNATING && count == RepCount.TOTAL;
    }

    /** The same dose with the load in other words (a translation). */
    public Dose withLoad(String newLoad) {
        return new Dose(sets, reps, holdSeconds, sides, restSeconds, perDay, daysPerWeek, newLoad);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static <T> T pick(T top, T base) {
        return top != null ? top : base;
    }
}
