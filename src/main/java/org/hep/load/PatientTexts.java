package org.hep.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The sentences a patient reads in a plan or exercise file (education, steps, cues, cautions,
 * advice, notes …), each with where it starts, and the file's language, for the readability
 * check. Ids, names, titles and numbers are left out, as in the writers' own grade script.
 */
public record PatientTexts(String language, List<Text> texts) {
    /**
     * One text value and its place in the file.
     *
     * @param block true for a {@code |} or {@code >} block, whose text starts on the next line
     */
    public record Text(String text, int line, int column, boolean block) {
    }

    /** Keys whose values are ids, names, titles or numbers rather than sentences. */
    static final Set<String> SKIP = Set.of("id", "use", "region", "tags", "equipment", "image", "video", "language",
            "template", "sides", "reps", "sets", "hold", "rest", "per_day", "days_per_week", "load", "aliases",
            "image_alt", "image_end", "image_end_alt", "name", "title", "heading", "condition", "figure", "count");

    public PatientTexts {
        texts = List.copyOf(texts);
    }

    /**
     * @return the texts, or none when the file does not parse (validation reports why)
     */
    public static PatientTexts of(Source source) {
        Node root;
        try {
            root = YamlDocument.parse(source);
        } catch (org.hep.diag.InvalidInputException | java.io.UncheckedIOException e) {
            return new PatientTexts("en", List.of()); // its problem is reported by the check
        }
        List<Text> out = new ArrayList<>();
        collect(root, out);
        return new PatientTexts(language(root, source), out);
    }

    private static void collect(Node node, List<Text> out) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k && SKIP.contains(k.getValue()))) {
                    collect(t.getValueNode(), out);
                }
            }
        } else if (node instanceof SequenceNode s) {
            s.getValue().forEach(n -> collect(n, out));
        } else if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            boolean block = s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.LITERAL
                    || s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.FOLDED;
            out.add(new Text(s.getValue(), s.getStartMark().getLine() + 1, s.getStartMark().getColumn() + 1, block));
        }
    }

    /** The top-level {@code language:}, else the folder of a translation ({@code i18n/fr/…}), else English. */
    private static String language(Node root, Source source) {
        if (root instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("language")
                        && t.getValueNode() instanceof ScalarNode v) {
                    return v.getValue().strip();
                }
            }
        }
        Path file = Path.of(source.name());
        Path parent = file.getParent();
        if (parent != null && parent.getParent() != null && parent.getParent().getFileName() != null
                && parent.getParent().getFileName().toString().equals("i18n")) {
            return parent.getFileName().toString();
        }
        return "en";
    }
}
