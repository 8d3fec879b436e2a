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
            LocalDate d;
            try {
                // ASCII digits, as `date +%s` prints them (a minus sign before 1970): Java would
                // also read "+5" and full-width digits.
                if (!epoch.strip().matches("-?[0-9]{1,18}")) {
                    throw new NumberFormatException();
                }
                d = Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZoneOffset.UTC).toLocalDate();
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new UsageException("SOURCE_DATE_EPOCH must be whole seconds since 1970, found '"
                        + Cli.oneLine(epoch) + "'");
            }
            // The same range as --date: year 10000 would make the PDF's XMP dates invalid.
            if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
                throw new UsageException("SOURCE_DATE_EPOCH: the year must be from " + MIN_YEAR + " to " + MAX_YEAR
                        + ", found " + d + " (" + Cli.oneLine(epoch.strip()) + ")");
            }
            return d;
        }
        return LocalDate.now();
    }

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2999;

    /** "2026-02-29": the form is right but the day is not in the calendar; say which part is wrong. */
    private static String whyNotADate(String v) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(v);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return "the month must be from 01 to 12, found '" + v + "'";
            }
            java.time.YearMonth ym = java.time.YearMonth.of(Integer.parseInt(m.group(1)), month);
            return "there is no such day: " + ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH) + " " + ym.getYear() + " has " + ym.lengthOfMonth() + " days, found '"
                    + v + "'";
        }
        return "expected a date like 2026-03-31, found '" + Cli.oneLine(v) + "'";
    }

    /** An ISO date in a plausible range; {@code what} names the option or column in the message. */
    public static LocalDate parseDate(String what, String value) {
        String v = value.strip();
        LocalDate d = plainDate(v);
        try {
            d = d != null ? d : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException(what + ": " + whyNotADate(v));
        }
        if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
            throw new UsageException(what + ": the year must be from 1900 to 2999, found '" + Cli.oneLine(v) + "'");
        }
        return d;
    }

    /**
     * {@code v} read as YYYY-MM-DD in ASCII digits, or null for anything else (a day that does not
     * exist too): the JDK's parser sets up its formatters at first use, on a one-off handout's
     * start. Anything else goes to the parser, for its reading and its messages.
     */
    private static LocalDate plainDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        int y = digits(v, 0, 4);
        int m = digits(v, 5, 7);
        int d = digits(v, 8, 10);
        boolean leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        int days = m == 2 ? (leap ? 29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > days) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /** The number written in ASCII digits from {@code from} to {@code to}, or -1. */
    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    static String blankToNull(String s, String option) {
        if (s == null || org.hep.model.SafeText.printsNothing(s)) {
            return null;
        }
        if (s.length() > 500) {
            throw new UsageException(option + ": longer than 500 characters");
        }
        return s.strip();
    }
}
