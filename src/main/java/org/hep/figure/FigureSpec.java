package org.hep.figure;

import java.util.List;

/**
 * An exercise figure as written in the exercise file: the view, the key positions (start,
 * an optional middle, end), what moves, the props and the motion arrows. {@code moving}
 * null means "work it out from the joints that change"; {@code anchor} null means the
 * base pose's own (the feet when standing). {@code sideBySide} draws the start and end apart
 * with an arrow between instead of the start faintly behind the end.
 */
public record FigureSpec(View view, double tilt, boolean mirror, Pose start, Pose middle, Pose end,
                         List<String> moving, List<PropSpec> props, List<ArrowSpec> arrows, String anchor,
                         boolean sideBySide, String alt) {
    public FigureSpec {
        moving = moving == null ? null : List.copyOf(moving);
        props = List.copyOf(props);
        arrows = List.copyOf(arrows);
    }

    /** The same figure with other alt text (a translation's). */
    public FigureSpec withAlt(String newAlt) {
        return new FigureSpec(view, tilt, mirror, start, middle, end, moving, props, arrows, anchor, sideBySide, newAlt);
    }
}
