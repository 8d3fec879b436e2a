package org.hep.compose;

/**
 * Whose handout a loose page is: the patient's name and the date (each null when not given) and
 * the handout's title. Layout joins them with " · " and, when the line is too long for the page,
 * shortens the title first: a name or a date cut short no longer says whose handout it is.
 */
public record RunningHead(String patient, String title, String date) {
    public static final String SEPARATOR = " \u00b7 ";

    /** The whole line, or the line with {@code title} in place of the handout's title (null leaves it out). */
    public String line(String shownTitle) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {patient, shownTitle, date}) {
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
