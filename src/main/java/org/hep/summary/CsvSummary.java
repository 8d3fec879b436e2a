package org.hep.summary;

import java.util.ArrayList;
import java.util.List;
import org.hep.dose.DosedExercise;
import org.hep.dose.DosedPlan;
import org.hep.model.Dose;
import org.hep.model.Plan;

/** One row per exercise, for a spreadsheet; the columns are listed in docs/summary-formats.md. */
final class CsvSummary {
    static final List<String> COLUMNS = List.of("plan_id", "number", "id", "name", "sets", "reps_min", "reps_max",
            "hold_seconds", "rest_seconds", "sides", "per_day", "days_per_week", "load", "dose_words",
            "frequency_words", "equipment", "notes");

    private CsvSummary() {
    }

    static byte[] plan(DosedPlan dosed, boolean raw) {
        Plan plan = dosed.plan();
        Wording w = Wording.of(plan.language());
        List<List<Object>> rows = new ArrayList<>();
        for (DosedExercise de : dosed.exercises()) {
            Dose d = de.dose();
            rows.add(java.util.Arrays.asList(plan.id(), de.number(), de.exercise().id(), de.exercise().name(),
                    d.sets(), d.reps() == null ? null : d.reps().min(), d.reps() == null ? null : d.reps().max(),
                    d.holdSeconds(), d.restSeconds(), d.sides() == null ? null : d.sides().key(), d.perDay(),
                    d.daysPerWeek(), d.load(), w.doseWords(d), w.frequencyWords(d),
                    de.exercise().equipment(), de.notes()));
        }
        return new Table(COLUMNS, rows, COLUMNS.size()).csv(raw);
    }
}
