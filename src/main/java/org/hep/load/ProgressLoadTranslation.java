package org.hep.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hep.model.Dose;
import org.hep.model.DoseKey;
import org.hep.model.DoseValueException;
import org.hep.model.PlanEntry;
import org.hep.model.Progression;

/**
 * The load steps of a progression in a translation's words ({@code progress_load: bande légère ->
 * bande moyenne}). A load is words, so a progression that steps it needs them in the handout's
 * language; without them the translated load would no longer match the first step, and the
 * step-up line would drop out of the handout unseen. One step for each of the base's, the first
 * being the translated {@code load}, as the first step is the dose.
 */
final class ProgressLoadTranslation {
    static final String KEY = "progress_load";

    private ProgressLoadTranslation() {
    }

    /**
     * The base progression with its loads in the translation's words; the base's when it steps
     * no load; null when the translation is wrong (the problem is reported).
     *
     * @param load     the translated default load, or null when the base has none
     * @param baseName the base file, as messages name it
     */
    static Progression read(Fields f, Progression base, String load, String baseName) {
        if (!stepsLoad(base)) {
            if (f.raw(KEY) != null) {
                f.problem(KEY, "'" + KEY + "' has nothing to translate: " + baseName + " has no load steps in"
                        + " 'progress'");
            }
            return base;
        }
        if (f.raw(KEY) == null) {
            f.problem(KEY, "missing '" + KEY + "': " + baseName + " steps the load (" + steps(base)
                    + "), and a handout must not mix languages; give each step in these words, the first being 'load'");
            return null;
        }
        return translated(f, KEY, base, load, baseName);
    }

    /**
     * The plan entries' own progressions with their loads in the translation's words, by exercise
     * id, from {@code progress_loads} (a map from exercise id to steps, like {@code loads}); an
     * entry whose progression steps no load keeps its own.
     *
     * @param loads the entries' translated loads, by exercise id
     */
    static Map<String, Progression> perEntry(Fields f, List<PlanEntry> entries, Map<String, String> loads,
                                             String baseName) {
        Map<String, Progression> inBase = new LinkedHashMap<>();
        for (PlanEntry e : entries) {
            if (stepsLoad(e.progression())) {
                inBase.putIfAbsent(e.exercise().id(), e.progression());
            }
        }
        Map<String, Progression> out = new LinkedHashMap<>();
        Fields byId = EntryWords.open(f, ENTRIES_KEY, entries, inBase.keySet(), baseName + " steps the load of "
                + String.join(", ", inBase.keySet()) + " in 'progress', and a handout must not mix languages",
                baseName + " gives it no load steps in 'progress'");
        if (byId == null) {
            return out;
        }
        inBase.forEach((id, base) -> {
            if (byId.raw(id) == null) {
                byId.problem(id, "missing '" + id + "' in '" + ENTRIES_KEY + "': " + baseName + " steps its load ("
                        + steps(base) + "), and a handout must not mix languages");
            } else {
                out.put(id, translated(byId, id, base, loads.get(id), baseName));
            }
        });
        return out;
    }

    static final String ENTRIES_KEY = "progress_loads";

    private static boolean stepsLoad(Progression p) {
        return p != null && p.stages().get(0).load() != null;
    }

    /** The steps under {@code key}, one for each of the base's, the first the translated load; null when wrong. */
    private static Progression translated(Fields f, String key, Progression base, String load, String baseName) {
        List<String> steps = ProgressReader.steps(f, key);
        if (steps == null) {
            return null;
        }
        int wanted = base.stages().size();
        if (steps.size() != wanted) {
            f.problem(key, "'" + key + "' has " + steps.size() + " steps but " + baseName + " has " + wanted
                    + " (" + steps(base) + "); translate each step, in the same order");
            return null;
        }
        if (load != null && !steps.get(0).equals(load)) {
            f.problem(key, "step 1 of '" + key + "' is '" + steps.get(0) + "' but the translated load is '" + load
                    + "'; the first step is the dose's load, in the same words");
            return null;
        }
        List<Dose> stages = new ArrayList<>();
        for (int i = 0; i < wanted; i++) {
            try {
                stages.add(base.stages().get(i).withText(DoseKey.LOAD, steps.get(i)));
            } catch (DoseValueException e) {
                f.problem(key, "step " + (i + 1) + " of '" + key + "': " + e.getMessage());
                return null;
            }
        }
        return new Progression(stages, base.everyDays());
    }

    private static String steps(Progression p) {
        return String.join(" -> ", p.stages().stream().map(Dose::load).toList());
    }
}
