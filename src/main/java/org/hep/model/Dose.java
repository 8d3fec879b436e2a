package org.hep.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much of an exercise to do: a value per {@link DoseKey}, any of them unset (= not said at
 * this level). {@link #over(Dose)} layers one level of the precedence chain onto another.
 * Immutable; the typed getters are shorthands for the keys the handout phrases specially.
 */
public final class Dose {
    public static final Dose NONE = new Dose(new EnumMap<>(DoseKey.class));

    private final Map<DoseKey, Object> values;

    private Dose(EnumMap<DoseKey, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** A dose from the usual keys in table order (tests and fixtures); nulls leave a key unset. */
    public static Dose of(Integer sets, Reps reps, Integer holdSeconds, Sides sides, Integer restSeconds,
                          Integer perDay, Integer daysPerWeek, String load) {
        return NONE.with(DoseKey.SETS, sets).with(DoseKey.REPS, reps).with(DoseKey.HOLD, holdSeconds)
                .with(DoseKey.SIDES, sides).with(DoseKey.REST, restSeconds).with(DoseKey.PER_DAY, perDay)
                .with(DoseKey.DAYS_PER_WEEK, daysPerWeek).with(DoseKey.LOAD, load);
    }

    public Object get(DoseKey key) {
        return values.get(key);
    }

    public boolean has(DoseKey key) {
        return values.containsKey(key);
    }

    /** This dose with {@code key} set to {@code value} (null unsets it). */
    public Dose with(DoseKey key, Object value) {
        EnumMap<DoseKey, Object> copy = copy();
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new Dose(copy);
    }

    /** This dose with {@code key} set from its text form, parsed and range-checked by the key. */
    public Dose withText(DoseKey key, String text) throws DoseValueException {
        return with(key, key.parse(text));
    }

    /** This dose with every key that {@code top} sets replaced by top's value. */
    public Dose over(Dose top) {
        if (top == null || top.values.isEmpty()) {
            return this;
        }
        EnumMap<DoseKey, Object> copy = copy();
        copy.putAll(top.values);
        return new Dose(copy);
    }

    public Dose withSides(Sides newSides) {
        return with(DoseKey.SIDES, newSides);
    }

    public Dose withHold(Integer seconds) {
        return with(DoseKey.HOLD, seconds);
    }

    public Dose withReps(Reps newReps) {
        return with(DoseKey.REPS, newReps);
    }

    /** True when repetitions on alternating sides are counted together, not per side. */
    public boolean countsInTotal() {
        return sides() == Sides.ALTERNATING && count() == RepCount.TOTAL;
    }

    /** The same dose with the load in other words (a translation). */
    public Dose withLoad(String newLoad) {
        return with(DoseKey.LOAD, newLoad);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Integer sets() {
        return (Integer) values.get(DoseKey.SETS);
    }

    public Reps reps() {
        return (Reps) values.get(DoseKey.REPS);
    }

    public Integer holdSeconds() {
        return (Integer) values.get(DoseKey.HOLD);
    }

    public Sides sides() {
        return (Sides) values.get(DoseKey.SIDES);
    }

    public Integer restSeconds() {
        return (Integer) values.get(DoseKey.REST);
    }

    public Integer perDay() {
        return (Integer) values.get(DoseKey.PER_DAY);
    }

    public Integer daysPerWeek() {
        return (Integer) values.get(DoseKey.DAYS_PER_WEEK);
    }

    public String load() {
        return (String) values.get(DoseKey.LOAD);
    }

    public RepCount count() {
        return (RepCount) values.get(DoseKey.COUNT);
    }

    private EnumMap<DoseKey, Object> copy() {
        return values.isEmpty() ? new EnumMap<>(DoseKey.class) : new EnumMap<>(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dose d && values.equals(d.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Dose" + values;
    }
}
