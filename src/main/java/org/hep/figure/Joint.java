package org.hep.figure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The joints a figure can bend, with the motions each allows and the range of each in degrees
 * (about what an adult body can reach). The first motion is the one a plain number sets.
 */
public enum Joint {
    BACK("back", false, new Object[][] {{Motion.FLEX, -40, 100}, {Motion.TILT, -40, 40}, {Motion.TURN, -60, 60}}),
    NECK("neck", false, new Object[][] {{Motion.FLEX, -60, 70}, {Motion.TILT, -45, 45}, {Motion.TURN, -80, 80}}),
    HEAD("head", false, new Object[][] {{Motion.FLEX, -30, 30}}),
    SHOULDER("shoulder", true, new Object[][] {{Motion.FLEX, -60, 180}, {Motion.ABDUCT, -45, 180},
        {Motion.ROTATE, -150, 100}}),
    ELBOW("elbow", true, new Object[][] {{Motion.FLEX, 0, 150}}),
    WRIST("wrist", true, new Object[][] {{Motion.FLEX, -70, 80}}),
    HIP("hip", true, new Object[][] {{Motion.FLEX, -30, 130}, {Motion.ABDUCT, -30, 50}, {Motion.ROTATE, -45, 60}}),
    KNEE("knee", true, new Object[][] {{Motion.FLEX, 0, 150}}),
    ANKLE("ankle", true, new Object[][] {{Motion.FLEX, -60, 30}, {Motion.EVERT, -35, 25}});

    private final String key;
    private final boolean paired;
    private final Map<Motion, int[]> ranges = new EnumMap<>(Motion.class);
    private final Motion main;

    Joint(String key, boolean paired, Object[][] motions) {
        this.key = key;
        this.paired = paired;
        for (Object[] m : motions) {
            ranges.put((Motion) m[0], new int[] {(Integer) m[1], (Integer) m[2]});
        }
        this.main = (Motion) motions[0][0];
    }

    public String key() {
        return key;
    }

    /** True for limbs, which come as a left and a right one. */
    public boolean paired() {
        return paired;
    }

    public Motion main() {
        return main;
    }

    public List<Motion> motions() {
        return List.copyOf(ranges.keySet());
    }

    /** {min, max} in degrees, or null when this joint does not move that way. */
    public int[] range(Motion m) {
        return ranges.get(m);
    }

    public static Joint byKey(String key) {
        for (Joint j : values()) {
            if (j.key.equals(key)) {
                return j;
            }
        }
        return null;
    }
}
