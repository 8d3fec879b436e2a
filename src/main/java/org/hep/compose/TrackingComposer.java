package org.hep.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hep.dose.DoseStrip;
import org.hep.dose.DoseWords;
import org.hep.dose.DosedExercise;
import org.hep.dose.LogCalendar;
import org.hep.i18n.Labels;
import org.hep.model.Clinic;
import org.hep.model.Tracking;

/**
 * What the patient keeps track with: the dated log, the plan at a glance and the pain guide.
 * Days come from the handout's date; an exercise done fewer than 7 days a week gets rest days
 * spread through each week ({@link LogCalendar}).
 */
final class TrackingComposer {
    private TrackingComposer() {
    }

    static Block.Log log(List<DosedExercise> exercises, Tracking tracking, LocalDate start, Labels labels,
                         DoseWords words) {
        if (tracking.logWeeks() == 0 || start == null) {
            return null;   // no date (a summary): no days to head the columns with
        }
        LogCalendar calendar = new LogCalendar(start, tracking.logWeeks());
        List<Block.LogWeek> weeks = new ArrayList<>();
        for (LogCalendar.Week w : calendar.rows()) {
            weeks.add(new Block.LogWeek(labels.get("log.week", w.number()) + " \u00b7 " + LogCalendar.range(w, labels),
                    w.days().stream().map(d -> LogCalendar.header(d, labels)).toList()));
        }
        // How often goes once into the hint when every exercise shares it, else under each name.
        boolean shared = DoseStrip.frequencyShared(exercises.stream().map(DosedExercise::dose).toList());
        Integer days = exercises.get(0).dose().daysPerWeek();
        List<Block.LogRow> rows = new ArrayList<>();
        boolean rests = false;
        for (DosedExercise e : exercises) {
            List<Boolean> marks = days(calendar.days().size(), e.dose().daysPerWeek());
            rests |= marks.contains(false);
            rows.add(new Block.LogRow(e.number() + ". " + e.exercise().name(),
                    shared ? null : words.frequency(e.dose()), marks));
        }
        String hint = labels.get("label.logHint");
        if (shared && days != null) {
            hint = hint + " " + labels.get("log.aim", days);
        }
        return new Block.Log(labels.get("label.log"), hint, labels.get("label.exercise"), weeks,
                rows, tracking.logPain() ? labels.get("log.pain") : null,
                tracking.logPain() ? labels.get("log.painHint") : null, rests ? labels.get("log.restDays") : null,
                labels.get("label.rest"));
    }

    static Block.Glance glance(List<Card> cards, List<DosedExercise> exercises, String schedule, LocalDate start,
                               Clinic clinic, Labels labels) {
        if (start == null) {
            return null;
        }
        LogCalendar week = new LogCalendar(start, 1);
        List<Block.GlanceRow> rows = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            rows.add(new Block.GlanceRow(c.title(), c.picture(), c.end() != null && c.end().thumbnail() != null
                    ? c.end().thumbnail() : c.figure(), c.strip().text(),
                    days(7, exercises.get(i).dose().daysPerWeek())));
        }
        String call = clinic.phone() != null ? labels.get("glance.call", clinic.phone()) : labels.get("glance.callClinic");
        return new Block.Glance(labels.get("glance.title"), schedule,
                labels.get("glance.week") + " \u00b7 " + LogCalendar.range(week.rows().get(0), labels),
                labels.get("label.exercise"), week.days().stream().map(d -> LogCalendar.header(d, labels)).toList(),
                rows, call, clinic.phone(), labels.get("label.rest"));
    }

    static Block.PainGuide painGuide(Labels labels) {
        return new Block.PainGuide(labels.get("pain.title"), labels.get("pain.green"), labels.get("pain.amber"),
                labels.get("pain.red"));
    }

    private static List<Boolean> days(int n, Integer daysPerWeek) {
        List<Boolean> out = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            out.add(LogCalendar.isExerciseDay(d, daysPerWeek));
        }
        return out;
    }
}
