package org.hep.model;

import java.util.Locale;

/** Which side works; a dose without sides means both sides move together. */
public enum Sides {
    EACH, ALTERNATING, LEFT, RIGHT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the YAML/CLI word, or returns null when it is not one of ours. */
    public static Sides parse(String word) {
        for (Sides s : values()) {
            if (s.key().equals(word.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
