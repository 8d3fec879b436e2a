package org.hep.load;

import org.hep.diag.Quote;
import org.hep.diag.Suggest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hep.figure.BasePose;
import org.hep.figure.Dof;
import org.hep.figure.Joint;
import org.hep.figure.Landmark;
import org.hep.figure.Motion;
import org.hep.figure.Pose;
import org.hep.figure.Side;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one pose of a figure: a base pose name ({@code sitting}), or a mapping of an optional
 * {@code base}, {@code lean}, {@code rest} and joint changes ({@code knee: 90},
 * {@code right_hip: {flex: 30, abduct: 10}}). Each angle is checked against what a body can reach.
 */
final class PoseReader {
    static final Set<String> KEYS = keys();

    private PoseReader() {
    }

    private static Set<String> keys() {
        Set<String> k = new LinkedHashSet<>(List.of("base", "lean", "rest"));
        for (Joint j : Joint.values()) {
            k.add(j.key());
            if (j.paired()) {
                k.add("left_" + j.key());
                k.add("right_" + j.key());
            }
        }
        return Set.copyOf(k);
    }

    /** The pose, built on {@code from} unless it names its own base; null after a problem that leaves nothing. */
    static Pose read(Node node, Pose from, Problems p) {
        if (node instanceof ScalarNode s) {
            BasePose base = base(s, p);
            return base == null ? null : Pose.of(base);
        }
        if (!(node instanceof MappingNode m)) {
            p.at(node, "a pose must be a base pose name or a mapping of joint changes, found " + Fields.describe(node));
            return null;
        }
        Fields f = new Fields(m, p, KEYS);
        Pose pose = from;
        if (f.has("base")) {
            BasePose base = f.raw("base") instanceof ScalarNode s ? base(s, p) : null;
            if (base == null && !(f.raw("base") instanceof ScalarNode)) {
                p.at(f.raw("base"), "'base' must be a base pose name, found " + Fields.describe(f.raw("base")));
            }
            pose = base == null ? from : Pose.of(base);
        }
        if (pose == null) {
            if (!f.has("base")) {
                f.problem("base", "the start pose needs a 'base' (one of " + String.join(", ", BasePose.keys()) + ")");
            }
            return null;
        }
        Map<Dof, Double> changes = new HashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (!KEYS.contains(key) || key.equals("base") || key.equals("lean") || key.equals("rest")) {
                continue;
            }
            joint(key, t.getValueNode(), changes, p);
        }
        Float lean = f.decimal("lean", -90, 90);
        List<String> rest = f.has("rest") ? landmarks(f, "rest", 2, p) : null;
        return pose.with(changes, lean == null ? null : (double) lean, rest);
    }

    static BasePose base(ScalarNode s, Problems p) {
        String name = s.getValue().strip();
        BasePose base = BasePose.byKey(name);
        if (base == null) {
            p.at(s, "unknown base pose '" + Quote.clip(name) + "'" + hintOr(name, BasePose.keys()));
        }
        return base;
    }

    /** "right_hip: 30" or "right_hip: {flex: 30, abduct: 10}" into angle changes for one or both sides. */
    private static void joint(String key, Node value, Map<Dof, Double> out, Problems p) {
        Side side = key.startsWith("left_") ? Side.LEFT : key.startsWith("right_") ? Side.RIGHT : null;
        Joint joint = Joint.byKey(side == null ? key : key.substring(key.indexOf('_') + 1));
        Map<Motion, Double> motions = new HashMap<>();
        if (value instanceof ScalarNode s) {
            Double v = angle(s, key, joint, joint.main(), p);
            if (v != null) {
                motions.put(joint.main(), v);
            }
        } else if (value instanceof MappingNode m) {
            Set<String> known = new LinkedHashSet<>();
            joint.motions().forEach(mo -> known.add(mo.key()));
            for (NodeTuple t : m.getValue()) {
                String mk = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                Motion motion = known.contains(mk) ? Motion.valueOf(mk.toUpperCase(java.util.Locale.ROOT)) : null;
                if (motion == null) {
                    String hint = Suggest.hint(mk, known);
                    p.at(t.getKeyNode(), "'" + key + "' has no motion '" + Quote.clip(mk) + "'" + (hint.isEmpty()
                            ? "; a " + joint.key() + " can " + String.join(", ", known) : hint));
                    continue;
                }
                if (!(t.getValueNode() instanceof ScalarNode s)) {
                    p.at(t.getValueNode(), "'" + key + "' " + mk + " must be a number of degrees, found "
                            + Fields.describe(t.getValueNode()));
                    continue;
                }
                Double v = angle(s, key, joint, motion, p);
                if (v != null) {
                    motions.put(motion, v);
                }
            }
        } else {
            p.at(value, "'" + key + "' must be degrees or a mapping such as {flex: 30}, found " + Fields.describe(value));
        }
        for (Map.Entry<Motion, Double> e : motions.entrySet()) {
            for (Side s : !joint.paired() ? new Side[] {null} : side == null ? Side.values() : new Side[] {side}) {
                out.put(new Dof(s, joint, e.getKey()), e.getValue());
            }
        }
    }

    private static Double angle(ScalarNode s, String key, Joint joint, Motion motion, Problems p) {
        int[] range = joint.range(motion);
        String what = "'" + key + "'" + (motion == joint.main() ? "" : " " + motion.key());
        String v = s.getValue().strip();
        if (!v.matches("[+-]?\\d{1,4}(\\.\\d+)?")) {
            p.at(s, what + " must be a number of degrees, found '" + Quote.clip(v) + "'");
            return null;
        }
        double d = Double.parseDouble(v);
        if (d < range[0] || d > range[1]) {
            p.at(s, what + " must be from " + range[0] + " to " + range[1] + " degrees (as far as a " + joint.key()
                    + " goes), found " + v);
            return null;
        }
        return d;
    }

    /** A list of landmark names (or one name), at most {@code max}. */
    static List<String> landmarks(Fields f, String key, int max, Problems p) {
        List<String> out = new ArrayList<>();
        Node raw = f.raw(key);
        List<String> names = f.texts(key);
        if (names.size() > max) {
            p.at(raw, "'" + key + "' names at most " + max + " body parts, found " + names.size());
            return out;
        }
        for (String n : names) {
            if (landmark(raw, n, p)) {
                out.add(n);
            }
        }
        return out;
    }

    static boolean landmark(Node at, String name, Problems p) {
        if (Landmark.byName(name) != null) {
            return true;
        }
        p.at(at, "unknown body part '" + Quote.clip(name) + "'" + hintOr(name, Landmark.names()));
        return false;
    }

    /** The closest names, or the whole list when it is short enough to read. */
    static String hintOr(String word, List<String> names) {
        String hint = Suggest.hint(word, names);
        if (!hint.isEmpty() || names.size() > 14) {
            return hint;
        }
        return " (one of " + String.join(", ", names) + ")";
    }
}
