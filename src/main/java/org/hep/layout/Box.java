package org.hep.layout;

import java.util.List;

/**
 * An unbreakable horizontal slice of the page (a line of text, a badge, a picture) with
 * ops placed relative to its top. {@code keepWithNext} keeps headings off page bottoms and a
 * card's part together; {@code neverLast} is stronger: the box never ends a page, not even where
 * a part taller than a page breaks, and not where a card's parts part (a card's name, its dose band).
 */
public record Box(float height, List<Op> ops, boolean keepWithNext, boolean neverLast) {
    public Box {
        ops = List.copyOf(ops);
    }

    public Box(float height, List<Op> ops, boolean keepWithNext) {
        this(height, ops, keepWithNext, false);
    }

    public static Box space(float height) {
        return new Box(height, List.of(), false);
    }

    public boolean isSpace() {
        return ops.isEmpty();
    }

    /** The same box, kept with the next or not; a box that never ends a page still never does. */
    Box keep(boolean keep) {
        return new Box(height, ops, keep || neverLast, neverLast);
    }

    /** The same box, never ending a page. */
    Box withoutBreakAfter() {
        return new Box(height, ops, true, true);
    }
}
