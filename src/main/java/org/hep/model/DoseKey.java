package org.hep.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hep.diag.Quote;
import org.hep.diag.Suggest;

/**
 * Every dose key in one table: its name (YAML key, CSV column, {@code --dose} key), the global
 * option that sets it, how its text is parsed and range-checked, and the fields it fills in the
 * JSON and CSV summaries. A new key (tempo, RPE) is one entry here plus its words in the label
 * files ({@code dose.<name>}); YAML, options, manifests and summaries pick it up from this table.
 */
public enum DoseKey {
    SETS("sets", "--sets"),
    REPS("reps", "--reps") {
        @Override
        public Map<String, Object> fields(Dose dose) {
            Map<String, Object> out = new LinkedHashMap<>();
            Reps r = dose.reps();
            out.put("reps_min", r == null ? null : r.min());
            out.put("reps_max", r == null ? null : r.max());
            return out;
        }
    },
    HOLD("hold", "--hold", "hold_seconds"),
    REST("rest", "--rest", "rest_seconds"),
    SIDES("sides", "--sides") {
        @Override
        public Map<String, Object> fields(Dose dose) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("sides", dose.sides() == null ? null : dose.sides().key());
            return out;
        }
    },
    /** Alternating sides: repetitions counted per side (the default) or in total. */
    COUNT("count", null) {
        @Override
        public Map<String, Object> fields(Dose dose) {
            // Said only where it means something: on alternating sides, per side unless the plan says total.
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("count", dose.sides() != Sides.ALTERNATING ? null : dose.countsInTotal() ? "total" : "per_side");
            return out;
        }
    },
    PER_DAY("per_day", null),
    DAYS_PER_WEEK("days_per_week", null),
    LOAD("load", null);

    public static final int MAX_SETS = 20;
    public static final int MAX_REPS = 1000;
    public static final int MAX_SECONDS = 3600;

    private static final Pattern RANGE = Pattern.compile("(\\d{1,9})\\s*[-–]\\s*(\\d{1,9})");
    private static final Pattern DURATION = Pattern.compile(
            "(\\d{1,9}(?:\\.\\d+)?)\\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

    private final String key;
    private final String option;
    private final String field;

    DoseKey(String key, String option) {
        this(key, option, key);
    }

    DoseKey(String key, String option, String field) {
        this.key = key;
        this.option = option;
        this.field = field;
    }

    /** The name in YAML files, manifests and {@code --dose ID:name=value}. */
    public String key() {
        return key;
    }

    /** The global option that sets this key for every exercise, or null. */
    public String option() {
        return option;
    }

    /** How this key's text becomes its value (a switch, not a function per key: those cost a one-off handout's start). */
    public Object parse(String text) throws DoseValueException {
        String v = text == null ? "" : text.strip();
        return switch (this) {
            case SETS -> whole("sets", v, 1, MAX_SETS);
            case REPS -> reps(v);
            case HOLD -> seconds("hold", v, 1);
            case REST -> seconds("rest", v, 0);
            case SIDES -> sides(v);
            case COUNT -> count(v);
            case PER_DAY -> whole("per_day", v, 1, 20);
            case DAYS_PER_WEEK -> whole("days_per_week", v, 1, 7);
            case LOAD -> text(v);
        };
    }

    /** Summary fields (JSON keys, CSV columns) and their values in {@code dose} for this key, in order. */
    public Map<String, Object> fields(Dose dose) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(field, dose.get(this));
        return out;
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(DoseKey::key).toList();
    }

    /** Every summary field name of every key, in table order. */
    public static List<String> fieldNames() {
        List<String> out = new ArrayList<>();
        for (DoseKey k : values()) {
            out.addAll(k.fields(Dose.NONE).keySet());
        }
        return out;
    }

    public static DoseKey byName(String name) throws DoseValueException {
        for (DoseKey k : values()) {
            if (k.key.equals(name)) {
                return k;
            }
        }
        throw new DoseValueException("unknown dose key '" + name + "'" + Suggest.hint(name, names()));
    }

    /** A whole number in a range, the one rule for every count a user types. */
    public static int whole(String key, String v, int min, int max) throws DoseValueException {
        String range = "'" + key + "' must be a whole number from " + min + " to " + max;
        if (!WHOLE.matcher(v).matches()) {
            throw new DoseValueException(range + ", found '" + Quote.clip(v) + "'");
        }
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
            throw new DoseValueException(range + ", found " + n);
        }
        return n;
    }

    private static Reps reps(String v) throws DoseValueException {
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
        if (WHOLE.matcher(v).matches()) {
            long n = Long.parseLong(v);
            if (n < 1 || n > MAX_REPS) {
                throw new DoseValueException(what + ", found " + n);
            }
            return new Reps((int) n, (int) n);
        }
        throw new DoseValueException(what + ", found '" + Quote.clip(v) + "'");
    }

    /** Seconds from "45", "30s", "2 min", "1.5 min". */
    private static int seconds(String key, String v, int min) throws DoseValueException {
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

    private static Sides sides(String v) throws DoseValueException {
        Sides s = Sides.parse(v);
        if (s == null) {
            throw new DoseValueException("'sides' must be each, alternating, left or right, found '" + Quote.clip(v) + "'"
                    + Suggest.hint(v.toLowerCase(Locale.ROOT), List.of("each", "alternating", "left", "right")));
        }
        return s;
    }

    private static RepCount count(String v) throws DoseValueException {
        RepCount c = RepCount.parse(v);
        if (c == null) {
            throw new DoseValueException("'count' must be per_side or total, found '" + Quote.clip(v) + "'"
                    + Suggest.hint(v.toLowerCase(Locale.ROOT), List.of("per_side", "total")));
        }
        return c;
    }

    /** Free text such as "red band", as one line: the dose strip and summaries print it so. */
    private static String text(String given) throws DoseValueException {
        String v = SafeText.oneLine(given);
        if (v.isEmpty()) {
            throw new DoseValueException("'load' is empty");
        }
        if (v.length() > 80) {
            throw new DoseValueException("'load' is longer than 80 characters");
        }
        return v;
    }
}
