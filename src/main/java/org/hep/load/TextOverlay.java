package org.hep.load;

import java.util.List;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one translated value and checks it against the base: a translation has every text its
 * base has (a handout never mixes languages), nothing the base lacks, and as many items in
 * each list, in the same order, since dose, pictures and layout follow the base.
 */
final class TextOverlay {
    private final Fields f;
    private final String baseName;

    /** @param baseName the base file, as messages name it */
    TextOverlay(Fields f, String baseName) {
        this.f = f;
        this.baseName = baseName;
    }

    String text(String key, String base) {
        String t = f.text(key);
        check(key, base != null, f.has(key));
        return t;
    }

    List<String> texts(String key, List<String> base) {
        List<String> t = f.texts(key);
        // Counted on the YAML list itself, so an item that is wrong for another reason still counts.
        int found = f.raw(key) instanceof SequenceNode seq ? seq.getValue().size() : f.has(key) ? 1 : 0;
        check(key, !base.isEmpty(), found > 0);
        if (!base.isEmpty() && found > 0 && found <= Fields.MAX_ITEMS && found != base.size()) {
            sizeProblem(key, found, base.size());
        }
        return t;
    }

    /** "'steps' has 4 items but plans/exercises/squat.yaml has 5; …" at the list. */
    void sizeProblem(String key, int found, int wanted) {
        f.problem(key, "'" + key + "' has " + items(found) + " but " + baseName + " has " + wanted
                + "; translate each item, in the same order");
    }

    /** A value present exactly when the base has one. */
    void check(String key, boolean inBase, boolean here) {
        if (inBase && !here) {
            String what = f.raw(key) == null ? "missing '" + key + "'" : "'" + key + "' is empty";
            f.problem(key, what + ": " + baseName + " has it, and a handout must not mix languages");
        } else if (!inBase && here) {
            f.problem(key, "'" + key + "' has nothing to translate: " + baseName + " has no '" + key + "'");
        }
    }

    static String items(int n) {
        return n + (n == 1 ? " item" : " items");
    }
}
