package org.hep.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hep.i18n.Labels;
import org.hep.diag.Suggest;
import org.hep.model.Dose;
import org.hep.model.Exercise;
import org.hep.model.Sides;

/**
 * Dose placeholders in exercise text: "Hold for {hold}." reads "Hold for 10 seconds." with
 * the resolved dose, in the plan's language, so a step never contradicts the dose printed
 * beside it. {@code {{} prints one brace. Start, steps, cues, cautions and notes may hold them.
 */
public final class DoseText {
    /** Placeholder names, in the order the docs list them. */
    public static final List<String> NAMES = List.of("hold", "reps", "sets", "rest", "side");

    /** A placeholder, or a mistake, at {@code offset} (a char index into the text). */
    public record Slot(int offset, String name, String problem) {
    }

    private final Labels labels;
    private final DoseWords words;

    public DoseText(Labels labels) {
        this.labels = labels;
        this.words = new DoseWords(labels);
    }

    /**
     * Every placeholder of {@code text} in order, with a message for each that cannot be
     * filled from {@code dose}: an unknown name, a brace that opens nothing, or a value the
     * dose does not give.
     */
    public static List<Slot> scan(String text, Dose dose) {
        List<Slot> slots = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('{', i)) >= 0) {
            if (text.startsWith("{{", i)) {
                i += 2;
                continue;
            }
            int close = text.indexOf('}', i);
            String name = close < 0 ? null : text.substring(i + 1, close);
            if (name == null || !name.matches("[A-Za-z_]{1,20}")) {
                slots.add(new Slot(i, null, "'{' starts a placeholder such as {hold}; write {{ for a brace"));
                i++;
                continue;
            }
            slots.add(new Slot(i, name, problem(name, dose)));
            i = close + 1;
        }
        return slots;
    }

    private static String problem(String name, Dose dose) {
        if (!NAMES.contains(name)) {
            List<String> close = Suggest.closest(name, NAMES);
            return "unknown placeholder {" + name + "}"
                    + (close.isEmpty() ? "" : " (did you mean {" + close.get(0) + "}?)")
                    + "; the placeholders are {hold}, {reps}, {sets}, {rest} and {side}";
        }
        if (dose != null && value(name, dose) == null) {
            String key = name.equals("side") ? "sides" : name;
            return "{" + name + "} needs '" + key + "' in the dose";
        }
        return null;
    }

    private static Object value(String name, Dose d) {
        return switch (name) {
            case "hold" -> d.holdSeconds();
            case "reps" -> d.reps();
            case "sets" -> d.sets();
            case "rest" -> d.restSeconds();
            case "side" -> d.sides();
            default -> null;
        };
    }

    /** {@code text} with its placeholders filled; the loader has already refused any that cannot be. */
    public String fill(String text, Dose dose) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int from = 0;
        for (Slot slot : scan(text, dose)) {
            if (slot.problem() != null) {
                throw new IllegalStateException("unchecked placeholder in '" + text + "': " + slot.problem());
            }
            out.append(unescape(text.substring(from, slot.offset())));
            String words = words(slot.name(), dose);
            out.append(sentenceStart(out) ? Character.toUpperCase(words.charAt(0)) + words.substring(1) : words);
            from = slot.offset() + slot.name().length() + 2;
        }
        return out.append(unescape(text.substring(from))).toString();
    }

    /** The exercise with every text filled from {@code dose}. */
    public Exercise fill(Exercise e, Dose dose) {
        Function<String, String> f = t -> fill(t, dose);
        return new Exercise(e.id(), e.name(), e.aliases(), e.summary(), e.regions(), e.tags(), e.equipment(),
                f.apply(e.start()), e.steps().stream().map(f).toList(), e.cues().stream().map(f).toList(),
                e.cautions().stream().map(f).toList(), e.dose(), e.image(), e.imageAlt(), e.imageEnd(), e.imageEndAlt(), e.video(), e.figure(),
                e.progression(), e.source());
    }

    /**
     * "5 seconds", "10–20 times", "3 sets", "on each side". With alternating sides the count
     * says whether it is per side or in total, as the dose line does.
     */
    String words(String name, Dose d) {
        return switch (name) {
            case "hold" -> words.duration(d.holdSeconds());
            case "rest" -> words.duration(d.restSeconds());
            case "sets" -> labels.get("dose.sets", d.sets());
            case "side" -> labels.get("text.side." + d.sides().key());
            case "reps" -> {
                String times = d.reps().isRange() ? labels.get("text.repsRange", d.reps().min(), d.reps().max())
                        : labels.get("text.reps", d.reps().min());
                yield d.sides() == Sides.ALTERNATING
                        ? labels.get(d.countsInTotal() ? "dose.inTotal" : "dose.perSide", times) : times;
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String unescape(String literal) {
        return literal.replace("{{", "{");
    }

    /** At the very start, or after ". " and the like: "{reps}, then rest." reads "10 times, then rest." */
    private static boolean sentenceStart(StringBuilder before) {
        int i = before.length() - 1;
        while (i >= 0 && Character.isWhitespace(before.charAt(i))) {
            i--;
        }
        return i < 0 || (i < before.length() - 1 && ".!?".indexOf(before.charAt(i)) >= 0);
    }
}
