package org.hep.model;

/**
 * How much of an exercise to do. Every field may be null (= not said at this level);
 * {@link #over(Dose)} layers one level of the precedence chain onto another.
 */
public record Dose(Integer sets, Reps reps, Integer holdSeconds, Sides sides, Integer restSeconds,
                   Integer perDay, Integer daysPerWeek, String load) {

    public static final Dose NONE = new Dose(null, null, null, null, null, null, null, null);

    /** This dose with every field that {@code top} sets replaced by top's value. */
    public Dose over(Dose top) {
        if (top == null) {
            return this;
        }
        return new Dose(
                pick(top.sets, sets), pick(top.reps, reps), pick(top.holdSeconds, holdSeconds),
                pick(top.sides, sides), pick(top.restSeconds, restSeconds), pick(top.perDay, perDay),
                pick(top.daysPerWeek, daysPerWeek), pick(top.load, load));
    }

    public Dose withSides(Sides newSides) {
        return new Dose(sets, reps, holdSeconds, newSides, restSeconds, perDay, daysPerWeek, load);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static <T> T pick(T top, T base) {
        return top != null ? top : base;
    }
}
