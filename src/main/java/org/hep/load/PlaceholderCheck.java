package org.hep.load;

import java.util.List;
import org.hep.dose.DoseText;
import org.hep.dose.LaterDose;
import org.hep.model.Dose;
import org.hep.model.Exercise;
import org.hep.model.Sides;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Refuses dose placeholders ({@code {hold}} …) that could not be filled, at the brace itself.
 * Later levels (plan entry, command line) can only add dose values, never take one away, so
 * a placeholder the file's own dose can fill is filled in every handout.
 */
final class PlaceholderCheck {
    /** The keys whose text may name the dose. */
    static final List<String> TEXT_KEYS = List.of("start", "steps", "cues", "cautions", "notes");

    private PlaceholderCheck() {
    }

    static void check(Fields f, Dose dose, TextPositions positions) {
        // A dose key that is there but wrong ("hold: 1:30") has its own message; "{hold} needs
        // 'hold' in the dose" as well would send the user looking for a key they wrote.
        java.util.Set<String> written = new java.util.HashSet<>();
        if (f.raw("dose") instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            m.getValue().forEach(t -> {
                // A key left empty ("hold:") has no message of its own: its placeholder still needs one.
                if (t.getKeyNode() instanceof ScalarNode k
                        && !org.yaml.snakeyaml.nodes.Tag.NULL.equals(t.getValueNode().getTag())) {
                    written.add(k.getValue());
                }
            });
        }
        for (String key : TEXT_KEYS) {
            Node v = f.raw(key);
            if (v instanceof ScalarNode s) {
                one(s, dose, positions, f.problems(), written);
            } else if (v instanceof SequenceNode seq && seq.getValue().size() <= Fields.MAX_ITEMS) {
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s) {
                        one(s, dose, positions, f.problems(), written);
                    }
                }
            }
        }
    }

    /** One text value: each placeholder the dose cannot fill, at its brace. */
    static void one(ScalarNode node, Dose dose, TextPositions positions, Problems problems) {
        one(node, dose, positions, problems, java.util.Set.of());
    }

    private static void one(ScalarNode node, Dose dose, TextPositions positions, Problems problems,
                            java.util.Set<String> written) {
        if (node.getValue().indexOf('{') < 0) {
            return;
        }
        for (DoseText.Slot slot : DoseText.scan(node.getValue(), dose)) {
            String key = "side".equals(slot.name()) ? "sides" : slot.name(); // null for a lone brace
            if (slot.problem() != null && !(written.contains(key) && slot.problem().endsWith("in the dose"))) {
                int[] at = positions.at(node, slot.offset(), node.getValue().substring(slot.offset(), slot.offset() + 1));
                problems.at(at[0], at[1], slot.problem());
            }
        }
    }

    /**
     * A plan entry's dose over the exercise it uses ({@code merged}): a rest of 0 where the
     * exercise says {rest}, or sides that would turn a count in total into one per side.
     */
    static void checkUse(Fields f, Exercise exercise, Dose merged) {
        String rest = f.has("rest") ? LaterDose.restProblem(exercise, merged) : null;
        if (rest != null) {
            f.problem("rest", rest + "; give a rest above 0 here, or leave 'rest' out");
        }
        String count = f.has("sides") ? LaterDose.countProblem(exercise.id(), exercise.dose(), merged, f.has("reps"))
                : null;
        if (count != null) {
            f.problem("sides", count + "; give its 'reps' for one side here too");
        }
    }

    /** {@code count} only means something for repetitions on alternating sides. */
    static void checkCount(Fields f, Dose dose) {
        if (f.has("count") && dose.sides() != Sides.ALTERNATING) {
            f.problem("count", "'count' says how to count repetitions on alternating sides; "
                    + "add 'sides: alternating' or leave 'count' out");
        }
    }
}
