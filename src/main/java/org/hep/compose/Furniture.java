package org.hep.compose;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words repeated around the content: the running head of pages 2 and on (whose handout it is:
 * patient · title · date), the footer line (with the clinic's phone), "Page 2 of 3" and
 * "3. Squat (continued)", in the handout's language. Page numbers and continued titles are
 * known only once pages exist, so the patterns come here and layout fills them in.
 */
public record Furniture(RunningHead runningHead, String footer, String pagePattern, String continuedPattern,
                        Locale locale) {
    /** Fillings a thread keeps: layout asks for the same page numbers and titles in every handout. */
    private static final int MAX_FILLED = 512;
    /**
     * Per thread, as a MessageFormat is not safe to share; making one (parsing the pattern and its
     * number format) for every page number, and layout tries a handout more than one way, was
     * about a seventieth of a batch of 200.
     */
    private static final ThreadLocal<Map<List<Object>, String>> FILLED = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, String> eldest) {
                    return size() > MAX_FILLED;
                }
            });

    public String page(int number, int total) {
        return fill(pagePattern, number, total);
    }

    public String continued(String title) {
        return fill(continuedPattern, title);
    }

    private String fill(String pattern, Object... args) {
        Object[] keyed = Arrays.copyOf(new Object[] {pattern, locale}, args.length + 2);
        System.arraycopy(args, 0, keyed, 2, args.length);
        List<Object> key = Arrays.asList(keyed);
        Map<List<Object>, String> known = FILLED.get();
        String text = known.get(key);
        if (text == null) {
            text = new MessageFormat(pattern, locale).format(args);
            known.put(key, text);
        }
        return text;
    }
}
