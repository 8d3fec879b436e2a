package org.hep.diag;

/**
 * A request that cannot be met as asked (exit 2): an unknown template name, an exercise id
 * that is not in the plan. It says which part of the request is wrong, never how it was spelled
 * (an option, a CSV column): the edge that took the request words it for its user.
 */
public class RequestException extends RuntimeException {
    /** The part of a handout request that is wrong. */
    public enum Subject { PLAN, TEMPLATE, ONLY, EXCLUDE, DOSE, SELECTION, OUTPUT, LANGUAGE,
        /** A global dose option, or its manifest column. */
        SETS, REPS, HOLD, SIDES, REST }

    private final Subject subject;

    public RequestException(Subject subject, String message) {
        super(message);
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }
}
