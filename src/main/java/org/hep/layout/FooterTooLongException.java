package org.hep.layout;

/**
 * The footer (the clinic's line, with its phone) would take more than {@link FooterLayout#MAX_LINES}
 * lines at the foot of every page: it is never cut, since the words cut could be the phone number
 * or what to do in an emergency, so the template that set it is refused.
 */
public final class FooterTooLongException extends RuntimeException {
    /** Most lines a footer may take. */
    public static final int MOST = FooterLayout.MAX_LINES;

    private final int lines;

    FooterTooLongException(int lines) {
        super("the footer takes " + lines + " lines");
        this.lines = lines;
    }

    public int lines() {
        return lines;
    }
}
