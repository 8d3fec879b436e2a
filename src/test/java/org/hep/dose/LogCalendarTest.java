package org.hep.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hep.i18n.Labels;
import org.hep.model.Language;
import org.junit.jupiter.api.Test;

/** The log's dates come from the handout date, across month and year ends, with rest days spread out. */
class LogCalendarTest {
    private static final Labels EN = Labels.forLanguage(Language.EN);

    private static List<String> headers(LogCalendar c, Labels labels) {
        return c.days().stream().map(d -> LogCalendar.header(d, labels)).toList();
    }

    @Test
    void acrossAMonthEnd() {
        LogCalendar c = new LogCalendar(LocalDate.of(2026, 3, 28), 2);
        assertEquals(List.of("S 28", "S 29", "M 30", "T 31", "W 1", "T 2", "F 3",
                "S 4", "S 5", "M 6", "T 7", "W 8", "T 9", "F 10"), headers(c, EN));
        assertEquals("Mar 28 – Apr 3", LogCalendar.range(c.rows().get(0), EN));
        assertEquals("Apr 4 – Apr 10", LogCalendar.range(c.rows().get(1), EN));
    }

    @Test
    void acrossAYearEndInEveryLanguage() {
        LogCalendar c = new LogCalendar(LocalDate.of(2026, 12, 29), 1);
        assertEquals(List.of("T 29", "W 30", "T 31", "F 1", "S 2", "S 3", "M 4"), headers(c, EN));
        assertEquals(List.of("M 29", "M 30", "J 31", "V 1", "S 2", "D 3", "L 4"), headers(c, Labels.forLanguage(Language.FR)));
        assertEquals(List.of("M 29", "X 30", "J 31", "V 1", "S 2", "D 3", "L 4"), headers(c, Labels.forLanguage(Language.ES)));
        assertEquals(LocalDate.of(2027, 1, 4), c.days().get(6));
        assertEquals("Dec 29 – Jan 4", LogCalendar.range(c.rows().get(0), EN));
        assertEquals("29 déc. – 4 janv.", LogCalendar.range(c.rows().get(0), Labels.forLanguage(Language.FR)));
        assertEquals("29 dic. – 4 ene.", LogCalendar.range(c.rows().get(0), Labels.forLanguage(Language.ES)));
    }

    @Test
    void aLeapDayIsADay() {
        LogCalendar c = new LogCalendar(LocalDate.of(2028, 2, 27), 1);
        assertEquals(List.of("S 27", "M 28", "T 29", "W 1", "T 2", "F 3", "S 4"), headers(c, EN));
    }

    @Test
    void weeksAreNumberedRowsOfSevenDays() {
        List<LogCalendar.Week> rows = new LogCalendar(LocalDate.of(2026, 1, 1), 3).rows();
        assertEquals(List.of(1, 2, 3), rows.stream().map(LogCalendar.Week::number).toList());
        assertEquals(LocalDate.of(2026, 1, 15), rows.get(2).days().get(0));
        assertEquals(LocalDate.of(2026, 1, 21), rows.get(2).days().get(6));
    }

    @Test
    void restDaysAreSpreadThroughEachWeekAndTheFirstDayIsForExercise() {
        assertEquals("XXXXXXX", pattern(null));
        assertEquals("XXXXXXX", pattern(7));
        assertEquals("XXXXXX-", pattern(6));
        assertEquals("XXX-XX-", pattern(5));
        assertEquals("XX-X-X-", pattern(4));
        assertEquals("X-X-X--", pattern(3));
        assertEquals("X--X---", pattern(2));
        assertEquals("X------", pattern(1));
        for (int n = 1; n <= 7; n++) {
            final int days = n;
            assertEquals(n, pattern(n).chars().filter(ch -> ch == 'X').count(), n + " a week");
            assertTrue(LogCalendar.isExerciseDay(0, days), "the first day");
            for (int week = 1; week < 4; week++) {
                for (int d = 0; d < 7; d++) {
                    assertEquals(LogCalendar.isExerciseDay(d, days), LogCalendar.isExerciseDay(week * 7 + d, days),
                            "every week the same days");
                }
            }
        }
    }

    private static String pattern(Integer daysPerWeek) {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            out.add(LogCalendar.isExerciseDay(d, daysPerWeek) ? "X" : "-");
        }
        return String.join("", out);
    }
}
