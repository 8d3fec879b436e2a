package org.hep.compose;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.hep.model.Language;

/**
 * The handout's date written out in its language, as the JDK's long date format writes it
 * ("January 15, 2026", "15 janvier 2026", "15 de enero de 2026"), without loading the JDK's
 * locale data for it: that was a fiftieth of a one-off handout's CPU. Years outside four digits
 * go to the JDK's format. {@code HandoutDateTest} holds every day of several years to it.
 */
final class HandoutDate {
    private static final String[] EN = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] ES = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre"};

    private HandoutDate() {
    }

    static String format(LocalDate date, Language language) {
        if (language != Language.EN && language != Language.FR && language != Language.ES) {
            return jdk(date, language);
        }
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return jdk(date, language);
        }
        int day = date.getDayOfMonth();
        int month = date.getMonthValue() - 1;
        // A StringBuilder: each concatenation is linked at its first use, on a one-off handout's start.
        StringBuilder b = new StringBuilder(24);
        switch (language) {
            case EN -> b.append(EN[month]).append(' ').append(day).append(", ").append(year);
            case FR -> b.append(day).append(' ').append(FR[month]).append(' ').append(year);
            default -> b.append(day).append(" de ").append(ES[month]).append(" de ").append(year);
        }
        return b.toString();
    }

    /** The JDK's long date format, which the one above writes by hand. */
    static String jdk(LocalDate date, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
    }
}
