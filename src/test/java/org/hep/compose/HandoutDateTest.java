package org.hep.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.hep.model.Language;
import org.junit.jupiter.api.Test;

/** The handout's date, written by hand, is the JDK's long date for every day a handout may carry. */
class HandoutDateTest {
    @Test
    void everyDayOfTwoYearsAndEveryMonthFrom1900To2999ReadAsTheJdkWritesThem() {
        for (Language language : Language.values()) {
            for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() < 2029; d = d.plusDays(1)) {
                same(d, language);
            }
            for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 3000; d = d.plusMonths(1)) {
                same(d, language);
                same(d.plusDays(9), language);
            }
        }
    }

    private static void same(LocalDate d, Language language) {
        String want = HandoutDate.jdk(d, language);
        if (!want.equals(HandoutDate.format(d, language))) {
            assertEquals(want, HandoutDate.format(d, language), language + " " + d);
        }
    }

    @Test
    void examples() {
        LocalDate d = LocalDate.of(2026, 1, 15);
        assertEquals("January 15, 2026", HandoutDate.format(d, Language.EN));
        assertEquals("15 janvier 2026", HandoutDate.format(d, Language.FR));
        assertEquals("15 de enero de 2026", HandoutDate.format(d, Language.ES));
        assertEquals(HandoutDate.jdk(LocalDate.of(10000, 8, 1), Language.FR), HandoutDate.format(LocalDate.of(10000, 8, 1), Language.FR));
    }
}
