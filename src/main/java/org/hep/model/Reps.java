package org.hep.model;

/** A repetition count: a single number when {@code min == max}, otherwise a range. */
public record Reps(int min, int max) {
    public boolean isRange() {
        return min != max;
    }

    @Override
    public String toString() {
        return isRange() ? min + "-" + max : Integer.toString(min);
    }
}
