package org.hep.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Motion arrows: along the path a landmark travels from the start to the end position (the
 * joint angles blended step by step, so the arrow curves as the limb swings), around it, or
 * straight in a direction. Arrows sit just off the body so they never hide it.
 */
final class ArrowPainter {
    static final double HEAD = 0.09;
    private final Camera cam;
    private final DoubleFunction<Body> bodyAt;
    private final double[] centre;
    private final double facing;

    /** @param bodyAt the placed body a fraction t of the way from start (0) to end (1) */
    ArrowPainter(Camera cam, DoubleFunction<Body> bodyAt) {
        this.cam = cam;
        this.bodyAt = bodyAt;
        Body end = bodyAt.apply(1);
        double[] box = PropPainter.imageBox(end, cam);
        this.centre = new double[] {(box[0] + box[2]) / 2, (box[1] + box[3]) / 2};
        double[] f = cam.dir(end.bone(Part.PELVIS, null).frame().f());
        this.facing = Math.abs(f[0]) < 0.3 ? 1 : Math.signum(f[0]);
    }

    List<Shape> paint(ArrowSpec spec) {
        Landmark mark = Landmark.byName(spec.at());
        Body end = bodyAt.apply(1);
        Vec3 p = end.point(mark);
        double r = end.radius(mark);
        double px = cam.x(p);
        double py = cam.y(p);
        return switch (spec.style()) {
            case CIRCLE -> circle(px, py, r + 0.07, spec.both());
            case STRAIGHT -> straight(px, py, r, direction(spec.direction()), spec.both());
            case PATH -> path(mark, r, spec.both());
        };
    }

    private double[] direction(String word) {
        return switch (word == null ? "up" : word) {
            case "down" -> new double[] {0, -1};
            case "forward" -> new double[] {facing, 0};
            case "back" -> new double[] {-facing, 0};
            case "left" -> new double[] {-1, 0};
            case "right" -> new double[] {1, 0};
            default -> new double[] {0, 1};
        };
    }

    /** A push toward the part: it ends just short of it, coming from the far side of {@code d}. */
    private List<Shape> straight(double px, double py, double r, double[] d, boolean both) {
        double ex = px - d[0] * (r + 0.04);
        double ey = py - d[1] * (r + 0.04);
        return arrow(new double[][] {{ex - d[0] * 0.22, ey - d[1] * 0.22}, {ex, ey}}, both);
    }

    private List<Shape> circle(double cx, double cy, double radius, boolean both) {
        int n = 24;
        double[][] pts = new double[n + 1][];
        for (int i = 0; i <= n; i++) {
            double a = Math.PI / 2 + i * (2 * Math.PI * 0.8) / n;
            pts[i] = new double[] {cx + radius * Math.cos(a), cy + radius * 0.75 * Math.sin(a)};
        }
        return arrow(pts, both);
    }

    private List<Shape> path(Landmark mark, double r, boolean both) {
        int n = 16;
        double[][] pts = new double[n + 1][];
        double length = 0;
        for (int i = 0; i <= n; i++) {
            Vec3 q = bodyAt.apply(i / (double) n).point(mark);
            pts[i] = new double[] {cam.x(q), cam.y(q)};
            if (i > 0) {
                length += Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
            }
        }
        double cx = pts[n][0] - pts[0][0];
        double cy = pts[n][1] - pts[0][1];
        double chord = Math.hypot(cx, cy);
        if (chord < 1e-4) {
            return List.of();
        }
        // Off the body: to the side of the chord away from the body's middle.
        double nx = -cy / chord;
        double ny = cx / chord;
        double mx = (pts[0][0] + pts[n][0]) / 2;
        double my = (pts[0][1] + pts[n][1]) / 2;
        if ((mx - centre[0]) * nx + (my - centre[1]) * ny < 0) {
            nx = -nx;
            ny = -ny;
        }
        double off = r + 0.06;
        if (belowFloor(pts, nx * off, ny * off) && !belowFloor(pts, -nx * off, -ny * off)) {
            // A foot sliding along the floor: its arrow goes above the floor line, not under it.
            nx = -nx;
            ny = -ny;
        }
        if (length < 0.14) {
            // A short move still gets an arrow a reader can see, centred on the move.
            double ux = cx / chord;
            double uy = cy / chord;
            double sx = mx + nx * off - ux * 0.1;
            double sy = my + ny * off - uy * 0.1;
            return arrow(new double[][] {{sx, sy}, {sx + ux * 0.2, sy + uy * 0.2}}, both);
        }
        for (double[] q : pts) {
            q[0] += nx * off;
            q[1] += ny * off;
        }
        return arrow(pts, both);
    }

    /**
     * Whether the path moved by {@code (dx, dy)} would cross the floor line, head included, in a
     * view that shows the floor (as the scene draws it: looking less than 50° down on it).
     */
    private boolean belowFloor(double[][] pts, double dx, double dy) {
        if (cam.dir(Vec3.Y)[1] < Math.cos(Math.toRadians(50))) {
            return false;
        }
        double floor = cam.y(Vec3.ZERO);
        for (double[] q : pts) {
            if (q[1] + dy - HEAD / 2 < floor) {
                return true;
            }
        }
        return false;
    }

    /** A shaft along {@code pts}, shortened under its head(s), and the head(s). */
    private static List<Shape> arrow(double[][] pts, boolean both) {
        List<Shape> out = new ArrayList<>();
        int n = pts.length - 1;
        double[] tipDir = {pts[n][0] - pts[n - 1][0], pts[n][1] - pts[n - 1][1]};
        double[][] shaft = pts.clone();
        shaft[n] = back(pts[n], tipDir, HEAD * 0.7);
        if (both) {
            double[] tailDir = {pts[0][0] - pts[1][0], pts[0][1] - pts[1][1]};
            shaft[0] = back(pts[0], tailDir, HEAD * 0.7);
            out.add(new Shape(Role.ARROW_HEAD, Outline.arrowHead(pts[0][0], pts[0][1], tailDir[0], tailDir[1], HEAD)));
        }
        out.add(0, new Shape(Role.ARROW, Outline.polyline(shaft)));
        out.add(new Shape(Role.ARROW_HEAD, Outline.arrowHead(pts[n][0], pts[n][1], tipDir[0], tipDir[1], HEAD)));
        return out;
    }

    private static double[] back(double[] p, double[] d, double by) {
        double l = Math.hypot(d[0], d[1]);
        return l < 1e-9 ? p : new double[] {p[0] - d[0] / l * by, p[1] - d[1] / l * by};
    }
}
