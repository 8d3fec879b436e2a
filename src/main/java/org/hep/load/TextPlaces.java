package org.hep.load;

import org.hep.diag.InvalidInputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where in its file a text value was written, for a warning found after loading (a step that
 * contradicts the final dose): the file is read again only then, so loading keeps no positions.
 */
public final class TextPlaces {
    private TextPlaces() {
    }

    /**
     * {line, column} (from 1) of {@code needle} at {@code offset} in the first value of
     * {@code source} that reads {@code text}, or null when the file has no such value (or no
     * longer parses).
     */
    public static int[] find(Source source, String text, int offset, String needle) {
        Node root;
        try {
            root = YamlDocument.parse(source);
        } catch (InvalidInputException | java.io.UncheckedIOException e) {
            return null;
        }
        ScalarNode node = first(root, text, 0);
        return node == null ? null : new TextPositions(source).at(node, offset, needle);
    }

    private static ScalarNode first(Node node, String text, int depth) {
        if (node == null || depth > 64) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getValue().equals(text) ? s : null;
        }
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                ScalarNode found = first(item, text, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                ScalarNode found = first(t.getValueNode(), text, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
