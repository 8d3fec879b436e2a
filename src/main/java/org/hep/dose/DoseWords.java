package org.hep.dose;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import org.hep.i18n.Labels;
import org.hep.model.Dose;
import org.hep.model.DoseKey;
import org.hep.model.Reps;
import org.hep.model.Sides;

/**
 * Turns a dose into words a patient reads without help, e.g.
 * "3 sets of 10–20 repetitions, each side · hold 5 seconds · rest 1 minute between sets".
 * The PDF and every summary format call this; nothing else phrases a dose.
 */
public final class DoseWords {
    /** Keys the sentence phrases specially; how often ({@link #frequency}) is said apart. */
    private static final Set<DoseKey> PHRASED = EnumSet.of(DoseKey.SETS, DoseKey.REPS, DoseKey.HOLD, DoseKey.SIDES,
            DoseKey.REST, DoseKey.LOAD, DoseKey.PER_DAY, DoseKey.DAYS_PER_WEEK, DoseKey.COUNT);

    private final Labels labels;

    public DoseWords(Labels labels) {
        this.labels = labels;
    }

    /** The whole dose on one line; frequency is separate ({@link #frequency}). Empty when nothing is set. */
    public String describe(Dose d) {
        List<String> parts = new ArrayList<>();
        String main = null;
        boolean holdUsed = false;
        if (d.reps() != null) {
            String reps = reps(d.reps());
            main = d.sets() != null ? labels.get("dose.setsOf", labels.get("dose.sets", d.sets()), reps) : reps;
        } else if (d.holdSeconds() != null && d.sets() != null) {
            main = labels.get("dose.holdTimes", duration(d.holdSeconds()), d.sets());
            holdUsed = true;
        } else if (d.sets() != null) {
            main = labels.get("dose.sets", d.sets());
        }
        if (main != null && d.sides() == Sides.ALTERNATING && (d.reps() != null || holdUsed)) {
            // "10 repetitions, alternating sides" leaves patients asking: per side, or in all?
            main = labels.get(d.countsInTotal() ? "dose.inTotal" : "dose.perSide", main);
        }
        String sides = sides(d);
        if (main != null && sides != null) {
            main = main + ", " + sides;
        } else if (main == null) {
            main = sides;
        }
        if (main != null) {
            parts.add(main);
        }
        if (d.holdSeconds() != null && !holdUsed) {
            parts.add(labels.get("dose.hold", duration(d.holdSeconds())));
        }
        if (d.load() != null) {
            parts.add(labels.get("dose.load", d.load()));
        }
        if (d.restSeconds() != null && d.restSeconds() > 0) {
            boolean between = d.sets() != null && d.sets() > 1;
            parts.add(labels.get(between ? "dose.rest" : "dose.restOnly", duration(d.restSeconds())));
        }
        // Keys without a phrase of their own above (a new one such as tempo) read "dose.<key>" with the value.
        for (DoseKey key : DoseKey.values()) {
            if (!PHRASED.contains(key) && d.get(key) != null) {
                parts.add(labels.get("dose." + key.key(), d.get(key)));
            }
        }
        String text = String.join(labels.get("dose.separator"), parts);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "once a day, 5 days a week", or null when neither is set. */
    public String frequency(Dose d) {
        String perDay = d.perDay() == null ? null : labels.get("freq.perDay", d.perDay());
        String days = d.daysPerWeek() == null ? null : labels.get("freq.days", d.daysPerWeek());
        if (perDay != null && days != null) {
            return labels.get("freq.join", perDay, days);
        }
        return perDay != null ? perDay : days;
    }

    public String sides(Dose d) {
        return d.sides() == null ? null : labels.get("sides." + d.sides().key());
    }

    public String reps(Reps r) {
        return r.isRange() ? labels.get("dose.repsRange", r.min(), r.max()) : labels.get("dose.reps", r.min());
    }

    /** 45 → "45 seconds", 120 → "2 minutes", 90 → "90 seconds". */
    public String duration(int seconds) {
        if (seconds >= 60 && seconds % 60 == 0) {
            return labels.get("dose.minutes", seconds / 60);
        }
        return labels.get("dose.seconds", seconds);
    }

    /** Label/value pairs for the dose row on a card, in reading order. */
    public List<String[]> rows(Dose d) {
        List<String[]> rows = new ArrayList<>();
        if (d.sets() != null) {
            rows.add(new String[] {labels.get("label.sets"), Integer.toString(d.sets())});
        }
        if (d.reps() != null) {
            rows.add(new String[] {labels.get("label.reps"),
                    d.reps().isRange() ? d.reps().min() + "\u2013" + d.reps().max() : Integer.toString(d.reps().min())});
        }
        if (d.holdSeconds() != null) {
            rows.add(new String[] {labels.get("label.hold"), duration(d.holdSeconds())});
        }
        if (d.sides() != null) {
            String s = sides(d);
            rows.add(new String[] {labels.get("label.sides"), Character.toUpperCase(s.charAt(0)) + s.substring(1)});
        }
        if (d.restSeconds() != null && d.restSeconds() > 0) {
            rows.add(new String[] {labels.get("label.rest"), duration(d.restSeconds())});
        }
        if (d.load() != null) {
            rows.add(new String[] {labels.get("label.load"), d.load()});
        }
        return rows;
    }
}
