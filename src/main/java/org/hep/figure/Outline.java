package org.hep.figure;

/** The 2D outlines a figure is made of: rounded limbs, the head, slabs, arrow heads. */
final class Outline {
    private Outline() {
    }

    static Path2 circle(double cx, double cy, double r) {
        return new Path2().arc(cx, cy, r, 0, 2 * Math.PI, true).close();
    }

    /**
     * Two circles joined by their outer tangents: a limb that tapers from radius {@code r1}
     * at (x1, y1) to {@code r2} at (x2, y2). One circle when one holds the other.
     */
    static Path2 capsule(double x1, double y1, double r1, double x2, double y2, double r2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double d = Math.hypot(dx, dy);
        if (d <= Math.abs(r1 - r2) + 1e-6) {
            return r1 >= r2 ? circle(x1, y1, r1) : circle(x2, y2, r2);
        }
        double a = Math.atan2(dy, dx);
        double phi = Math.acos((r1 - r2) / d);
        Path2 p = new Path2();
        p.move(x1 + r1 * Math.cos(a + phi), y1 + r1 * Math.sin(a + phi));
        p.line(x2 + r2 * Math.cos(a + phi), y2 + r2 * Math.sin(a + phi));
        p.arc(x2, y2, r2, a + phi, a - phi, false);
        p.line(x1 + r1 * Math.cos(a - phi), y1 + r1 * Math.sin(a - phi));
        p.arc(x1, y1, r1, a - phi, a + phi - 2 * Math.PI, false);
        return p.close();
    }

    /**
     * The head: a circle with a small rounded nose toward (nx, ny) (a unit vector, its length
     * says how much of the profile shows), so a viewer sees which way the face points.
     */
    static Path2 head(double cx, double cy, double r, double nx, double ny, double profile) {
        if (profile < 0.35) {
            return circle(cx, cy, r);
        }
        double dir = Math.atan2(ny, nx);
        double nr = r * 0.26;
        double dist = r * (0.78 + 0.12 * Math.min(1, profile));
        // Where the two circles cross, measured from the nose direction.
        double alpha = Math.acos((r * r + dist * dist - nr * nr) / (2 * r * dist));
        double px = r * Math.cos(alpha);
        double py = r * Math.sin(alpha);
        double theta = Math.atan2(py, px - dist);
        Path2 p = new Path2();
        p.arc(cx, cy, r, dir + alpha, dir + 2 * Math.PI - alpha, true);
        p.arc(cx + dist * Math.cos(dir), cy + dist * Math.sin(dir), nr, dir - theta, dir + theta, false);
        return p.close();
    }

    /** A rectangle with corners rounded by {@code r} (clamped to half the shorter side). */
    static Path2 slab(double x0, double y0, double x1, double y1, double r) {
        double lx = Math.min(x0, x1);
        double hx = Math.max(x0, x1);
        double ly = Math.min(y0, y1);
        double hy = Math.max(y0, y1);
        double k = Math.min(r, Math.min(hx - lx, hy - ly) / 2);
        Path2 p = new Path2();
        if (k <= 0) {
            return p.move(lx, ly).line(hx, ly).line(hx, hy).line(lx, hy).close();
        }
        p.move(lx + k, ly).line(hx - k, ly);
        p.arc(hx - k, ly + k, k, -Math.PI / 2, 0, false).line(hx, hy - k);
        p.arc(hx - k, hy - k, k, 0, Math.PI / 2, false).line(lx + k, hy);
        p.arc(lx + k, hy - k, k, Math.PI / 2, Math.PI, false).line(lx, ly + k);
        p.arc(lx + k, ly + k, k, Math.PI, 1.5 * Math.PI, false);
        return p.close();
    }

    /** An open polyline (for arrow shafts, bands and the floor). */
    static Path2 polyline(double[][] pts) {
        Path2 p = new Path2().move(pts[0][0], pts[0][1]);
        for (int i = 1; i < pts.length; i++) {
            p.line(pts[i][0], pts[i][1]);
        }
        return p;
    }

    /** A filled arrow head with its tip at (x, y), pointing along (dx, dy), {@code size} long. */
    static Path2 arrowHead(double x, double y, double dx, double dy, double size) {
        double l = Math.hypot(dx, dy);
        double ux = dx / l;
        double uy = dy / l;
        double bx = x - ux * size;
        double by = y - uy * size;
        double w = size * 0.55;
        return new Path2().move(x, y).line(bx - uy * w, by + ux * w).line(bx + ux * size * 0.18, by + uy * size * 0.18)
                .line(bx + uy * w, by - ux * w).close();
    }
}
