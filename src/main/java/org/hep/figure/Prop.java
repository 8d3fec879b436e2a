package org.hep.figure;

import java.util.Arrays;
import java.util.List;

/**
 * The things an exercise uses. {@code height} is how much a prop lifts the part resting on
 * it (a step, a pillow) or the whole body lying on it (a mat, a bed); {@code front} props are
 * drawn over the body (held in the hand), the rest behind it.
 */
public enum Prop {
    CHAIR("chair", 0, false, "seat"),
    WALL("wall", 0, false, "hands"),
    COUNTER("counter", 0, false, "hands"),
    TABLE("table", 0, false, "forearms"),
    MAT("mat", 0.025, false, "back"),
    BED("bed", 0.5, false, "back"),
    STEP("step", 0.17, false, "feet"),
    PILLOW("pillow", 0.07, false, "head"),
    ROLLER("roller", 0.15, false, "thighs"),
    TOWEL("towel", 0, false, "knees"),
    BAND("band", 0, true, "hands"),
    BALL("ball", 0, true, "hands"),
    WEIGHT("weight", 0, true, "hands");

    private final String key;
    private final double height;
    private final boolean front;
    private final String at;

    Prop(String key, double height, boolean front, String at) {
        this.key = key;
        this.height = height;
        this.front = front;
        this.at = at;
    }

    public String key() {
        return key;
    }

    double height() {
        return height;
    }

    boolean front() {
        return front;
    }

    /** Where it touches the body when the figure does not say. */
    public String defaultAt() {
        return at;
    }

    /** Mats and beds raise the floor the whole body lies on. */
    boolean surface() {
        return this == MAT || this == BED;
    }

    public static Prop byKey(String key) {
        for (Prop p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Prop::key).toList();
    }
}
