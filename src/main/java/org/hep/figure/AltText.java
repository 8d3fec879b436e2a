package org.hep.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a figure shows, for words a screen reader says when the figure has no {@code alt} of
 * its own: the start and end positions, the joints that change most and the props. No words
 * here; the handout's language puts them into a sentence.
 */
public final class AltText {
    /** A joint that changes between start and end; {@code side} null when both sides change (or it is unpaired). */
    public record Change(Joint joint, Side side) {
        // Written out, as in Dof: the record's generated ones cost a one-off handout's start.
        @Override
        public boolean equals(Object o) {
            return o instanceof Change c && c.joint == joint && c.side == side;
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(joint) + java.util.Objects.hashCode(side);
        }
    }

    /** The start and end base positions, up to three changes (largest first), the props once each. */
    public record Description(BasePose start, BasePose end, List<Change> changes, List<Prop> props) {
        public Description {
            changes = List.copyOf(changes);
            props = List.copyOf(props);
        }
    }

    private AltText() {
    }

    public static Description describe(FigureSpec spec) {
        List<Prop> props = new ArrayList<>();
        for (PropSpec p : spec.props()) {
            if (!props.contains(p.prop())) {
                props.add(p.prop());
            }
        }
        return new Description(spec.start().base(), spec.end().base(), changes(spec.start(), spec.end()), props);
    }

    /** The joints that change most, both sides named once. */
    private static List<Change> changes(Pose a, Pose b) {
        Map<Change, Double> size = new LinkedHashMap<>();
        for (Joint j : Joint.values()) {
            List<Side> sides = new ArrayList<>();
            double most = 0;
            for (Side s : j.paired() ? Side.values() : new Side[] {null}) {
                for (Motion m : j.motions()) {
                    double d = Math.abs(a.angle(s, j, m) - b.angle(s, j, m));
                    if (d >= 15) {
                        if (!sides.contains(s)) {
                            sides.add(s);
                        }
                        most = Math.max(most, d);
                    }
                }
            }
            if (!sides.isEmpty()) {
                size.put(new Change(j, sides.size() == 1 ? sides.get(0) : null), most);
            }
        }
        List<Map.Entry<Change, Double>> largest = new ArrayList<>(size.entrySet());
        largest.sort(new Largest());
        List<Change> out = new ArrayList<>(3);
        for (int i = 0; i < largest.size() && i < 3; i++) {
            out.add(largest.get(i).getKey());
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** The larger change first, like ones in their order (a stable sort); a class, not a lambda, for a quick start. */
    private static final class Largest implements java.util.Comparator<Map.Entry<Change, Double>> {
        @Override
        public int compare(Map.Entry<Change, Double> x, Map.Entry<Change, Double> y) {
            return Double.compare(y.getValue(), x.getValue());
        }
    }
}
