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
 * Words for some sides only ({@code {each:, then switch legs}}, see {@link SideChoice}) are
 * kept or left out by the final sides, so "then switch legs" never sits beside "left side only".
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
     * Every placeholder and side condition of {@code text} in order, with a message for each
     * that cannot be filled from {@code dose}: an unknown name, a brace that opens nothing, side
     * words never closed, or a value the dose does not give. A side condition's slot is named
     * with its colon ({@code "each:"}).
     */
    public static List<Slot> scan(String text, Dose dose) {
        TextParts read = TextParts.read(text);
        List<Slot> slots = new ArrayList<>();
        read.mistakes().forEach(m -> slots.add(new Slot(m.offset(), m.name(), m.problem())));
        slots(read.parts(), dose, EVERY_SIDES, null, slots);
        slots.sort(java.util.Comparator.comparingInt(Slot::offset));
        return slots;
    }

    /** Every final sides a dose may have; null is both sides at once. */
    private static final List<Sides> EVERY_SIDES = java.util.Arrays.asList(Sides.EACH, Sides.ALTERNATING,
            Sides.LEFT, Sides.RIGHT, null);

    /**
     * @param outer the sides for which the words around these parts print: side words inside side
     *              words print only when both fit, so inner words that fit none of them never print
     */
    private static void slots(List<TextParts.Part> parts, Dose dose, List<Sides> outer, String outerWhen,
                              List<Slot> out) {
        for (TextParts.Part part : parts) {
            if (part instanceof TextParts.Field f) {
                out.add(new Slot(f.offset(), f.name(), problem(f.name(), dose)));
            } else if (part instanceof TextParts.Choice c) {
                String unknown = SideChoice.problem(c.when());
                List<Sides> inner = outer.stream().filter(s -> SideChoice.fits(c.when(), s)).toList();
                String when = String.join("|", c.when());
                String never = unknown == null && inner.isEmpty() ? "words for " + when + " inside words for "
                        + outerWhen + " never print: no sides is both; write them outside {" + outerWhen + ":…}"
                        : null;
                out.add(new Slot(c.offset(), when + ":", unknown != null ? unknown : never));
                boolean narrows = unknown == null && !inner.isEmpty();
                slots(c.body(), dose, narrows ? inner : outer, narrows ? when : outerWhen, out);
            }
        }
    }

    /**
     * {@code text} as it prints for the final sides {@code sides} (null: both at once), at the
     * same length so a place in it is a place in the text: words for other sides, placeholders
     * (which say what the dose says) and the braces around side words are blanked out.
     */
    public static String printedFor(String text, Sides sides) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        blank(TextParts.read(text).parts(), sides, text, out);
        return new String(out);
    }

    private static void blank(List<TextParts.Part> parts, Sides sides, String text, char[] out) {
        for (TextParts.Part part : parts) {
            if (part instanceof TextParts.Field f) {
                java.util.Arrays.fill(out, f.offset(), Math.min(out.length, f.offset() + f.name().length() + 2), ' ');
            } else if (part instanceof TextParts.Choice c) {
                if (SideChoice.fits(c.when(), sides)) {
                    int head = c.offset() + String.join("|", c.when()).length() + 2;
                    java.util.Arrays.fill(out, c.offset(), Math.min(out.length, head), ' ');
                    if (c.end() > head && text.charAt(c.end() - 1) == '}') {
                        out[c.end() - 1] = ' ';
                    }
                    blank(c.body(), sides, text, out);
                } else {
                    java.util.Arrays.fill(out, c.offset(), c.end(), ' ');
                }
            }
        }
    }

    /**
     * {@code text} with each run of words for some sides only blanked out, at the same length,
     * so what is left (said whatever the sides) can be searched and reported at its place.
     */
    public static String everySide(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (TextParts.Part part : TextParts.read(text).parts()) {
            if (part instanceof TextParts.Choice c) {
                java.util.Arrays.fill(out, c.offset(), c.end(), ' ');
            }
        }
        return new String(out);
    }

    /**
     * Whether {@code text} prints anything when the final sides are {@code sides} (null: both
     * sides at once), whatever the dose fills in.
     */
    public static boolean printsFor(String text, org.hep.model.Sides sides) {
        return text.indexOf('{') < 0 ? !text.isBlank() : prints(TextParts.read(text).parts(), sides);
    }

    private static boolean prints(List<TextParts.Part> parts, org.hep.model.Sides sides) {
        for (TextParts.Part part : parts) {
            if (part instanceof TextParts.Field
                    || part instanceof TextParts.Words w && !w.text().isBlank()
                    || part instanceof TextParts.Choice c && SideChoice.fits(c.when(), sides) && prints(c.body(), sides)) {
                return true;
            }
        }
        return false;
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
        // A rest of 0 is no rest: "Rest 0 seconds between sets" asks for nothing.
        if (dose != null && name.equals("rest") && dose.restSeconds() == 0) {
            return "{rest} needs a rest above 0, and the dose says no rest (0)";
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

    /**
     * {@code text} with its placeholders filled and only the side words that fit the dose's
     * sides; the loader has already refused any mistake. Empty when nothing is left for these
     * sides (a step only for "each side" on a left-only handout).
     */
    public String fill(String text, Dose dose) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        for (Slot slot : scan(text, dose)) {
            if (slot.problem() != null) {
                throw new IllegalStateException("unchecked placeholder in '" + text + "': " + slot.problem());
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean[] left = {false};
        render(TextParts.read(text).parts(), dose, out, left);
        return left[0] ? SideChoice.tidy(out.toString()) : out.toString();
    }

    private void render(List<TextParts.Part> parts, Dose dose, StringBuilder out, boolean[] leftOut) {
        for (TextParts.Part part : parts) {
            if (part instanceof TextParts.Words w) {
                out.append(w.text());
            } else if (part instanceof TextParts.Field f) {
                String words = words(f.name(), dose);
                out.append(sentenceStart(out) ? capitalised(words) : words);
            } else if (part instanceof TextParts.Choice c) {
                if (SideChoice.fits(c.when(), dose.sides())) {
                    render(c.body(), dose, out, leftOut);
                } else {
                    leftOut[0] = true;
                }
            }
        }
    }

    /**
     * The exercise with every text filled from {@code dose}; a step, tip or caution that only
     * other sides have is left out, so the numbering has no gap.
     */
    public Exercise fill(Exercise e, Dose dose) {
        Function<String, String> f = t -> fill(t, dose);
        String start = f.apply(e.start());
        return new Exercise(e.id(), e.name(), e.aliases(), e.summary(), e.regions(), e.tags(), e.equipment(),
                start == null || start.isEmpty() ? null : start, kept(e.steps(), f), kept(e.cues(), f),
                kept(e.cautions(), f), e.dose(), e.image(), e.imageAlt(), e.imageEnd(), e.imageEndAlt(), e.video(),
                e.figure(), e.progression(), e.source());
    }

    private static List<String> kept(List<String> texts, Function<String, String> f) {
        return texts.stream().map(f).filter(t -> !t.isEmpty()).toList();
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

    /**
     * At the very start, or after ". " and the like: "{reps}, then rest." reads "10 times, then rest.";
     * opening punctuation between counts as the start too: "¿{side}?" reads "¿De cada lado?", and
     * "« {side} »", "({side})" and "\"{side}\"" likewise, while "Párese, ¿{side}?" stays lower case.
     */
    private static boolean sentenceStart(StringBuilder before) {
        int i = before.length() - 1;
        while (i >= 0 && (Character.isWhitespace(before.charAt(i)) || opening(before.charAt(i)))) {
            i--;
        }
        return i < 0 || (i < before.length() - 1 && ".!?".indexOf(before.charAt(i)) >= 0);
    }

    /** Opening brackets and quotes, and Spanish's inverted ¿ and ¡. */
    private static boolean opening(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION || "¿¡\"'".indexOf(c) >= 0;
    }

    /** {@code words} with its first letter in capitals, after any punctuation before it; a number is kept. */
    private static String capitalised(String words) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isLetterOrDigit(c)) { // "10 times" stays as it is
                return words.substring(0, i) + Character.toUpperCase(c) + words.substring(i + 1);
            }
        }
        return words;
    }
}
