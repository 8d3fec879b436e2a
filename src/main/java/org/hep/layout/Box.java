package org.hep.layout;

import java.util.List;

/**
 * An unbreakable horizontal slice of the page (a line of text, a badge, a picture) with
 * ops placed relative to its top. {@code keepWithNext} keeps headings off page bottoms.
 */
public record Box(float height, List<Op> ops, boolean keepWithNext) {
    public Box {
        ops = List.copyOf(ops);
    }

    public static Box space(float height) {
        return new Box(height, List.of(), false);
    }

    public boolean isSpace() {
        return ops.isEmpty();
    }
}
