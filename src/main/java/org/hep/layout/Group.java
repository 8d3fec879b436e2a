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

    /** A group whose boxes [frameFrom, frameTo) are framed, e.g. a card after its section heading. */
    public Group(List<Box> boxes, boolean keepTogether, Supplier<List<Box>> continuation, Integer frame) {
        this(boxes, keepTogether, continuation, frame, 0, boxes.size());
    }

    public static Group flow(List<Box> boxes) {
        return new Group(boxes, false, null, null);
    }

    public float height() {
        float h = 0;
        for (Box b : boxes) {
            h += b.height();
        }
        return h;
    }
}
