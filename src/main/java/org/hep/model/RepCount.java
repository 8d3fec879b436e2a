package org.hep.model;

import java.util.Locale;

/**
 * How the repetitions of an exercise done on alternating sides are counted: "10 per side"
 * or "10 in total". Patients ask; the handout says it, so it must be known.
 */
public enum RepCount {
    PER_SIDE, TOTAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the YAML/CLI word, or returns null when it is not one of ours. */
    public static RepCount parse(String word) {
        for (RepCount c : values()) {
            if (c.key().equals(word.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }
}
