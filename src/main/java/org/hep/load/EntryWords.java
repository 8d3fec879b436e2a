package org.hep.load;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hep.model.PlanEntry;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A plan translation's map from exercise id to what it translates for that entry ({@code notes},
 * {@code loads}, {@code progress_loads}): missing when the base has some, and no id the base gives
 * nothing to.
 */
final class EntryWords {
    private EntryWords() {
    }

    /**
     * @param inBase  the ids the base gives something to
     * @param missing why the map must be there, after "missing 'KEY': "
     * @param nothing why an id the base gives nothing to is wrong, after "'ID' has nothing to translate here: "
     * @return the map's fields by id, or null when it is not there
     */
    static Fields open(Fields f, String key, List<PlanEntry> entries, Set<String> inBase, String missing,
                       String nothing) {
        MappingNode m = f.mapping(key);
        if (m == null) {
            if (!inBase.isEmpty()) {
                f.problem(key, "missing '" + key + "': " + missing);
            }
            return null;
        }
        Set<String> ids = new TreeSet<>();
        entries.forEach(e -> ids.add(e.exercise().id()));
        Fields byId = new Fields(m, f.problems(), ids);
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && ids.contains(k.getValue()) && !inBase.contains(k.getValue())) {
                f.problems().at(k, "'" + k.getValue() + "' has nothing to translate here: " + nothing);
            }
        }
        return byId;
    }
}
