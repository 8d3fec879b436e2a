package org.hep.figure;

import java.util.List;

/**
 * An exercise figure as written in the exercise file: the view, the key positions (start,
 * an optional middle, end), what moves, the props and the motion arrows. {@code moving}
 * null means "work it out from the joints that change"; {@code anchor} null means the
 * base pose's own (the feet when standing). {@code layout} says how start and end show.
 */
public record FigureSpec(View view, double tilt, boolean mirror, Pose start, Pose middle, Pose end,
                         List<String> moving, List<PropSpec> props, List<ArrowSpec> arrows, String anchor,
                         Layout layout, String alt) {
    /** How the start and end positions show. */
    public enum Layout {
        /** One picture: the start faintly behind the end. */
        OVERLAY("overlay"),
        /** One picture: the start and the end apart, an arrow between. */
        SIDE_BY_SIDE("side-by-side"),
        /** Two pictures, each with its own caption and alt text: the start, then the end. */
        START_END("start-end");

        private final String key;

        Layout(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public FigureSpec {
        moving = moving == null ? null : List.copyOf(moving);
        props = List.copyOf(props);
        arrows = List.copyOf(arrows);
    }

    /** The same figure with other alt text (a translation's). */
    public FigureSpec withAlt(String newAlt) {
        return new FigureSpec(view, tilt, mirror, start, middle, end, moving, props, arrows, anchor, layout, newAlt);
    }

    /**
     * The same figure seen in a mirror: the side it works swapped. Figures show the right side, as
     * the text does by default; a dose for the left side alone shows the left.
     */
    public FigureSpec mirrored() {
        return new FigureSpec(view, tilt, !mirror, start, middle, end, moving, props, arrows, anchor, layout, alt);
    }

    /** The same figure drawn another way. */
    public FigureSpec withLayout(Layout newLayout) {
        return new FigureSpec(view, tilt, mirror, start, middle, end, moving, props, arrows, anchor, newLayout, alt);
    }

    /** True when the figure is drawn as two pictures, start and end. */
    public boolean twoPictures() {
        return layout == Layout.START_END;
    }
}
