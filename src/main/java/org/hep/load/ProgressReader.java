package org.hep.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hep.model.Dose;
import org.hep.model.DoseKey;
import org.hep.model.DoseValueException;
import org.hep.model.Progression;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code progress:}, a dose that steps up over time:
 * <pre>
 * progress:
 *   reps: 10 -> 15 -> 20      # or a list: [10, 15, 20]
 *   every: 1 week             # or "3 days", "2 weeks"
 * </pre>
 * Each step is checked like any dose value; the first step must be the dose itself, so the
 * ramp starts where the handout does.
 */
final class ProgressReader {
    static final List<String> RAMP_KEYS = List.of("sets", "reps", "hold", "rest", "load");
    private static final Set<String> KEYS = Set.of("sets", "reps", "hold", "rest", "load", "every");
    private static final Pattern EVERY = Pattern.compile("(?i)(?:(\\d{1,3})\\s*)?(day|days|week|weeks)");
    private static final Pattern ARROW = Pattern.compile("\\s*(?:->|→)\\s*");
    static final int MAX_WEEKS = 12;
    static final int MAX_DAYS = 30;

    private ProgressReader() {
    }

    /** The progression under {@code progress} in {@code parent}, or null; {@code dose} is where it must start. */
    static Progression read(Fields parent, Dose dose) {
        var node = parent.mapping("progress");
        if (node == null) {
            return null;
        }
        Fields f = new Fields(node, parent.problems(), KEYS);
        f.require("every");
        Integer every = every(f);
        List<Dose> stages = null;
        String first = null;
        List<String> keys = new ArrayList<>();
        for (String key : RAMP_KEYS) {
            List<String> steps = steps(f, key);
            if (steps == null) {
                continue;
            }
            if (stages == null) {
                stages = new ArrayList<>();
                for (int i = 0; i < steps.size(); i++) {
                    stages.add(Dose.NONE);
                }
                first = key;
            } else if (steps.size() != stages.size()) {
                f.problem(key, "'" + key + "' has " + steps.size() + " steps but '" + first + "' has "
                        + stages.size() + "; give every key the same number of steps");
                return null;
            }
            if (!parseSteps(f, key, steps, stages) || !startsAtTheDose(f, key, stages.get(0), dose)) {
                return null;
            }
            keys.add(key);
        }
        if (stages != null && !stepsUp(f, keys, stages)) {
            return null;
        }
        if (stages == null && RAMP_KEYS.stream().noneMatch(k -> f.raw(k) != null)) {
            parent.problem("progress", "'progress' needs at least one of sets, reps, hold, rest or load, "
                    + "as steps like \"10 -> 15 -> 20\"");
            return null;
        }
        return every == null || stages == null ? null : new Progression(stages, every);
    }

    /** The step texts of one key, from "10 -> 15 -> 20" or a list; null when the key is absent or wrong. */
    static List<String> steps(Fields f, String key) {
        Node v = f.raw(key);
        List<String> steps = new ArrayList<>();
        if (v instanceof ScalarNode s && !Fields.isNull(v)) {
            for (String part : ARROW.split(s.getValue().strip(), -1)) {
                steps.add(part.strip());
            }
        } else if (v instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s)) {
                    f.problems().at(item, "each step of '" + key + "' must be a single value, found " + Fields.describe(item));
                    return null;
                }
                steps.add(s.getValue().strip());
            }
        } else {
            if (v != null) {
                f.problem(key, "'" + key + "' must be steps like \"10 -> 15 -> 20\", found " + Fields.describe(v));
            }
            return null;
        }
        if (steps.size() < Progression.MIN_STAGES || steps.size() > Progression.MAX_STAGES) {
            f.problem(key, "'" + key + "' must have " + Progression.MIN_STAGES + " to " + Progression.MAX_STAGES
                    + " steps like \"10 -> 15 -> 20\", found " + steps.size());
            return null;
        }
        return steps;
    }

    private static boolean parseSteps(Fields f, String key, List<String> steps, List<Dose> stages) {
        for (int i = 0; i < steps.size(); i++) {
            try {
                stages.set(i, stages.get(i).withText(DoseKey.byName(key), steps.get(i)));
            } catch (DoseValueException e) {
                f.problem(key, "step " + (i + 1) + " of 'progress': " + e.getMessage());
                return false;
            }
        }
        return true;
    }

    /**
     * Each step changes the dose, and one that lowers sets, repetitions or hold (or lengthens the
     * rest) also makes something harder: more of another, less rest, or another load. The handout
     * prints the ramp as "step up each week if it feels easy", which "10 -> 5" or "10 -> 10" would
     * contradict, while trading sets for a longer hold, or repetitions for a heavier load, is a
     * step up.
     */
    private static boolean stepsUp(Fields f, List<String> keys, List<Dose> stages) {
        for (int i = 1; i < stages.size(); i++) {
            Dose before = stages.get(i - 1);
            Dose now = stages.get(i);
            String lowered = null;
            boolean harder = false;
            boolean changed = false;
            for (String key : keys) {
                Object was = value(before, key);
                Object is = value(now, key);
                if (Objects.equals(was, is)) {
                    continue;
                }
                changed = true;
                int way = key.equals("load") ? 1 : key.equals("rest") ? -compare(is, was) : compare(is, was);
                if (way > 0) {
                    harder = true;
                } else if (way < 0 && lowered == null) {
                    lowered = key;
                }
            }
            if (!changed) {
                f.problem(keys.get(0), "step " + (i + 1) + " of 'progress' is the same as step " + i
                        + "; each step must change the dose");
                return false;
            }
            if (lowered != null && !harder) {
                f.problem(lowered, "step " + (i + 1) + " of 'progress' " + (lowered.equals("rest") ? "lengthens" : "lowers")
                        + " '" + lowered + "' from " + text(value(before, lowered)) + " to " + text(value(now, lowered))
                        + " and makes nothing harder; each step must step the dose up");
                return false;
            }
        }
        return true;
    }

    /** Positive when {@code a} is more than {@code b}: a range by both ends, a number as it is. */
    private static int compare(Object a, Object b) {
        if (a instanceof org.hep.model.Reps r && b instanceof org.hep.model.Reps q) {
            return Integer.compare(r.min() + r.max(), q.min() + q.max());
        }
        return a instanceof Integer x && b instanceof Integer y ? Integer.compare(x, y) : 0;
    }

    private static boolean startsAtTheDose(Fields f, String key, Dose start, Dose dose) {
        Object want = value(dose, key);
        Object got = value(start, key);
        if (want == null) {
            f.problem(key, "'progress' steps up '" + key + "', but the dose has no '" + key + "'");
            return false;
        }
        if (!Objects.equals(want, got)) {
            f.problem(key, "'progress' starts '" + key + "' at " + text(got) + " but the dose says " + text(want)
                    + "; start the steps at the dose");
            return false;
        }
        return true;
    }

    /** The value of one ramp key, in a form that compares ("10-20" reps as Reps, durations as seconds). */
    static Object value(Dose d, String key) {
        return switch (key) {
            case "sets" -> d.sets();
            case "reps" -> d.reps();
            case "hold" -> d.holdSeconds();
            case "rest" -> d.restSeconds();
            case "load" -> d.load();
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static String text(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static Integer every(Fields f) {
        String text = f.text("every");
        if (text == null) {
            return null;
        }
        Matcher m = EVERY.matcher(text.strip());
        String what = "'every' must be a number of days (1 to " + MAX_DAYS + ") or weeks (1 to " + MAX_WEEKS
                + "), like \"1 week\" or \"3 days\", found '" + org.hep.diag.Quote.clip(text) + "'";
        if (!m.matches()) {
            f.problem("every", what);
            return null;
        }
        int n = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        boolean weeks = m.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("week");
        if (n < 1 || n > (weeks ? MAX_WEEKS : MAX_DAYS)) {
            f.problem("every", what);
            return null;
        }
        return weeks ? n * 7 : n;
    }
}
