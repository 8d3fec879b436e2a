package org.hep.figure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The named positions a figure starts from. Each sets how the body lies in the room, the
 * joint angles of that position, which parts carry the weight (for placing it on the floor)
 * and the point that stays put between the start and end pictures.
 */
public enum BasePose {
    STANDING("standing", up(), List.of(), "feet", ""),
    SITTING("sitting", up(), List.of(), "seat",
            "hip 90, knee 90, shoulder 10, elbow 60"),
    LONG_SITTING("long-sitting", up(), List.of("seat", "heels"), "seat",
            "hip 90, shoulder -25, elbow 5, ankle 5, back -5"),
    SUPINE("supine", supine(), List.of("back", "heels"), "seat", "ankle -30"),
    HOOK_LYING("hook-lying", supine(), List.of("back", "feet"), "seat",
            "hip 50, knee 100, ankle -50"),
    PRONE("prone", prone(), List.of("chest", "shins"), "seat",
            "ankle -60, neck 15"),
    SIDE_LYING("side-lying", sideLying(), List.of(), "seat",
            "hip 10, right_shoulder.abduct 180, right_elbow 30, neck.tilt -20, left_shoulder 5"),
    QUADRUPED("quadruped", prone(), List.of("hands", "knees"), "knees",
            "hip 90, knee 90, shoulder 90, ankle -85, wrist -70, neck -20"),
    KNEELING("kneeling", up(), List.of("knees"), "knees", "knee 90, ankle -80"),
    HALF_KNEELING("half-kneeling", up(), List.of(), "right_knee",
            "right_knee 90, right_ankle -80, left_hip 80, left_knee 80, left_ankle 5");

    private final String key;
    private final Frame frame;
    private final List<String> rest;
    private final String anchor;
    private final Map<Dof, Double> angles;

    BasePose(String key, Frame frame, List<String> rest, String anchor, String angles) {
        this.key = key;
        this.frame = frame;
        this.rest = rest;
        this.anchor = anchor;
        this.angles = parse(angles);
    }

    public String key() {
        return key;
    }

    Frame frame() {
        return frame;
    }

    /** The parts that carry the weight: none (the lowest point rests on the floor), one, or two. */
    List<String> rest() {
        return rest;
    }

    String anchor() {
        return anchor;
    }

    Map<Dof, Double> angles() {
        return angles;
    }

    public static BasePose byKey(String key) {
        for (BasePose b : values()) {
            if (b.key.equals(key)) {
                return b;
            }
        }
        return null;
    }

    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(BasePose::key).toList();
    }

    private static Frame up() {
        return Frame.WORLD;
    }

    /** On the back, head to the left of the picture, the body's right side toward the viewer. */
    private static Frame supine() {
        return Frame.of(Vec3.Y, Vec3.X.times(-1));
    }

    /** Face down, head to the right. */
    private static Frame prone() {
        return Frame.of(Vec3.Y.times(-1), Vec3.X);
    }

    /** On the right side, head to the left, facing the viewer. */
    private static Frame sideLying() {
        return Frame.of(Vec3.Z, Vec3.X.times(-1));
    }

    /** "hip 90, right_knee 20, neck.tilt -10": the same words a figure file uses, in one line. */
    private static Map<Dof, Double> parse(String text) {
        Map<Dof, Double> out = new HashMap<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String item : text.split(",\\s*")) {
            String[] kv = item.split(" ");
            String[] jm = kv[0].split("\\.");
            String name = jm[0];
            Side side = null;
            if (name.startsWith("left_") || name.startsWith("right_")) {
                side = name.startsWith("left_") ? Side.LEFT : Side.RIGHT;
                name = name.substring(name.indexOf('_') + 1);
            }
            Joint joint = Joint.byKey(name);
            Motion motion = jm.length > 1 ? Motion.valueOf(jm[1].toUpperCase(java.util.Locale.ROOT)) : joint.main();
            double v = Double.parseDouble(kv[1]);
            for (Side s : joint.paired() ? (side == null ? Side.values() : new Side[] {side}) : new Side[] {null}) {
                out.put(new Dof(s, joint, motion), v);
            }
        }
        return Map.copyOf(out);
    }
}
