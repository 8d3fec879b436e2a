package org.hep.load;

import org.hep.model.Dose;
import org.hep.model.DoseKey;
import org.hep.model.DoseValueException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads dose keys from a YAML mapping through the {@link DoseKey} table, reporting each bad value at its position. */
final class DoseReader {
    private DoseReader() {
    }

    static Dose read(Fields fields) {
        Dose dose = Dose.NONE;
        for (DoseKey key : DoseKey.values()) {
            Node v = fields.raw(key.key());
            if (v == null || Fields.isNull(v)) {
                continue;
            }
            if (!(v instanceof ScalarNode s)) {
                fields.problems().at(v, "'" + key.key() + "' must be a single value, found " + Fields.describe(v));
                continue;
            }
            try {
                dose = dose.withText(key, s.getValue());
            } catch (DoseValueException e) {
                fields.problems().at(v, e.getMessage());
            }
        }
        return dose;
    }
}
