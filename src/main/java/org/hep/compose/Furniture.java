package org.hep.compose;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The words repeated around the content: the running head of pages 2 and on (whose handout it is:
 * patient · title · date), the footer line (with the clinic's phone), "Page 2 of 3" and
 * "3. Squat (continued)", in the handout's language. Page numbers and continued titles are
 * known only once pages exist, so the patterns come here and layout fills them in.
 */
public record Furniture(RunningHead runningHead, String footer, String pagePattern, String continuedPattern,
                        Locale locale) {

    public String page(int number, int total) {
        return new MessageFormat(pagePattern, locale).format(new Object[] {number, total});
    }

    public String continued(String title) {
        return new MessageFormat(continuedPattern, locale).format(new Object[] {title});
    }
}
