package org.hep.load;

import org.hep.dose.DoseKeys;
import org.hep.dose.DoseValueException;
import org.hep.model.Dose;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads dose keys from a YAML mapping through {@link DoseKeys}, reporting each bad value at its position. */
final class DoseReader {
    private DoseReader() {
    }

    static Dose read(Fields fields) {
        Dose dose = Dose.NONE;
        for (String key : DoseKeys.KEYS) {
            Node v = fields.raw(key);
            if (v == null || Fields.isNull(v)) {
                continue;
            }
            if (!(v instanceof ScalarNode s)) {
                fields.problems().at(v, "'" + key + "' must be a single value, found " + Fields.describe(v));
                continue;
            }
            try {
                dose = DoseKeys.set(dose, key, s.getValue());
            } catch (DoseValueException e) {
                fields.problems().at(v, e.getMessage());
            }
        }
        return dose;
    }
}
