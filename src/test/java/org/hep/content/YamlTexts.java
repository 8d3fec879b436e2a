package org.hep.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The patient texts of a YAML document loaded as plain maps and lists, as the writers' script
 * {@code fk.py} picks them: every string except under keys that hold ids, names or numbers.
 */
final class YamlTexts {
    /** Keys whose values are ids, names, titles or numbers rather than sentences a patient reads. */
    static final Set<String> SKIP = Set.of("id", "use", "region", "tags", "equipment", "image", "video", "language",
            "template", "sides", "reps", "sets", "hold", "rest", "per_day", "days_per_week", "load", "aliases",
            "image_alt", "name", "title", "heading", "condition");

    private YamlTexts() {
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
}
