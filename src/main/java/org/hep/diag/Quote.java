package org.hep.diag;

/** How messages quote what a user wrote: one line, short enough to read in a terminal. */
public final class Quote {
    private Quote() {
    }

    /** A value as messages quote it: one line, at most 40 characters. */
    public static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
