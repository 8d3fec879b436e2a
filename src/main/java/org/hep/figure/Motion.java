package org.hep.figure;

/** One way a joint moves, named as a clinician would write it in a figure. */
public enum Motion {
    FLEX("flex"), ABDUCT("abduct"), ROTATE("rotate"), TILT("tilt"), TURN("turn"), EVERT("evert");

    private final String key;

    Motion(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
