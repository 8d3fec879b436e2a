package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** XMP's dates, written by hand for a handout's midnight UTC, are what the JDK's formatter writes. */
class XmpDateTest {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @Test
    void asTheFormatterWritesThem() {
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 3000; d = d.plusDays(37)) {
            OffsetDateTime t = d.atStartOfDay().atOffset(ZoneOffset.UTC);
            assertEquals(WHEN.format(t), Xmp.when(t));
        }
        OffsetDateTime other = OffsetDateTime.of(2026, 1, 15, 9, 5, 7, 0, ZoneOffset.ofHours(2));
        assertEquals("2026-01-15T09:05:07+02:00", Xmp.when(other));
        OffsetDateTime late = OffsetDateTime.of(2026, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC);
        assertEquals(WHEN.format(late), Xmp.when(late));
    }
}
