package org.hep.load;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hep.dose.DoseText;
import org.hep.model.Dose;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A translated text names the same dose placeholders as the text it translates. The dose
 * printed beside it is the base's, so a translated step that says {@code {reps}} where its base
 * says {@code {hold}} ("hold 10 times" beside a 5-second hold), or writes a number in place of a
 * placeholder, contradicts the dose. Words for some sides only ({@code {each:…}}) count as
 * placeholders here. Order and repetition may change with the language.
 */
final class SamePlaceholders {
    private final Problems problems;
    private final String baseName;

    /** @param baseName the base file, as messages name it */
    SamePlaceholders(Problems problems, String baseName) {
        this.problems = problems;
        this.baseName = baseName;
    }

    /**
     * Each item of a translated list against the base item in the same place; lists of another
     * length are reported by their length alone.
     *
     * @param noun what one item is called in messages ("step")
     */
    void items(Node translated, List<String> base, String noun, Dose dose) {
        if (translated instanceof ScalarNode s && base.size() == 1) {
            one(s, base.get(0), noun + " 1", dose);
        } else if (translated instanceof SequenceNode seq && seq.getValue().size() == base.size()) {
            for (int i = 0; i < base.size(); i++) {
                if (seq.getValue().get(i) instanceof ScalarNode s) {
                    one(s, base.get(i), noun + " " + (i + 1), dose);
                }
            }
        }
    }

    /**
     * @param what the text in messages ("step 1", "'start'")
     * @param dose the dose that fills the translated text: a placeholder it cannot fill is reported
     *             on its own (by {@link PlaceholderCheck}), not again here
     */
    void one(Node translated, String base, String what, Dose dose) {
        if (!(translated instanceof ScalarNode s) || base == null) {
            return;
        }
        Set<String> here = names(s.getValue(), dose);
        Set<String> there = names(base, null);
        if (!here.equals(there)) {
            problems.at(s, what + " names " + words(here) + " but " + baseName + " names " + words(there)
                    + "; name the same dose placeholders as the base, so the text never contradicts the dose"
                    + " printed beside it");
        }
    }

    /**
     * The placeholder names a text holds, in the order the docs list them; an unknown one, or one
     * {@code dose} cannot fill, is left out, as it is reported on its own.
     */
    private static Set<String> names(String text, Dose dose) {
        Set<String> found = new java.util.HashSet<>();
        if (text.indexOf('{') >= 0) {
            for (DoseText.Slot slot : DoseText.scan(text, dose)) {
                if (slot.problem() == null) {
                    found.add(slot.name());
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        DoseText.NAMES.stream().filter(found::contains).forEach(ordered::add);
        // Words for some sides only ("{each:…}") must be there in the translation too, or the
        // translated step says "switch legs" where its base says it only for each side.
        found.stream().filter(n -> n.endsWith(":")).sorted().forEach(ordered::add);
        return ordered;
    }

    private static String words(Set<String> names) {
        if (names.isEmpty()) {
            return "no placeholder";
        }
        List<String> braced = names.stream().map(n -> "{" + n + (n.endsWith(":") ? "…}" : "}")).toList();
        return braced.size() == 1 ? braced.get(0)
                : String.join(", ", braced.subList(0, braced.size() - 1)) + " and " + braced.get(braced.size() - 1);
    }
}
