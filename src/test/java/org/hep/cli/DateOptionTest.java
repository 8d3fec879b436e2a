package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A date read by hand is the date the JDK's ISO parser reads, and what it refuses is still refused. */
class DateOptionTest {
    @Test
    void readsWhatTheIsoParserReads() {
        List<String> values = new ArrayList<>(List.of("2024-02-29", "2026-02-29", "2100-02-29", "2000-02-29",
                "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "+2026-01-01", "\uff12026-01-01",
                "2026/01/01", "1899-12-31", "3000-01-01", "0000-01-01", " 2026-01-15 ", "2026-01-15x"));
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() < 2029; d = d.plusDays(1)) {
            values.add(d.toString());
        }
        for (String v : values) {
            LocalDate want;
            try {
                want = LocalDate.parse(v.strip());
            } catch (DateTimeParseException e) {
                assertThrows(UsageException.class, () -> HandoutOptions.parseDate("--date", v), v);
                continue;
            }
            if (want.getYear() < 1900 || want.getYear() > 2999) {
                assertThrows(UsageException.class, () -> HandoutOptions.parseDate("--date", v), v);
            } else {
                assertEquals(want, HandoutOptions.parseDate("--date", v), v);
            }
        }
    }
}
