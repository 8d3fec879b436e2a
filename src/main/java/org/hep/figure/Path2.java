package org.hep.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * A format-neutral vector path: moves, lines, cubic curves and closes. Coordinates are in the
 * figure's own units until {@link Drawing#place} turns them into page points (y down).
 */
public final class Path2 {
    /** One path command; {@code pts} holds 2 numbers for M and L, 6 for C, none for Z. */
    public record Seg(char op, double[] pts) {
    }

    private final List<Seg> segs = new ArrayList<>();

    public List<Seg> segs() {
        return segs;
    }

    Path2 move(double x, double y) {
        segs.add(new Seg('M', new double[] {x, y}));
        return this;
    }

    Path2 line(double x, double y) {
        segs.add(new Seg('L', new double[] {x, y}));
        return this;
    }

    Path2 curve(double x1, double y1, double x2, double y2, double x3, double y3) {
        segs.add(new Seg('C', new double[] {x1, y1, x2, y2, x3, y3}));
        return this;
    }

    /** Appends a segment as it was written out ({@link PackedFigures}). */
    Path2 seg(char op, double[] pts) {
        segs.add(new Seg(op, pts));
        return this;
    }

    Path2 close() {
        segs.add(new Seg('Z', new double[0]));
        return this;
    }

    /**
     * An arc of the circle around (cx, cy) from angle {@code a0} to {@code a1} (radians,
     * counter-clockwise when a1 &gt; a0), as cubic curves of at most a quarter turn; the pen
     * must already be at the arc's start (or {@code start} says to move there).
     */
    Path2 arc(double cx, double cy, double r, double a0, double a1, boolean start) {
        if (start) {
            move(cx + r * Math.cos(a0), cy + r * Math.sin(a0));
        }
        int n = Math.max(1, (int) Math.ceil(Math.abs(a1 - a0) / (Math.PI / 2) - 1e-9));
        double step = (a1 - a0) / n;
        double k = 4.0 / 3.0 * Math.tan(step / 4);
        for (int i = 0; i < n; i++) {
            double s = a0 + i * step;
            double e = s + step;
            double x0 = cx + r * Math.cos(s);
            double y0 = cy + r * Math.sin(s);
            double x3 = cx + r * Math.cos(e);
            double y3 = cy + r * Math.sin(e);
            curve(x0 - k * r * Math.sin(s), y0 + k * r * Math.cos(s), x3 + k * r * Math.sin(e),
                    y3 - k * r * Math.cos(e), x3, y3);
        }
        return this;
    }

    /** {minX, minY, maxX, maxY} of every point, control points included (a safe outer box). */
    double[] bounds() {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Seg s : segs) {
            for (int i = 0; i + 1 < s.pts.length; i += 2) {
                b[0] = Math.min(b[0], s.pts[i]);
                b[1] = Math.min(b[1], s.pts[i + 1]);
                b[2] = Math.max(b[2], s.pts[i]);
                b[3] = Math.max(b[3], s.pts[i + 1]);
            }
        }
        return b;
    }

    /** The same path moved by (dx, dy). */
    Path2 shifted(double dx, double dy) {
        Path2 p = new Path2();
        for (Seg s : segs) {
            double[] q = s.pts.clone();
            for (int i = 0; i + 1 < q.length; i += 2) {
                q[i] += dx;
                q[i + 1] += dy;
            }
            p.segs.add(new Seg(s.op, q));
        }
        return p;
    }

    /** x' = ox + k·x, y' = oy − k·y: figure units (y up) to page points (y down). */
    Path2 placed(double ox, double oy, double k) {
        Path2 p = new Path2();
        for (Seg s : segs) {
            double[] q = new double[s.pts.length];
            for (int i = 0; i + 1 < q.length; i += 2) {
                q[i] = ox + k * s.pts[i];
                q[i + 1] = oy - k * s.pts[i + 1];
            }
            p.segs.add(new Seg(s.op, q));
        }
        return p;
    }
}
