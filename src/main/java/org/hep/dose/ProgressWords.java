package org.hep.dose;

import java.util.ArrayList;
import java.util.List;
import org.hep.i18n.Labels;
import org.hep.model.Dose;
import org.hep.model.Progression;

/**
 * A progression as one short line under the dose: "Step up each week: 10 → 15 → 20 repetitions".
 * A ramp of one number says its unit once; a ramp of several keys says each step in full.
 */
public final class ProgressWords {
    private static final String ARROW = " \u2192 ";
    private final Labels labels;
    private final DoseWords words;

    public ProgressWords(Labels labels) {
        this.labels = labels;
        this.words = new DoseWords(labels);
    }

    /** "Step up each week: 10 → 15 → 20 repetitions", or null without a progression. */
    public String describe(Progression p) {
        return p == null ? null : labels.get("progress.line", every(p.everyDays()), steps(p));
    }

    /** "each week", "every 2 weeks", "every 3 days". */
    public String every(int days) {
        return days % 7 == 0 ? labels.get("progress.everyWeeks", days / 7) : labels.get("progress.everyDays", days);
    }

    /** The steps alone: "10 → 15 → 20 repetitions", "2 sets of 10 repetitions → 3 sets of 10 repetitions". */
    public String steps(Progression p) {
        Dose first = p.stages().get(0);
        List<String> out = new ArrayList<>();
        if (first.sets() != null && onlyKey(first)) {
            p.stages().forEach(s -> out.add(Integer.toString(s.sets())));
            return String.join(ARROW, out) + " " + labels.get("progress.unit.sets", p.stages().get(p.stages().size() - 1).sets());
        }
        if (first.reps() != null && onlyKey(first)) {
            p.stages().forEach(s -> out.add(s.reps().isRange() ? s.reps().min() + "\u2013" + s.reps().max()
                    : Integer.toString(s.reps().min())));
            return String.join(ARROW, out) + " " + labels.get("progress.unit.reps", p.stages().get(p.stages().size() - 1).reps().max());
        }
        for (Dose s : p.stages()) {
            out.add(stage(s));
        }
        return String.join(ARROW, out);
    }

    private String stage(Dose s) {
        List<String> parts = new ArrayList<>();
        if (s.reps() != null) {
            String reps = words.reps(s.reps());
            parts.add(s.sets() != null ? labels.get("dose.setsOf", labels.get("dose.sets", s.sets()), reps) : reps);
        } else if (s.sets() != null) {
            parts.add(labels.get("dose.sets", s.sets()));
        }
        if (s.holdSeconds() != null) {
            parts.add(parts.isEmpty() ? words.duration(s.holdSeconds()) : labels.get("dose.hold", words.duration(s.holdSeconds())));
        }
        if (s.restSeconds() != null) {
            parts.add(s.restSeconds() == 0 ? labels.get("dose.noRest")
                    : labels.get("dose.restOnly", words.duration(s.restSeconds())));
        }
        if (s.load() != null) {
            parts.add(s.load());
        }
        return String.join(", ", parts);
    }

    private static boolean onlyKey(Dose d) {
        int n = 0;
        for (Object v : new Object[] {d.sets(), d.reps(), d.holdSeconds(), d.restSeconds(), d.load()}) {
            n += v == null ? 0 : 1;
        }
        return n == 1;
    }
}
