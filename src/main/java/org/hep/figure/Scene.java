package org.hep.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds a figure's picture: the floor, the props behind the body, the start position light
 * behind the end one (or the two side by side with an arrow between), the props in front,
 * and the motion arrows. The result is format-neutral shapes; PDF and SVG writers draw them.
 */
public final class Scene {
    private final FigureSpec spec;
    private final Camera cam;

    private Scene(FigureSpec spec) {
        this.spec = spec;
        this.cam = new Camera(spec.view(), spec.tilt(), spec.mirror());
    }

    /** How a figure is drawn: as it says, as two pictures (start and end), or as one overlay. */
    private enum Way { AS_IS, TWO, OVERLAY }

    /**
     * A figure drawn one way. Figures are compared by identity: a batch's exercises are loaded
     * once and keep their figure objects, and hashing a whole figure's record (poses, props,
     * arrows) cost more than drawing it in a one-off handout.
     */
    private record Drawn(FigureSpec spec, Way way) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Drawn d && d.spec == spec && d.way == way;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(spec) + way.ordinal();
        }
    }

    /**
     * Figures drawn already, their shapes without alt text: a batch draws the same few
     * exercises for every handout, and drawing them was a sixth of its time. Shapes are
     * immutable, so handouts on different threads share them.
     */
    private static final Map<Drawn, List<Drawing>> DRAWN = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Drawn, List<Drawing>> eldest) {
                    return size() > 128;
                }
            });

    /** The drawing of {@code spec}; {@code alt} is what a screen reader says for it, in the handout's language. */
    public static Drawing draw(FigureSpec spec, String alt) {
        return drawn(new Drawn(spec, Way.AS_IS)).get(0).withAlt(alt);
    }

    /** {@code spec} drawn as one picture, the start faintly behind the end, whatever its own layout. */
    public static Drawing drawOverlay(FigureSpec spec, String alt) {
        return drawn(new Drawn(spec, Way.OVERLAY)).get(0).withAlt(alt);
    }

    /**
     * The start and the end position as two pictures of the same scale and frame, so the body
     * stays in place between them: the props in both, the motion arrows on the end one.
     */
    public static List<Drawing> drawTwo(FigureSpec spec, String startAlt, String endAlt) {
        List<Drawing> two = drawn(new Drawn(spec, Way.TWO));
        return List.of(two.get(0).withAlt(startAlt), two.get(1).withAlt(endAlt));
    }

    private static List<Drawing> drawn(Drawn key) {
        List<Drawing> d = DRAWN.get(key);
        if (d == null) {
            d = PackedFigures.read(FigureKey.of(key.spec(), key.way().name()));
            if (d == null) {
                d = solve(key.spec(), key.way().name());
            }
            DRAWN.put(key, d);
        }
        return d;
    }

    /** {@code spec} drawn {@code way} from its poses, never from the packed drawings. */
    static List<Drawing> solve(FigureSpec spec, String way) {
        Way w = Way.valueOf(way);
        Scene scene = new Scene(w == Way.OVERLAY ? spec.withLayout(FigureSpec.Layout.OVERLAY) : spec);
        return w == Way.TWO ? scene.buildTwo(null, null) : List.of(scene.build(null));
    }

    /** The ways a handout or the figure sheet may draw {@code spec}: as it is, and apart and overlaid when it is two pictures. */
    static List<String> waysOf(FigureSpec spec) {
        return spec.twoPictures() ? List.of(Way.AS_IS.name(), Way.TWO.name(), Way.OVERLAY.name())
                : List.of(Way.AS_IS.name());
    }

    private List<Drawing> buildTwo(String startAlt, String endAlt) {
        Predicate<Bone> moving = moving();
        List<Shape> start = new ArrayList<>(panel(placed(spec.start()), moving));
        List<Shape> end = new ArrayList<>(panel(placed(spec.end()), moving));
        ArrowPainter arrows = new ArrowPainter(cam, t -> placed(spec.start().toward(spec.end(), t)));
        for (ArrowSpec a : spec.arrows()) {
            end.addAll(arrows.paint(a));
        }
        List<Shape> both = new ArrayList<>(start);
        both.addAll(end);
        double[] bounds = bounds(both);
        if (showsFloor()) {
            double y = cam.y(Vec3.ZERO);
            Shape floor = new Shape(Role.FLOOR, Outline.polyline(new double[][] {{bounds[0] - 0.06, y}, {bounds[2] + 0.06, y}}));
            start.add(0, floor);
            end.add(0, floor);
            both.add(floor);
            bounds = bounds(both);
        }
        double pad = 0.04;
        double[] box = {bounds[0] - pad, bounds[1] - pad, bounds[2] + pad, bounds[3] + pad};
        return List.of(new Drawing(start, box, startAlt), new Drawing(end, box, endAlt));
    }

    private Drawing build(String alt) {
        Body end = placed(spec.end());
        Body start = placed(spec.start());
        Predicate<Bone> moving = moving();
        List<Shape> shapes = new ArrayList<>();
        double[] endBox = PropPainter.imageBox(end, cam);
        if (spec.layout() == FigureSpec.Layout.SIDE_BY_SIDE) {
            double[] startBox = PropPainter.imageBox(start, cam);
            double gap = 0.42;
            double shift = endBox[0] - startBox[2] - gap;
            List<Shape> left = new ArrayList<>(panel(start, moving));
            shapes.addAll(left.stream().map(s -> new Shape(s.role(), s.path().shifted(shift, 0))).toList());
            shapes.addAll(panel(end, moving));
            double y = Math.min(endBox[1] + endBox[3], startBox[1] + startBox[3]) / 2;
            double x0 = startBox[2] + shift + 0.08;
            double x1 = endBox[0] - 0.08;
            shapes.add(new Shape(Role.ARROW, Outline.polyline(new double[][] {{x0, y}, {x1 - 0.06, y}})));
            shapes.add(new Shape(Role.ARROW_HEAD, Outline.arrowHead(x1, y, 1, 0, ArrowPainter.HEAD * 1.2)));
        } else {
            shapes.addAll(props(end, false));
            shapes.addAll(BodyPainter.paint(start, cam, b -> false, true));
            if (spec.middle() != null) {
                shapes.addAll(BodyPainter.paint(placed(spec.middle()), cam, b -> false, true));
            }
            shapes.addAll(BodyPainter.paint(end, cam, moving, false));
            shapes.addAll(props(end, true));
            ArrowPainter arrows = new ArrowPainter(cam, t -> placed(spec.start().toward(spec.end(), t)));
            for (ArrowSpec a : spec.arrows()) {
                shapes.addAll(arrows.paint(a));
            }
        }
        double[] bounds = bounds(shapes);
        if (showsFloor()) {
            double y = cam.y(Vec3.ZERO);
            shapes.add(0, new Shape(Role.FLOOR, Outline.polyline(new double[][] {{bounds[0] - 0.06, y},
                {bounds[2] + 0.06, y}})));
            bounds = bounds(shapes);
        }
        double pad = 0.04;
        return new Drawing(shapes, new double[] {bounds[0] - pad, bounds[1] - pad, bounds[2] + pad, bounds[3] + pad},
                alt);
    }

    private List<Shape> panel(Body body, Predicate<Bone> moving) {
        List<Shape> out = new ArrayList<>(props(body, false));
        out.addAll(BodyPainter.paint(body, cam, moving, false));
        out.addAll(props(body, true));
        return out;
    }

    private List<Shape> props(Body body, boolean front) {
        PropPainter painter = new PropPainter(body, cam);
        List<Shape> out = new ArrayList<>();
        for (PropSpec p : spec.props()) {
            if (p.prop().front() == front) {
                out.addAll(painter.paint(p));
            }
        }
        return out;
    }

    /** The floor shows as a line unless the camera looks down on it. */
    private boolean showsFloor() {
        double el = spec.view() == View.TOP ? 90 + spec.tilt() : Math.abs(spec.tilt());
        return Math.abs(el) < 50;
    }

    /** The pose on the floor (or its props), moved so the anchor stays put between positions. */
    private Body placed(Pose pose) {
        Body body = Grounding.place(pose, spec.props());
        String anchor = spec.anchor() != null ? spec.anchor() : pose.base().anchor();
        Vec3 a = body.point(Landmark.byName(anchor));
        return body.moved(new Vec3(-a.x(), 0, -a.z()));
    }

    /** The segments drawn in the accent colour: those named, or those whose joints change. */
    private Predicate<Bone> moving() {
        if (spec.moving() != null) {
            List<Landmark> marks = Landmark.resolve(spec.moving());
            return b -> marks.stream().anyMatch(m -> m.covers(b));
        }
        Set<String> changed = new HashSet<>();
        Set<Dof> dofs = new HashSet<>(spec.start().angles().keySet());
        dofs.addAll(spec.end().angles().keySet());
        for (Dof d : dofs) {
            if (Math.abs(spec.start().angles().getOrDefault(d, 0.0) - spec.end().angles().getOrDefault(d, 0.0)) > 4) {
                changed.add(d.joint() + "/" + d.side());
            }
        }
        return b -> {
            for (Part p : b.part().chain()) {
                if (p.driver != null && changed.contains(p.driver + "/" + (p.driver.paired() ? b.side() : null))) {
                    return true;
                }
            }
            return false;
        };
    }

    private static double[] bounds(List<Shape> shapes) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Shape s : shapes) {
            double[] sb = s.path().bounds();
            b[0] = Math.min(b[0], sb[0]);
            b[1] = Math.min(b[1], sb[1]);
            b[2] = Math.max(b[2], sb[2]);
            b[3] = Math.max(b[3], sb[3]);
        }
        return b;
    }
}
