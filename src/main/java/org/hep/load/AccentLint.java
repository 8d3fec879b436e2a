package org.hep.load;

import java.util.List;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * validate's warning for a template accent that prints, but below the 4.5:1 that body-size bold
 * text (the step numbers) reads best at; under 3:1 the template is refused ({@link AccentContrast}).
 */
public final class AccentLint {
    private AccentLint() {
    }

    public static List<Problem> warnings(Source source) {
        Node root;
        try {
            root = YamlDocument.parse(source);
        } catch (InvalidInputException e) {
            return List.of();
        }
        if (!(root instanceof MappingNode m)) {
            return List.of();
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("accent")
                    && t.getValueNode() instanceof ScalarNode v && v.getValue().matches("#?[0-9A-Fa-f]{6}")) {
                String warning = AccentContrast.warning("\"" + v.getValue() + "\"",
                        Integer.parseInt(v.getValue().replace("#", ""), 16));
                if (warning != null) {
                    return List.of(new Problem(source.name(), v.getStartMark().getLine() + 1,
                            v.getStartMark().getColumn() + 1, warning));
                }
            }
        }
        return List.of();
    }
}
