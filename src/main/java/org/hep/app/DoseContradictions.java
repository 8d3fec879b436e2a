package org.hep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hep.diag.Problem;
import org.hep.dose.DoseText;
import org.hep.dose.DosedExercise;
import org.hep.dose.DosedPlan;
import org.hep.load.BuiltIns;
import org.hep.load.DoseNumberLint;
import org.hep.load.SideWords;
import org.hep.load.Source;
import org.hep.load.TextPlaces;
import org.hep.load.Translations;
import org.hep.model.Dose;
import org.hep.model.Exercise;
import org.hep.model.PlanEntry;
import org.hep.model.Reps;
import org.hep.model.Sides;

/**
 * Exercise text that says another dose than the one printed beside it: a clinic's step "Do this
 * 10 times, then switch legs." on a handout made with --reps 5 --sides left. validate warns of
 * every written-out number, whatever the dose; this finds the ones the final dose contradicts,
 * when the handout is made. A warning, not a refusal: the clinic may have meant it.
 */
public final class DoseContradictions {
    private DoseContradictions() {
    }

    /**
     * One warning per place, at the number or words in the file that holds the text as printed
     * (the translation's when the handout is in another language).
     */
    public static List<Problem> find(DosedPlan dosed, Source planSource) {
        // A batch's rows mostly share one resolved plan (DoseResolver keeps the last): read its texts once.
        Last last = LAST.get();
        if (last != null && last.dosed == dosed && last.source == planSource) {
            return last.found;
        }
        List<Problem> found = findAgain(dosed, planSource);
        LAST.set(new Last(dosed, planSource, found));
        return found;
    }

    private record Last(DosedPlan dosed, Source source, List<Problem> found) {
    }

    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    private static List<Problem> findAgain(DosedPlan dosed, Source planSource) {
        Set<Problem> out = new LinkedHashSet<>();
        List<DosedExercise> printed = dosed.exercises();
        int next = 0;
        // The resolver keeps the plan's order and leaves out only what the selection leaves out.
        for (PlanEntry entry : dosed.plan().entries()) {
            if (next == printed.size()) {
                break;
            }
            DosedExercise de = printed.get(next);
            if (!entry.exercise().id().equals(de.exercise().id())) {
                continue;
            }
            next++;
            Exercise raw = entry.exercise();
            Dose dose = de.dose();
            List<String> texts = new ArrayList<>();
            if (raw.start() != null) {
                texts.add(raw.start());
            }
            texts.addAll(raw.steps());
            texts.addAll(raw.cues());
            texts.addAll(raw.cautions());
            for (String text : texts) {
                check(text, dose, () -> List.of(raw.source()), planSource, dosed, out);
            }
            holdUnsaid(raw, texts, dose, planSource, dosed, out);
            if (entry.notes() != null) {
                // A translated plan's notes are in its translation; looked for only when there is a warning.
                check(entry.notes(), dose, () -> {
                    Source translation = Translations.planTranslation(planSource, dosed.plan().language());
                    return translation == null ? List.of(planSource.name())
                            : List.of(planSource.name(), translation.name());
                }, planSource, dosed, out);
            }
        }
        // Once per place: an exercise used twice with two doses is one text to fix.
        Set<String> places = new java.util.HashSet<>();
        return out.stream().filter(p -> p.line() == 0 || places.add(p.file() + ":" + p.line() + ":" + p.column()))
                .toList();
    }

    private static void check(String text, Dose dose, Supplier<List<String>> files, Source planSource, DosedPlan dosed,
                              Set<Problem> out) {
        String printed = DoseText.printedFor(text, dose.sides());
        for (DoseNumberLint.Stated st : DoseNumberLint.statedIn(printed)) {
            String given = given(st.kind(), dose);
            if (given != null && !agrees(st, dose)) {
                out.add(at(files, planSource, dosed, text, st.offset(), st.number(), "'" + st.words()
                        + "' contradicts the dose printed beside it (" + given + "); write " + st.placeholder()
                        + " so the text always says what the dose says"));
            }
        }
        for (java.util.regex.MatchResult twice : DoseNumberLint.unitTwice(text)) {
            out.add(at(files, planSource, dosed, text, twice.start(), "{", DoseNumberLint.unitTwiceMessage(twice.group())));
        }
        Sides sides = dose.sides();
        if (sides == Sides.LEFT || sides == Sides.RIGHT || sides == null) {
            for (java.util.regex.MatchResult w : SideWords.switchesIn(printed)) {
                out.add(at(files, planSource, dosed, text, w.start(), w.group(), "'" + w.group()
                        + "' contradicts the dose printed beside it (" + (sides == null ? "both sides at once"
                        : sides.key() + " side only") + "); write it for the sides it fits, e.g. {each:"
                        + w.group() + "}"));
            }
        }
    }

    /**
     * A hold the exercise's own dose does not have, added by the plan or the command line ("--dose
     * straight-leg-raise:hold=5"), beside a step that says to hold without saying how long ("Hold
     * for a moment."): the dose band says 5 seconds, the step a moment. Said at the first such step.
     */
    private static void holdUnsaid(Exercise raw, List<String> texts, Dose dose, Source planSource, DosedPlan dosed,
                                   Set<Problem> out) {
        if (dose.holdSeconds() == null || raw.dose() != null && raw.dose().holdSeconds() != null
                || texts.stream().anyMatch(t -> t.contains("{hold}"))) {
            return;
        }
        for (String text : texts) {
            // A time written out ("Hold for 5 seconds") has its own warning where it differs.
            if (DoseNumberLint.statedIn(text).stream().anyMatch(st -> st.kind().equals("hold") || st.kind().equals("time"))) {
                return;
            }
        }
        for (String text : texts) {
            java.util.regex.MatchResult m = DoseNumberLint.holdWithoutTime(text);
            if (m != null) {
                String said = text.length() <= 60 ? text : m.group();
                out.add(at(() -> List.of(raw.source()), planSource, dosed, text, m.start(), m.group(), "'" + said
                        + "' does not say how long, beside the dose's hold of " + dose.holdSeconds() + " seconds"
                        + " (added by the plan or the command line); write {hold} (\"Hold for {hold}.\") so the text"
                        + " says what the dose says"));
                return;
            }
        }
    }

    /** The dose's value the stated number is about, in words for the message; null when the dose gives none. */
    private static String given(String kind, Dose dose) {
        return switch (kind) {
            case "hold" -> dose.holdSeconds() == null ? null : "a hold of " + dose.holdSeconds() + " seconds";
            case "rest" -> dose.restSeconds() == null ? null : "a rest of " + dose.restSeconds() + " seconds";
            case "reps" -> dose.reps() == null ? null : dose.reps() + " repetitions";
            case "sets" -> dose.sets() == null ? null : dose.sets() + (dose.sets() == 1 ? " set" : " sets");
            default -> null; // a time that may not be the dose's ("walk 10 minutes")
        };
    }

    private static boolean agrees(DoseNumberLint.Stated st, Dose dose) {
        return switch (st.kind()) {
            case "hold" -> same(st, dose.holdSeconds(), dose.holdSeconds());
            case "rest" -> same(st, dose.restSeconds(), dose.restSeconds());
            case "reps" -> {
                Reps r = dose.reps();
                yield same(st, r.min(), r.max());
            }
            case "sets" -> same(st, dose.sets(), dose.sets());
            default -> true;
        };
    }

    private static boolean same(DoseNumberLint.Stated st, int min, int max) {
        return st.min() == min && st.max() == max;
    }

    /** At the words in the first of {@code files} that holds the text; the file alone when none does. */
    private static Problem at(Supplier<List<String>> names, Source planSource, DosedPlan dosed, String text, int offset,
                              String needle, String message) {
        List<String> files = names.get();
        for (String file : files) {
            Source source = source(file, planSource, dosed);
            int[] place = source == null ? null : TextPlaces.find(source, text, offset, needle);
            if (place != null) {
                return new Problem(file, place[0], place[1], message);
            }
        }
        return new Problem(files.get(0), 0, 0, message);
    }

    /** The file a text came from, by the name messages give it: the plan, its translation, a built-in or a file. */
    private static Source source(String name, Source planSource, DosedPlan dosed) {
        if (name == null) {
            return null;
        }
        if (name.equals(planSource.name())) {
            return planSource;
        }
        Source translation = Translations.planTranslation(planSource, dosed.plan().language());
        if (translation != null && name.equals(translation.name())) {
            return translation;
        }
        if (BuiltIns.has(name)) {
            return BuiltIns.source(name);
        }
        try {
            Path path = Path.of(name);
            return Files.isRegularFile(path) ? Source.file(path) : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
