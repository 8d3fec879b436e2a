package org.hep.load;

import org.hep.diag.Quote;
import org.hep.diag.Suggest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hep.figure.ArrowSpec;
import org.hep.figure.FigureSpec;
import org.hep.figure.Pose;
import org.hep.figure.Prop;
import org.hep.figure.PropSpec;
import org.hep.figure.View;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Binds an exercise's {@code figure:} mapping (see docs/formats.md), reporting every mistake at its line. */
final class FigureReader {
    private static final Set<String> KEYS = Set.of("view", "tilt", "facing", "layout", "anchor", "alt", "poses",
            "moving", "props", "arrows");
    private static final Set<String> POSE_KEYS = Set.of("start", "middle", "end");
    private static final Set<String> PROP_KEYS = Set.of("at", "to", "shape");
    private static final Set<String> ARROW_KEYS = Set.of("at", "style", "direction", "both");

    private FigureReader() {
    }

    /** The figure, or null when it has problems (they are in {@code p}). */
    static FigureSpec read(MappingNode node, Problems p) {
        int before = p.list().size();
        Fields f = new Fields(node, p, KEYS);
        f.require("poses");
        View view = View.SIDE;
        String viewText = f.text("view");
        if (viewText != null) {
            view = View.byKey(viewText);
            if (view == null) {
                f.problem("view", "unknown view '" + Quote.clip(viewText) + "'"
                        + PoseReader.hintOr(viewText, List.of("side", "front", "back", "top")));
            }
        }
        Float tilt = f.decimal("tilt", -90, 90);
        boolean mirror = choice(f, "facing", List.of("right", "left"), "right").equals("left");
        String layoutKey = choice(f, "layout", Arrays.stream(FigureSpec.Layout.values()).map(FigureSpec.Layout::key)
                .toList(), "overlay");
        // choice() gave one of the layouts' keys (or the default), so one matches.
        FigureSpec.Layout layout = FigureSpec.Layout.values()[0];
        for (FigureSpec.Layout l : FigureSpec.Layout.values()) {
            if (l.key().equals(layoutKey)) {
                layout = l;
            }
        }
        String anchor = f.text("anchor");
        if (anchor != null && !PoseReader.landmark(f.raw("anchor"), anchor, p)) {
            anchor = null;
        }
        Pose[] poses = poses(f.mapping("poses"), p);
        List<String> moving = null;
        if (f.has("moving")) {
            moving = f.texts("moving").equals(List.of("none")) ? List.of() : PoseReader.landmarks(f, "moving", 12, p);
        }
        List<PropSpec> props = props(f, p);
        List<ArrowSpec> arrows = arrows(f, p);
        if (p.list().size() > before || poses == null) {
            return null;
        }
        return new FigureSpec(view, tilt == null ? 0 : tilt, mirror, poses[0], poses[1], poses[2], moving, props,
                arrows, anchor, layout, f.text("alt", 500));
    }

    private static String choice(Fields f, String key, List<String> allowed, String otherwise) {
        String v = f.text(key);
        if (v == null) {
            return otherwise;
        }
        if (!allowed.contains(v)) {
            f.problem(key, "'" + key + "' must be " + String.join(" or ", allowed) + ", found '" + Quote.clip(v) + "'");
            return otherwise;
        }
        return v;
    }

    /** {start, middle (or null), end}: middle and end are changes to the start unless they name a base. */
    private static Pose[] poses(MappingNode node, Problems p) {
        if (node == null) {
            return null;
        }
        Fields f = new Fields(node, p, POSE_KEYS);
        f.require("start", "end");
        Pose start = f.has("start") ? PoseReader.read(f.raw("start"), null, p) : null;
        // A bad start still lets the other poses be checked, so every mistake shows in one run.
        Pose from = start != null ? start : Pose.of(org.hep.figure.BasePose.STANDING);
        Pose middle = f.has("middle") ? PoseReader.read(f.raw("middle"), from, p) : null;
        Pose end = f.has("end") ? PoseReader.read(f.raw("end"), from, p) : null;
        return start == null || end == null ? null : new Pose[] {start, middle, end};
    }

    private static List<PropSpec> props(Fields f, Problems p) {
        List<PropSpec> out = new ArrayList<>();
        for (Node item : f.list("props")) {
            Node options = null;
            Node nameNode = item;
            if (item instanceof MappingNode m && m.getValue().size() == 1) {
                NodeTuple t = m.getValue().get(0);
                nameNode = t.getKeyNode();
                options = t.getValueNode();
            }
            if (!(nameNode instanceof ScalarNode s)) {
                p.at(item, "a prop must be a name such as 'chair', or 'chair: {at: seat}', found " + Fields.describe(item));
                continue;
            }
            Prop prop = Prop.byKey(s.getValue().strip());
            if (prop == null) {
                p.at(s, "unknown prop '" + Quote.clip(s.getValue()) + "'" + PoseReader.hintOr(s.getValue().strip(),
                        Prop.keys()));
                continue;
            }
            if (options == null || Fields.isNull(options)) {
                out.add(new PropSpec(prop, null, null, null));
                continue;
            }
            if (!(options instanceof MappingNode om)) {
                p.at(options, "'" + prop.key() + "' options must be a mapping such as {at: hands}, found "
                        + Fields.describe(options));
                continue;
            }
            out.add(prop(prop, new Fields(om, p, PROP_KEYS), p));
        }
        return out;
    }

    private static PropSpec prop(Prop prop, Fields o, Problems p) {
        String at = o.text("at");
        if (at != null && !PoseReader.landmark(o.raw("at"), at, p)) {
            at = null;
        }
        String to = o.text("to");
        if (to != null && prop != Prop.BAND) {
            o.problem("to", "only a band has 'to' (where its other end is tied)");
        } else if (to != null && !PropSpec.DIRECTIONS.contains(to) && org.hep.figure.Landmark.byName(to) == null) {
            o.problem("to", "a band goes 'to' a body part or one of " + String.join(", ", PropSpec.DIRECTIONS)
                    + ", found '" + Quote.clip(to) + "'" + Suggest.hint(to, PropSpec.DIRECTIONS));
        }
        String shape = o.text("shape");
        if (shape != null && prop != Prop.TOWEL) {
            o.problem("shape", "only a towel has a 'shape' (roll or flat)");
        } else if (shape != null && !PropSpec.TOWEL_SHAPES.contains(shape)) {
            o.problem("shape", "a towel's 'shape' must be roll or flat, found '" + Quote.clip(shape) + "'");
        }
        return new PropSpec(prop, at, to, shape);
    }

    private static List<ArrowSpec> arrows(Fields f, Problems p) {
        List<ArrowSpec> out = new ArrayList<>();
        for (Node item : f.list("arrows")) {
            if (item instanceof ScalarNode s) {
                if (PoseReader.landmark(s, s.getValue().strip(), p)) {
                    out.add(new ArrowSpec(s.getValue().strip(), ArrowSpec.Style.PATH, null, false));
                }
                continue;
            }
            if (!(item instanceof MappingNode m)) {
                p.at(item, "an arrow must be a body part or a mapping such as {at: right_foot}, found "
                        + Fields.describe(item));
                continue;
            }
            Fields a = new Fields(m, p, ARROW_KEYS);
            a.require("at");
            String at = a.text("at");
            String style = choice(a, "style", List.of("path", "circle", "straight"), "path");
            String direction = a.text("direction");
            if (direction != null && !ArrowSpec.DIRECTIONS.contains(direction)) {
                a.problem("direction", "'direction' must be one of " + String.join(", ", ArrowSpec.DIRECTIONS)
                        + ", found '" + Quote.clip(direction) + "'" + Suggest.hint(direction, ArrowSpec.DIRECTIONS));
                direction = null;
            } else if (direction != null && !style.equals("straight")) {
                a.problem("direction", "'direction' is for a straight arrow; add 'style: straight'");
            } else if (direction == null && style.equals("straight")) {
                a.problem("style", "a straight arrow needs a 'direction' (" + String.join(", ", ArrowSpec.DIRECTIONS) + ")");
            }
            Boolean both = a.bool("both");
            if (at != null && PoseReader.landmark(a.raw("at"), at, p)) {
                out.add(new ArrowSpec(at, ArrowSpec.Style.valueOf(style.toUpperCase(java.util.Locale.ROOT)), direction,
                        both != null && both));
            }
        }
        return out;
    }
}
