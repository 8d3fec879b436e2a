package org.hep.figure;

/** Where the camera looks from, for a body that faces right in the side view. */
public enum View {
    SIDE("side"), FRONT("front"), BACK("back"), TOP("top");

    private final String key;

    View(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static View byKey(String key) {
        for (View v : values()) {
            if (v.key.equals(key)) {
                return v;
            }
        }
        return null;
    }
}
