package org.hep.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named place on the body ("right_knee", "hands", "seat"): a point for props and arrows,
 * and the segments it names for {@code rest} and {@code moving}. A limb word without a side,
 * singular or plural ("knee", "knees"), means both sides.
 */
public record Landmark(String name, List<Side> sides, List<Part> parts, String point) {
    private static final Map<String, Landmark> ALL = build();

    public static Landmark byName(String name) {
        return ALL.get(name);
    }

    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    private static Map<String, Landmark> build() {
        Map<String, Landmark> m = new LinkedHashMap<>();
        single(m, "pelvis", "pelvis", Part.PELVIS);
        single(m, "seat", "seat", Part.PELVIS);
        single(m, "waist", "waist", Part.PELVIS);
        single(m, "chest", "chest", Part.CHEST);
        single(m, "back", "back", Part.CHEST, Part.PELVIS);
        single(m, "trunk", "chest", Part.CHEST, Part.PELVIS);
        single(m, "neck", "neck", Part.NECK);
        single(m, "head", "head", Part.HEAD, Part.NECK);
        single(m, "nose", "nose", Part.HEAD);
        single(m, "chin", "chin", Part.HEAD);
        paired(m, "shoulder", "shoulders", "shoulder", Part.UPPER_ARM);
        paired(m, "elbow", "elbows", "elbow", Part.UPPER_ARM, Part.FOREARM);
        paired(m, "forearm", "forearms", "forearm", Part.FOREARM);
        paired(m, "wrist", "wrists", "wrist", Part.FOREARM, Part.HAND);
        paired(m, "hand", "hands", "hand", Part.HAND);
        paired(m, "arm", "arms", "hand", Part.UPPER_ARM, Part.FOREARM, Part.HAND);
        paired(m, "hip", "hips", "hip", Part.THIGH);
        paired(m, "thigh", "thighs", "thigh", Part.THIGH);
        paired(m, "knee", "knees", "knee", Part.THIGH, Part.SHIN);
        paired(m, "shin", "shins", "shin", Part.SHIN);
        paired(m, "ankle", "ankles", "ankle", Part.SHIN, Part.FOOT);
        paired(m, "heel", "heels", "heel", Part.FOOT);
        paired(m, "toes", "toes", "toes", Part.FOOT);
        paired(m, "foot", "feet", "foot", Part.FOOT);
        paired(m, "leg", "legs", "foot", Part.THIGH, Part.SHIN, Part.FOOT);
        return Collections.unmodifiableMap(m);
    }

    /**
     * True when this place is on every side {@code other} is on. A midline place (trunk, head)
     * has one side, null, so a place on the left and right does not hold it.
     */
    public boolean onSidesOf(Landmark other) {
        for (Side s : other.sides) {
            if (!sides.stream().anyMatch(mine -> mine == s)) {
                return false;
            }
        }
        return true;
    }

    private static void single(Map<String, Landmark> m, String name, String point, Part... parts) {
        m.put(name, new Landmark(name, Collections.singletonList(null), List.of(parts), point));
    }

    private static void paired(Map<String, Landmark> m, String one, String many, String point, Part... parts) {
        List<Side> both = List.of(Side.LEFT, Side.RIGHT);
        m.put(many, new Landmark(many, both, List.of(parts), point));
        m.putIfAbsent(one, new Landmark(one, both, List.of(parts), point));
        for (Side s : Side.values()) {
            String sided = s.word() + "_" + one;
            m.put(sided, new Landmark(sided, List.of(s), List.of(parts), point));
        }
    }

    /** True when {@code bone} belongs to this landmark. */
    boolean covers(Bone bone) {
        return parts.contains(bone.part()) && (bone.side() == null || sides.contains(bone.side()));
    }

    static List<Landmark> resolve(List<String> names) {
        List<Landmark> out = new ArrayList<>();
        for (String n : names) {
            Landmark l = byName(n);
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }
}
