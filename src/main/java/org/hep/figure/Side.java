package org.hep.figure;

/** The body's left or right, as the patient names them. */
public enum Side {
    LEFT("left"), RIGHT("right");

    private final String word;

    Side(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** +1 for the right side: the sign that mirrors sideways motions between the sides. */
    int sign() {
        return this == RIGHT ? 1 : -1;
    }
}
