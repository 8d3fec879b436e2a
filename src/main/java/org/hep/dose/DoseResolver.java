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
import org.hep.model.DoseKey;
import org.hep.model.Plan;
import org.hep.model.PlanEntry;
import org.hep.model.Progression;
import org.hep.model.Sides;

/**
 * Applies dose precedence, lowest first: exercise {@code dose} → plan {@code schedule} →
 * plan entry → global options → {@code --dose ID:…}. A global {@code sets}, {@code reps},
 * {@code hold} or {@code sides} only changes exercises that already have one: "each side"
 * makes no sense for a squat, nor a hold for a step-up, nor three sets of a 10-minute walk. Dose placeholders in the text are filled here, once,
 * so the PDF and every summary read the same words.
 */
public final class DoseResolver {
    /** The keys a global option sets, in the order their messages come. */
    private static final List<DoseKey> GLOBAL_KEYS =
            List.of(DoseKey.SETS, DoseKey.REPS, DoseKey.HOLD, DoseKey.SIDES, DoseKey.REST);
    private static final java.util.Map<DoseKey, String> UNUSED = java.util.Map.of(
            DoseKey.SETS, "is done in sets",
            DoseKey.REPS, "is counted in repetitions",
            DoseKey.HOLD, "has a hold",
            DoseKey.SIDES, "is done one side at a time",
            DoseKey.REST, "has a rest or more than one set");

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
        // The same overrides first by identity: a one-off handout resolves its plan twice with one
        // object, and a record's first equals links its generated method at a cost of milliseconds.
        if (last != null && last.plan == plan && (last.overrides == o || last.overrides.equals(o))) {
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
        Set<DoseKey> used = java.util.EnumSet.noneOf(DoseKey.class);
        for (PlanEntry entry : plan.entries()) {
            String id = entry.exercise().id();
            if ((!o.only().isEmpty() && !o.only().contains(id)) || o.exclude().contains(id)) {
                continue;
            }
            Dose planned = entry.exercise().dose().over(plan.schedule()).over(entry.dose());
            Dose own = o.perExercise().get(id);
            Dose global = applicable(o.global(), planned, own);
            GLOBAL_KEYS.stream().filter(global::has).forEach(used::add);
            Dose dose = withoutIdleRest(entry, planned, planned.over(global).over(own), own, global);
            checkTakesNothing(entry, planned, dose, own, global);
            if (own != null && own.count() != null && dose.sides() != Sides.ALTERNATING) {
                throw new RequestException(Subject.DOSE, "exercise '" + id
                        + "' is not done on alternating sides, so 'count' does not apply");
            }
            // A note that is only words for other sides is no note (no empty "Note from your therapist").
            String note = text.fill(entry.notes(), dose);
            out.add(new DosedExercise(out.size() + 1, text.fill(entry.exercise(), dose), dose,
                    note == null || note.isBlank() ? null : note, progression(entry, dose)));
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
        // A global value no exercise takes would be dropped without a word, as a --dose for an
        // exercise left out would: the user asked for something the handout does not do.
        for (DoseKey key : GLOBAL_KEYS) {
            if (o.global().has(key) && !used.contains(key)) {
                throw new RequestException(subject(key), "no exercise in the handout " + UNUSED.get(key)
                        + ", so it would change nothing; a dose for one exercise (ID:" + key.key()
                        + "=…) can add it");
            }
        }
        return new DosedPlan(plan, out);
    }

    /**
     * {@code --sets 1} over a plan's sets leaves its rest between sets with nothing to separate:
     * "1 set · rest 1 minute" reads as a pause after the exercise. The rest goes, unless an option
     * gave it too or the exercise's words say {rest} (they print what the author wrote).
     */
    private static Dose withoutIdleRest(PlanEntry entry, Dose planned, Dose dose, Dose own, Dose global) {
        boolean oneSetNow = dose.sets() != null && dose.sets() == 1 && planned.sets() != null && planned.sets() > 1;
        boolean restAsked = own != null && own.has(DoseKey.REST) || global.has(DoseKey.REST);
        if (!oneSetNow || restAsked || dose.restSeconds() == null
                || LaterDose.saysRest(entry.exercise()) || LaterDose.says(entry.notes())) {
            return dose;
        }
        return dose.with(DoseKey.REST, null);
    }

    /**
     * An option may change any value, but not take from the exercise's words what they say:
     * a rest of 0 under "rest {rest}", or sides that make a count in total read per side.
     */
    private static void checkTakesNothing(PlanEntry entry, Dose planned, Dose dose, Dose own, Dose global) {
        String id = entry.exercise().id();
        boolean ownRest = own != null && own.has(DoseKey.REST);
        String rest = ownRest || global.has(DoseKey.REST) ? LaterDose.restProblem(entry.exercise(), entry.notes(), dose)
                : null;
        if (rest != null) {
            throw new RequestException(ownRest ? Subject.DOSE : Subject.REST, rest
                    + "; give a rest above 0, or leave the rest as the plan has it");
        }
        boolean ownSides = own != null && own.has(DoseKey.SIDES);
        boolean repsGiven = own != null && own.has(DoseKey.REPS) || global.has(DoseKey.REPS);
        String count = ownSides || global.has(DoseKey.SIDES)
                ? LaterDose.countProblem(id, planned, dose, repsGiven) : null;
        if (count != null) {
            throw new RequestException(ownSides ? Subject.DOSE : Subject.SIDES, count
                    + "; give its repetitions for one side as well (a dose for it: " + id + ":reps=…)");
        }
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
     * The global options that make sense for this dose: each only where the dose already has
     * that kind of value, so "--sets 3" never turns a 10-minute walk into three walks, nor
     * "--hold" a step-up into a hold. A rest also fits where the final dose has two sets or
     * more even if it names no rest yet: "rest 1 minute between sets" then says what the
     * patient does between them anyway, while after a single set or hold it would add a pause
     * that leads to nothing.
     */
    private static Dose applicable(Dose global, Dose dose, Dose own) {
        Dose g = global;
        for (DoseKey key : List.of(DoseKey.SETS, DoseKey.REPS, DoseKey.HOLD, DoseKey.SIDES)) {
            if (g.has(key) && !dose.has(key)) {
                g = g.with(key, null);
            }
        }
        if (g.has(DoseKey.REST) && !dose.has(DoseKey.REST)) {
            Integer sets = dose.over(g).over(own).sets();
            if (sets == null || sets < 2) {
                g = g.with(DoseKey.REST, null);
            }
        }
        return g;
    }

    private static Subject subject(DoseKey key) {
        return switch (key) {
            case SETS -> Subject.SETS;
            case REPS -> Subject.REPS;
            case HOLD -> Subject.HOLD;
            case SIDES -> Subject.SIDES;
            default -> Subject.REST;
        };
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
