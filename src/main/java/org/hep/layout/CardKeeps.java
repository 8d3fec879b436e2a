package org.hep.layout;

/**
 * Where a page may come between a card's parts, beyond the rules every card keeps (never inside a
 * box, never after its name, purpose or dose band alone).
 *
 * @param headWithStart  a card's head (name, purpose, dose band, what it needs) always goes on with
 *                       its start position, else it may end a page under what it needs
 * @param stepsTogether  its start position, steps and "Take care" stay on one page where they fit
 *                       on one, else it may go on between two steps
 * @param notesWithPart  in large print, the therapist's note and the video code go with the part
 *                       before them, as in other print, else they are parts of their own
 */
record CardKeeps(boolean headWithStart, boolean stepsTogether, boolean notesWithPart) {
    /** The usual rules: the head may end a page under what it needs, the steps may part, large print's notes stand alone. */
    static final CardKeeps USUAL = new CardKeeps(false, false, false);

    CardKeeps withHeadsAndNotes(boolean notes) {
        return new CardKeeps(true, stepsTogether, notes);
    }
}
