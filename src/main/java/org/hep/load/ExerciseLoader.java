package org.hep.load;

import java.util.Set;
import org.hep.model.Dose;
import org.hep.model.Exercise;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Loads {@code plans/exercises/<id>.yaml}. */
public final class ExerciseLoader {
    private static final Set<String> KEYS = Set.copyOf(ExerciseReader.KEYS);

    private ExerciseLoader() {
    }

    public static Exercise load(Source source, String id) {
        MappingNode root = YamlDocument.parseMapping(source, "an exercise with name and steps");
        Problems problems = new Problems(source.name());
        Fields f = new Fields(root, problems, KEYS);
        String declared = org.hep.model.SafeText.composed(f.text("id"));
        if (declared != null && !declared.equals(id)) {
            f.problem("id", "'id' is '" + declared + "' but the file name says '" + id
                    + "'; they must match (or leave 'id' out)");
        }
        Exercise exercise = ExerciseReader.read(f, id, source, Dose.NONE);
        PlaceholderCheck.check(f, exercise.dose(), new TextPositions(source));
        problems.throwIfAny();
        return exercise;
    }
}
