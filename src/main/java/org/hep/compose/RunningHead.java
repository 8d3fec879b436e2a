package org.hep.compose;

/**
 * Whose handout a loose page is: the patient's name and the date (each null when not given) and
 * the handout's title. Layout joins them with " · " and, when the line is too long for the page,
 * writes the date short ("Nov 14, 2026", "14 nov. 2026") and then shortens the title: a name or
 * a date cut short no longer says whose handout it is.
 */
public record RunningHead(String patient, String title, String date, String shortDate) {
    public static final String SEPARATOR = " \u00b7 ";

    /** The whole line, or the line with {@code title} in place of the handout's title (null leaves it out). */
    public String line(String shownTitle) {
        return line(shownTitle, date);
    }

    /** The line with {@code shownTitle} and {@code shownDate} (either null leaves it out). */
    public String line(String shownTitle, String shownDate) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {patient, shownTitle, shownDate}) {
            if (part != null && !part.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : SEPARATOR).append(part);
            }
        }
        return sb.toString();
    }

    public String line() {
        return line(title);
    }
}
