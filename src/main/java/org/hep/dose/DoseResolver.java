package org.hep.dose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hep.diag.RequestException;
import org.hep.diag.RequestException.Subject;
import org.hep.diag.Suggest;
import org.hep.i18n.Labels;
import org.hep.model.Dose;
import org.hep.model.Plan;
import org.hep.model.PlanEntry;
import org.hep.model.Progression;
import org.hep.model.Sides;

/**
 * Applies dose precedence, lowest first: exercise {@code dose} → plan {@code schedule} →
 * plan entry → global options → {@code --dose ID:…}. A global {@code sides}, {@code hold}
 * or {@code reps} only changes exercises that already have one: "each side" makes no sense
 * for a squat, nor a hold for a step-up. Dose placeholders in the text are filled here, once,
 * so the PDF and every summary read the same words.
 */
public final class DoseResolver {
    private DoseResolver() {
    }

    /**
     * The last plan this thread resolved, with its overrides and result: a batch's rows mostly
     * ask for one plan with no doses of their own, and resolving it again (and composing new
     * cards from new doses, which the cards' memo then cannot recognise) was a few percent of a
     * batch of 200. One entry, so nothing grows; a one-off handout compares nothing.
     */
    private record Last(Plan plan, DoseOverrides overrides, DosedPlan dosed) {
    }

    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    public static DosedPlan resolve(Plan plan, DoseOverrides o) {
        Last last = LAST.get();
        if (last != null && last.plan == plan && last.overrides.equals(o)) {
            return last.dosed;
        }
        DosedPlan dosed = resolveAgain(plan, o);
        LAST.set(new Last(plan, o, dosed));
        return dosed;
    }

    /** As {@link #resolve}, always worked out anew. */
    static DosedPlan resolveAgain(Plan plan, DoseOverrides o) {
        Set<String> ids = new LinkedHashSet<>();
        plan.entries().forEach(e -> ids.add(e.exercise().id()));
        checkIds(Subject.ONLY, o.only(), ids);
        checkIds(Subject.EXCLUDE, o.exclude(), ids);
        checkIds(Subject.DOSE, List.copyOf(o.perExercise().keySet()), ids);

        DoseText text = new DoseText(Labels.forLanguage(plan.language()));
        List<DosedExercise> out = new ArrayList<>();
        for (PlanEntry entry : plan.entries()) {
            String id = entry.exercise().id();
            if ((!o.only().isEmpty() && !o.only().contains(id)) || o.exclude().contains(id)) {
                continue;
            }
            Dose dose = entry.exercise().dose().over(plan.schedule()).over(entry.dose());
            Dose own = o.perExercise().get(id);
            dose = dose.over(applicable(o.global(), dose)).over(own);
            if (own != null && own.count() != null && dose.sides() != Sides.ALTERNATING) {
                throw new RequestException(Subject.DOSE, "exercise '" + id
                        + "' is not done on alternating sides, so 'count' does not apply");
            }
            out.add(new DosedExercise(out.size() + 1, text.fill(entry.exercise(), dose), dose,
                    text.fill(entry.notes(), dose), progression(entry, dose)));
        }
        if (out.isEmpty()) {
            throw new RequestException(Subject.SELECTION, "leave no exercises to print");
        }
        // A dose for an exercise the selection leaves out would be dropped without a word.
        Set<String> printed = new LinkedHashSet<>();
        out.forEach(d -> printed.add(d.exercise().id()));
        for (String id : o.perExercise().keySet()) {
            if (!printed.contains(id)) {
                throw new RequestException(Subject.DOSE, "exercise '" + id + "' is not in the handout (the exercises "
                        + "chosen leave it out); the handout has " + String.join(", ", printed));
            }
        }
        return new DosedPlan(plan, out);
    }

    /**
     * The entry's progression, else the exercise's; none when the final dose does not start
     * where the ramp starts (someone changed that dose by hand, and the ramp no longer fits).
     */
    private static Progression progression(PlanEntry entry, Dose dose) {
        Progression p = entry.progression() != null ? entry.progression() : entry.exercise().progression();
        return p != null && dose.over(p.stages().get(0)).equals(dose) ? p : null;
    }

    /**
     * The global options that make sense for this dose: a hold only where it already holds,
     * repetitions only where it already counts, sides only where it is already one-sided.
     */
    private static Dose applicable(Dose global, Dose dose) {
        Dose g = global;
        if (g.sides() != null && dose.sides() == null) {
            g = g.withSides(null);
        }
        if (g.holdSeconds() != null && dose.holdSeconds() == null) {
            g = g.withHold(null);
        }
        if (g.reps() != null && dose.reps() == null) {
            g = g.withReps(null);
        }
        return g;
    }

    private static void checkIds(Subject subject, List<String> given, Set<String> ids) {
        for (String id : given) {
            if (!ids.contains(id)) {
                throw new RequestException(subject, "exercise '" + id + "' is not in this plan"
                        + Suggest.hint(id, ids) + "; the plan has " + String.join(", ", ids));
            }
        }
    }
}
