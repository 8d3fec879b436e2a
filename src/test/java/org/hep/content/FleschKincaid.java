package org.hep.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade over a YAML document's text fields: a faithful port of the writers'
 * script {@code fk.py}, so both give the same number for the same file. Same skipped keys,
 * same word, sentence and syllable rules.
 */
final class FleschKincaid {
    /** Keys whose values are ids, names, titles or numbers rather than sentences a patient reads. */
    static final Set<String> SKIP = Set.of("id", "use", "region", "tags", "equipment", "image", "video", "language",
            "template", "sides", "reps", "sets", "hold", "rest", "per_day", "days_per_week", "load", "aliases",
            "image_alt", "name", "title", "heading", "condition");

    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n", U);
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)", U);
    private static final Pattern ENDS_WITH_STOP = Pattern.compile("[.!?]\\s*$", U);
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private FleschKincaid() {
    }

    /** Every string in the document except under skipped keys, in document order. */
    static List<String> texts(Object node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Object node, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!SKIP.contains(String.valueOf(e.getKey()))) {
                    collect(e.getValue(), out);
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (node instanceof String s) {
            out.add(s);
        }
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int n = count(VOWELS.matcher(w));
        if (w.endsWith("e") && !w.endsWith("le") && n > 1) {
            n--;
        }
        return Math.max(1, n);
    }

    static double grade(List<String> strings) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (String s : strings) {
            for (String para : PARAGRAPH_BREAK.split(s)) {
                List<String> ws = new ArrayList<>();
                Matcher m = WORD.matcher(para);
                while (m.find()) {
                    ws.add(m.group());
                }
                if (ws.isEmpty()) {
                    continue;
                }
                String stripped = para.strip();
                int n = count(SENTENCE_END.matcher(stripped));
                if (!ENDS_WITH_STOP.matcher(stripped).find()) {
                    n++;
                }
                sentences += Math.max(1, n);
                words += ws.size();
                for (String w : ws) {
                    syllables += syllables(w);
                }
            }
        }
        if (words == 0) {
            return 0.0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
