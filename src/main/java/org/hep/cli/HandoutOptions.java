package org.hep.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.hep.model.HandoutDetails;
import org.hep.model.PageSize;
import picocli.CommandLine.Option;

/** Who, when and how the handout looks (a picocli mixin). */
public final class HandoutOptions {
    @Option(names = "--template", paramLabel = "NAME|FILE", description = "standard, large-print, compact, or a template file.")
    String template;

    @Option(names = "--patient", paramLabel = "NAME", description = "Patient name, printed on page one.")
    String patient;

    @Option(names = "--therapist", paramLabel = "NAME", description = "Therapist name.")
    String therapist;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Handout date (default: today, or SOURCE_DATE_EPOCH).")
    String date;

    @Option(names = "--notes", paramLabel = "TEXT", description = "A note printed under the patient details.")
    String notes;

    @Option(names = "--next-visit", paramLabel = "TEXT", description = "Next appointment, e.g. \"Tuesday 3 March, 10:00\".")
    String nextVisit;

    @Option(names = "--page-size", paramLabel = "letter|a4", description = "Paper size (default: the template's).")
    String pageSize;

    public HandoutDetails details() {
        return new HandoutDetails(blankToNull(patient, "--patient"), blankToNull(therapist, "--therapist"),
                date(date, System.getenv("SOURCE_DATE_EPOCH")), blankToNull(notes, "--notes"),
                blankToNull(nextVisit, "--next-visit"));
    }

    public PageSize pageSize() {
        if (pageSize == null) {
            return null;
        }
        PageSize p = PageSize.parse(pageSize);
        if (p == null) {
            throw new UsageException("--page-size: must be letter or a4, found '" + pageSize + "'");
        }
        return p;
    }

    /** The --date value, else SOURCE_DATE_EPOCH (UTC), else today. */
    public static LocalDate date(String option, String epoch) {
        if (option != null) {
            return parseDate("--date", option);
        }
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZoneOffset.UTC).toLocalDate();
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new UsageException("SOURCE_DATE_EPOCH must be whole seconds since 1970, found '" + epoch + "'");
            }
        }
        return LocalDate.now();
    }

    /** An ISO date in a plausible range; {@code what} names the option or column in the message. */
    public static LocalDate parseDate(String what, String value) {
        String v = value.strip();
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException(what + ": expected a date like 2026-03-31, found '" + Cli.oneLine(v) + "'");
        }
        if (d.getYear() < 1900 || d.getYear() > 2999) {
            throw new UsageException(what + ": the year must be from 1900 to 2999, found '" + Cli.oneLine(v) + "'");
        }
        return d;
    }

    static String blankToNull(String s, String option) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.length() > 500) {
            throw new UsageException(option + ": longer than 500 characters");
        }
        return s.strip();
    }
}
