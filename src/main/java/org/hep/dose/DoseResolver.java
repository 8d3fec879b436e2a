package org.hep.dose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hep.diag.RequestException;
import org.hep.diag.RequestException.Subject;
import org.hep.diag.Suggest;
import org.hep.model.Dose;
import org.hep.model.Plan;
import org.hep.model.PlanEntry;

/**
 * Applies dose precedence, lowest first: exercise {@code dose} → plan {@code schedule} →
 * plan entry → global options → {@code --dose ID:…}. A global {@code sides} only changes
 * exercises that already have sides: "each side" makes no sense for a squat.
 */
public final class DoseResolver {
    private DoseResolver() {
    }

    public static DosedPlan resolve(Plan plan, DoseOverrides o) {
        Set<String> ids = new LinkedHashSet<>();
        plan.entries().forEach(e -> ids.add(e.exercise().id()));
        checkIds(Subject.ONLY, o.only(), ids);
        checkIds(Subject.EXCLUDE, o.exclude(), ids);
        checkIds(Subject.DOSE, List.copyOf(o.perExercise().keySet()), ids);

        List<DosedExercise> out = new ArrayList<>();
        for (PlanEntry entry : plan.entries()) {
            String id = entry.exercise().id();
            if ((!o.only().isEmpty() && !o.only().contains(id)) || o.exclude().contains(id)) {
                continue;
            }
            Dose dose = entry.exercise().dose().over(plan.schedule()).over(entry.dose());
            Dose global = o.global();
            if (global.sides() != null && dose.sides() == null) {
                global = global.withSides(null);
            }
            dose = dose.over(global).over(o.perExercise().get(id));
            out.add(new DosedExercise(out.size() + 1, entry.exercise(), dose, entry.notes()));
        }
        if (out.isEmpty()) {
            throw new RequestException(Subject.SELECTION, "leave no exercises to print");
        }
        return new DosedPlan(plan, out);
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
