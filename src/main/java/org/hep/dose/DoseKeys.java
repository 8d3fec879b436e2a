package org.hep.dose;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hep.diag.Quote;
import org.hep.model.Dose;
import org.hep.model.RepCount;
import org.hep.model.Reps;
import org.hep.model.Sides;

/**
 * The one place that knows dose keys, their ranges and their text forms. YAML files,
 * global options ({@code --sets 3}), {@code --dose ID:k=v} and CSV manifests all parse
 * through {@link #set}, so they accept and refuse exactly the same values.
 */
public final class DoseKeys {
    public static final List<String> KEYS = List.of(
            "sets", "reps", "hold", "sides", "rest", "per_day", "days_per_week", "load", "count");

    public static final int MAX_SETS = 20;
    public static final int MAX_REPS = 1000;
    public static final int MAX_SECONDS = 3600;

    private static final Pattern RANGE = Pattern.compile("(\\d{1,9})\\s*[-–]\\s*(\\d{1,9})");
    private static final Pattern DURATION = Pattern.compile(
            "(\\d{1,9}(?:\\.\\d+)?)\\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes)?");

    private DoseKeys() {
    }

    /** {@code dose} with {@code key} set from its text form. */
    public static Dose set(Dose dose, String key, String value) throws DoseValueException {
        String v = value == null ? "" : value.strip();
        switch (key) {
            case "sets":
                return new Dose(whole(key, v, 1, MAX_SETS), dose.reps(), dose.holdSeconds(), dose.sides(),
                        dose.restSeconds(), dose.perDay(), dose.daysPerWeek(), dose.load(), dose.count());
            case "reps":
                return new Dose(dose.sets(), reps(v), dose.holdSeconds(), dose.sides(),
                        dose.restSeconds(), dose.perDay(), dose.daysPerWeek(), dose.load(), dose.count());
            case "hold":
                return new Dose(dose.sets(), dose.reps(), seconds(key, v, 1), dose.sides(),
                        dose.restSeconds(), dose.perDay(), dose.daysPerWeek(), dose.load(), dose.count());
            case "rest":
                return new Dose(dose.sets(), dose.reps(), dose.holdSeconds(), dose.sides(),
                        seconds(key, v, 0), dose.perDay(), dose.daysPerWeek(), dose.load(), dose.count());
            case "sides":
                return dose.withSides(sides(v));
            case "per_day":
                return new Dose(dose.sets(), dose.reps(), dose.holdSeconds(), dose.sides(),
                        dose.restSeconds(), whole(key, v, 1, 20), dose.daysPerWeek(), dose.load(), dose.count());
            case "days_per_week":
                return new Dose(dose.sets(), dose.reps(), dose.holdSeconds(), dose.sides(),
                        dose.restSeconds(), dose.perDay(), whole(key, v, 1, 7), dose.load(), dose.count());
            case "load":
                if (v.isEmpty()) {
                    throw new DoseValueException("'load' is empty");
                }
                if (v.length() > 80) {
                    throw new DoseValueException("'load' is longer than 80 characters");
                }
                return new Dose(dose.sets(), dose.reps(), dose.holdSeconds(), dose.sides(),
                        dose.restSeconds(), dose.perDay(), dose.daysPerWeek(), v, dose.count());
            case "count":
                return new Dose(dose.sets(), dose.reps(), dose.holdSeconds(), dose.sides(), dose.restSeconds(),
                        dose.perDay(), dose.daysPerWeek(), dose.load(), count(v));
            default:
                throw new DoseValueException("unknown dose key '" + key + "'"
                        + org.hep.diag.Suggest.hint(key, KEYS));
        }
    }

    static int whole(String key, String v, int min, int max) throws DoseValueException {
        String range = "'" + key + "' must be a whole number from " + min + " to " + max;
        if (!v.matches("[+-]?\\d{1,9}")) {
            throw new DoseValueException(range + ", found '" + Quote.clip(v) + "'");
        }
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
            throw new DoseValueException(range + ", found " + n);
        }
        return n;
    }

    public static Reps reps(String v) throws DoseValueException {
        String what = "'reps' must be a whole number from 1 to " + MAX_REPS + " or a range like \"10-20\"";
        Matcher m = RANGE.matcher(v);
        if (m.matches()) {
            long lo = Long.parseLong(m.group(1));
            long hi = Long.parseLong(m.group(2));
            if (lo < 1 || hi > MAX_REPS) {
                throw new DoseValueException(what + ", found '" + v + "'");
            }
            if (lo > hi) {
                throw new DoseValueException("'reps' range " + lo + "-" + hi
                        + " is reversed; write the smaller number first (\"" + hi + "-" + lo + "\")");
            }
            return new Reps((int) lo, (int) hi);
        }
        if (v.matches("[+-]?\\d{1,9}")) {
            long n = Long.parseLong(v);
            if (n < 1 || n > MAX_REPS) {
                throw new DoseValueException(what + ", found " + n);
            }
            return new Reps((int) n, (int) n);
        }
        throw new DoseValueException(what + ", found '" + Quote.clip(v) + "'");
    }

    /** Seconds from "45", "30s", "2 min", "1.5 min". */
    public static int seconds(String key, String v, int min) throws DoseValueException {
        String what = "'" + key + "' must be seconds (" + min + " to " + MAX_SECONDS
                + ") or a duration like \"30s\" or \"2 min\"";
        Matcher m = DURATION.matcher(v.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new DoseValueException(what + ", found '" + Quote.clip(v) + "'");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (unit != null && unit.startsWith("m")) {
            n *= 60;
        }
        if (n != Math.rint(n) || n < min || n > MAX_SECONDS) {
            throw new DoseValueException(what + ", found '" + Quote.clip(v) + "'");
        }
        return (int) n;
    }

    static RepCount count(String v) throws DoseValueException {
        RepCount c = RepCount.parse(v);
        if (c == null) {
            throw new DoseValueException("'count' must be per_side or total, found '" + Quote.clip(v) + "'"
                    + org.hep.diag.Suggest.hint(v.toLowerCase(Locale.ROOT), List.of("per_side", "total")));
        }
        return c;
    }

    static Sides sides(String v) throws DoseValueException {
        Sides s = Sides.parse(v);
        if (s == null) {
            throw new DoseValueException("'sides' must be each, alternating, left or right, found '" + Quote.clip(v) + "'"
                    + org.hep.diag.Suggest.hint(v.toLowerCase(Locale.ROOT), List.of("each", "alternating", "left", "right")));
        }
        return s;
    }
}
