package org.hep.dose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hep.i18n.Labels;

/**
 * The dated columns of the exercise log: whole weeks from the handout date, each column headed
 * with the weekday's initial and the day of the month ("M 14"), and the days the prescription
 * leaves for rest when it asks for fewer than 7 days a week. Rest days are spread through each
 * week so that no two fall together when they need not, and the first day is always a day to
 * exercise: the patient starts the day they get the handout.
 */
public record LogCalendar(LocalDate start, int weeks) {
    public static final int MAX_WEEKS = 6;

    public LogCalendar {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("weeks " + weeks);
        }
    }

    /** One row of the log: its number from 1 and its seven dates. */
    public record Week(int number, List<LocalDate> days) {
        public Week {
            days = List.copyOf(days);
        }
    }

    public List<Week> rows() {
        List<Week> out = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            List<LocalDate> days = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                days.add(start.plusDays(w * 7L + d));
            }
            out.add(new Week(w + 1, days));
        }
        return out;
    }

    /** Every date of the log, in order. */
    public List<LocalDate> days() {
        return rows().stream().flatMap(w -> w.days().stream()).toList();
    }

    /**
     * Whether the {@code dayIndex}-th day of the log (from 0) is a day to exercise for a dose of
     * {@code daysPerWeek} (null means every day). Within each week, day k is an exercise day when
     * ceil((k+1)·n/7) > ceil(k·n/7): 5 a week rests on days 4 and 7, 3 a week exercises on 1, 3, 5.
     */
    public static boolean isExerciseDay(int dayIndex, Integer daysPerWeek) {
        if (daysPerWeek == null || daysPerWeek >= 7) {
            return true;
        }
        int n = Math.max(daysPerWeek, 1);
        int k = Math.floorMod(dayIndex, 7);
        return ceilDiv((k + 1) * n, 7) > ceilDiv(k * n, 7);
    }

    /** "M 14": the weekday's initial in the plan's language and the day of the month. */
    public static String header(LocalDate day, Labels labels) {
        return labels.get("log.weekday." + day.getDayOfWeek().getValue()) + " " + day.getDayOfMonth();
    }

    /** "Mar 28 – Apr 3" (fr "28 mars – 3 avr."): the dates a week row covers. */
    public static String range(Week week, Labels labels) {
        return labels.get("log.range", date(week.days().get(0), labels), date(week.days().get(6), labels));
    }

    /** "Mar 28" (fr "28 mars"). */
    public static String date(LocalDate day, Labels labels) {
        return labels.get("log.date", Integer.toString(day.getDayOfMonth()), labels.get("log.month." + day.getMonthValue()));
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }
}
