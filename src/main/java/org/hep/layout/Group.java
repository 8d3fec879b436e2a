package org.hep.layout;

import java.util.List;
import java.util.function.Supplier;

/**
 * Boxes that belong together. A {@code keepTogether} group (an exercise card, the log
 * chart) moves to a new page whole when it fits there; when it is taller than a page it
 * splits between boxes and each new page starts with {@code continuation} ("… (continued)").
 * {@code frame} draws a border around each page's part of boxes [frameFrom, frameTo).
 */
public record Group(List<Box> boxes, boolean keepTogether, Supplier<List<Box>> continuation, Integer frame,
                    int frameFrom, int frameTo) {
    public Group {
        boxes = List.copyOf(boxes);
    }

    /** Running text: breaks between any two boxes the paginator allows. */
    public static Group flow(List<Box> boxes) {
        return new Group(boxes, false, null, null, 0, boxes.size());
    }

    /** Running text whose part on each later page starts with {@code continuation} (null: none). */
    public static Group flow(List<Box> boxes, Supplier<List<Box>> continuation) {
        return new Group(boxes, false, continuation, null, 0, boxes.size());
    }

    /** Kept on one page when it fits on one. */
    public static Group whole(List<Box> boxes) {
        return new Group(boxes, true, null, null, 0, boxes.size());
    }

    /** Kept whole when it fits; otherwise each page's part starts with {@code repeated} (a table's heading row). */
    public static Group table(List<Box> boxes, Supplier<List<Box>> repeated) {
        return new Group(boxes, true, repeated, null, 0, boxes.size());
    }

    /** A card: boxes [from, to) framed in {@code color} on every page they reach, continued under {@code continuation}. */
    public static Group framed(List<Box> boxes, int from, int to, int color, Supplier<List<Box>> continuation) {
        return new Group(boxes, true, continuation, color, from, to);
    }

    public float height() {
        float h = 0;
        for (Box b : boxes) {
            h += b.height();
        }
        return h;
    }
}
