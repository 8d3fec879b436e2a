package org.hep.compose;

import java.util.regex.Pattern;
import org.hep.model.Language;

/**
 * Where a printed line may not break, as no-break spaces in the text itself, so the PDF's line
 * breaker and a browser break alike: a number stays with its unit ("1 minute", "10–20 times", "5 days"), a
 * separator ("·", "–", "|") stays at the end of the line it follows rather than starting the next,
 * and French puts its no-break spaces before {@code : ; ? !} and inside « ». French also gets its
 * typographic apostrophe (l’exercice) where a text typed the straight one, so a page does not mix
 * the two (the handout's own words use ’). Applying it twice changes nothing.
 */
public final class Glue {
    /** No-break space: before a French colon, between a number and its unit. */
    public static final char NBSP = '\u00a0';
    /** Narrow no-break space: before French {@code ; ? !} and inside « ». */
    public static final char NNBSP = '\u202f';

    /** Units a dose or a plan counts in, in the languages hep prints. */
    private static final String UNITS = "sets?|reps?|repetitions?|times?|seconds?|secs?|minutes?|mins?|hours?|days?"
            + "|weeks?|months?|steps?|breaths?|séries?|répétitions?|fois|secondes?|heures?|jours?|semaines?|mois"
            + "|pas|respirations?|series?|repeticiones|repetición|veces|vez|segundos?|minutos?|horas?|días?|semanas?"
            + "|meses|mes|pasos?|respiraciones|respiración|kg|lbs?|cm|mm|km|s|h|%|°";
    private static final Pattern NUMBER_UNIT = Pattern.compile("(?<=\\d)[ \\t]+(?=(?:" + UNITS
            + ")(?![\\p{L}\\p{N}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BEFORE_SEPARATOR = Pattern.compile("[ \\t]+(?=[\u00b7\u2022|\u2013\u2014](?:\\s|$))");
    private static final Pattern FRENCH_COLON = Pattern.compile("(?<=[^\\s\u00a0\u202f?!;:])[ \\t\u00a0\u202f]*:(?=\\s|$|[»)\"’])");
    private static final Pattern FRENCH_MARK = Pattern.compile("(?<=[^\\s\u00a0\u202f?!;:])[ \\t\u00a0\u202f]*([;?!])(?=\\s|$|[»)\"’?!])");
    private static final Pattern OPEN_GUILLEMET = Pattern.compile("«[ \\t\u00a0\u202f]*");
    private static final Pattern CLOSE_GUILLEMET = Pattern.compile("[ \\t\u00a0\u202f]*»");
    /**
     * A straight apostrophe between letters (l'exercice, aujourd'hui), not a quotation mark, and
     * not in a web or mail address a patient may type (.../l'épaule).
     */
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");

    private final boolean french;

    private Glue(boolean french) {
        this.french = french;
    }

    private static final Glue FRENCH = new Glue(true);
    private static final Glue OTHER = new Glue(false);

    /** The rules for {@code language}; the same object for languages with the same rules. */
    public static Glue of(Language language) {
        return language == Language.FR ? FRENCH : OTHER;
    }

    /** {@code text} with its no-break spaces; null stays null. */
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // Layout cleans every string it measures: most hold no digit and no mark, and skip the
        // patterns. One look at each character says which patterns can match (none adds a digit,
        // a separator or a French mark).
        boolean digit = false;
        boolean separator = false;
        boolean mark = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '\u00b7' || c == '\u2022' || c == '|' || c == '\u2013' || c == '\u2014') {
                separator = true;
            } else if (c == ':' || c == ';' || c == '?' || c == '!' || c == '«' || c == '»' || c == '\'') {
                mark = true;
            }
        }
        String out = text;
        if (digit) {
            out = NUMBER_UNIT.matcher(out).replaceAll(String.valueOf(NBSP));
        }
        if (separator) {
            out = BEFORE_SEPARATOR.matcher(out).replaceAll(String.valueOf(NBSP));
        }
        return mark ? punctuation(out) : out;
    }

    /**
     * French's no-break spaces before {@code : ; ? !} and inside « », and its apostrophe, alone: for
     * text read on a screen or in a mail (a summary), where a number's unit may part from it. Other
     * languages' text is returned as it is.
     */
    public String punctuation(String text) {
        if (!french || text == null || text.isEmpty()) {
            return text;
        }
        String out = FRENCH_COLON.matcher(text).replaceAll(NBSP + ":");
        out = FRENCH_MARK.matcher(out).replaceAll(NNBSP + "$1");
        out = OPEN_GUILLEMET.matcher(out).replaceAll("«" + NNBSP);
        out = CLOSE_GUILLEMET.matcher(out).replaceAll(NNBSP + "»");
        return apostrophes(out);
    }

    private static String apostrophes(String text) {
        java.util.regex.Matcher m = APOSTROPHE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String word = text.substring(start, end);
            boolean address = word.indexOf('/') >= 0 || word.indexOf('@') >= 0;
            m.appendReplacement(out, address ? "'" : "\u2019");
        }
        m.appendTail(out);
        return out.toString();
    }
}
