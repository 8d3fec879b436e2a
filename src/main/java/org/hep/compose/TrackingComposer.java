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
import org.hep.model.Dose;
import org.hep.model.Sides;
import org.hep.model.Tracking;

/**
 * What the patient keeps track with: the dated log (or the plan at a glance, which carries it
 * where a template has both) and the pain guide.
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
        return new Block.Log(labels.get("label.log"), hint, labels.get("label.exercise"), weeks(calendar, labels),
                rows, tracking.logPain() ? labels.get("log.pain") : null,
                tracking.logPain() ? labels.get("log.painHint") : null, rests ? labels.get("log.restDays") : null,
                labels.get("label.rest"));
    }

    /**
     * The plan at a glance, which is also the log where a template has both: the weeks of the log
     * (one when it has none), the pain row when the log has one, and one short instruction for
     * filling it in. Each row's dose already says how often when the exercises differ.
     */
    static Block.Glance glance(List<Card> cards, List<DosedExercise> exercises, String schedule, Tracking tracking,
                               LocalDate start, Clinic clinic, Labels labels) {
        if (start == null) {
            return null;
        }
        LogCalendar calendar = new LogCalendar(start, Math.max(1, tracking.logWeeks()));
        List<Block.GlanceRow> rows = new ArrayList<>();
        boolean rests = false;
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            List<Boolean> marks = days(calendar.days().size(), exercises.get(i).dose().daysPerWeek());
            rests |= marks.contains(false);
            rows.add(new Block.GlanceRow(c.title(), c.picture(), c.end() != null && c.end().thumbnail() != null
                    ? c.end().thumbnail() : c.figure(), c.strip().text(), marks, shortDose(c, labels)));
        }
        boolean pain = tracking.logWeeks() > 0 && tracking.logPain();
        String hint = labels.get("label.logHint") + (rests ? " " + labels.get("log.restDays") : "")
                + (pain ? " " + labels.get("log.painHint") : "");
        // One week reads "This week"; the weeks of a log are numbered.
        List<Block.LogWeek> weeks = calendar.weeks() == 1
                ? List.of(new Block.LogWeek(labels.get("glance.week") + " \u00b7 "
                        + LogCalendar.range(calendar.rows().get(0), labels), dayHeaders(calendar.rows().get(0), labels)))
                : weeks(calendar, labels);
        // "Questions? Call your clinic." without a number says less than the footer on every page.
        String call = clinic.phone() != null ? labels.get("glance.call", clinic.phone()) : null;
        return new Block.Glance(labels.get("glance.title"), schedule, hint, labels.get("label.exercise"), weeks, rows,
                pain ? labels.get("log.pain") : null, call, clinic.phone(), labels.get("label.rest"));
    }

    /**
     * The card's dose in fewer words, from the same parts: the sets and the repetitions as one
     * ("3 sets of 10–20", "… per side" when the sides alternate), then the other parts as the strip
     * says them, joined with commas: "3 sets of 10–20, rest 1 minute".
     */
    static String shortDose(Card c, Labels labels) {
        List<DoseStrip.Item> items = c.strip().items();
        DoseStrip.Item sets = item(items, "sets");
        DoseStrip.Item reps = item(items, "reps");
        String out = null;
        for (DoseStrip.Item item : items) {
            String part;
            if (item == reps && sets != null) {
                continue;
            } else if (item == sets && reps != null) {
                Dose d = c.dose();
                String count = d.sides() != Sides.ALTERNATING ? reps.figure()
                        : labels.get(d.countsInTotal() ? "dose.inTotal" : "dose.perSide", reps.figure());
                part = labels.get("dose.setsOf", sets.text(), count);
            } else {
                part = item.text();
            }
            out = out == null ? part : labels.get("freq.join", out, part);
        }
        return out == null ? "" : out;
    }

    /** The first item of this key, or null. */
    private static DoseStrip.Item item(List<DoseStrip.Item> items, String key) {
        for (DoseStrip.Item i : items) {
            if (i.key().equals(key)) {
                return i;
            }
        }
        return null;
    }

    /** "Week 1 · Mar 14 – Mar 20" and its seven day headings, for every week of the calendar. */
    private static List<Block.LogWeek> weeks(LogCalendar calendar, Labels labels) {
        List<Block.LogWeek> weeks = new ArrayList<>();
        for (LogCalendar.Week w : calendar.rows()) {
            weeks.add(new Block.LogWeek(labels.get("log.week", w.number()) + " \u00b7 " + LogCalendar.range(w, labels),
                    dayHeaders(w, labels)));
        }
        return weeks;
    }

    private static List<String> dayHeaders(LogCalendar.Week week, Labels labels) {
        return week.days().stream().map(d -> LogCalendar.header(d, labels)).toList();
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
