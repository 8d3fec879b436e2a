package org.hep.figure;

import java.util.List;

/**
 * Puts a posed body on the floor. With two resting parts (hands and knees, back and feet) it
 * first tips the whole body until both touch their support; then it lifts the body so the
 * resting part (or, with none, its lowest point) sits on the floor, a mat, a bed, or on the
 * step, pillow or roller under it.
 */
final class Grounding {
    private Grounding() {
    }

    static Body place(Pose pose, List<PropSpec> props) {
        List<Landmark> rest = Landmark.resolve(pose.rest());
        double floor = 0;
        for (PropSpec p : props) {
            if (p.prop().surface()) {
                floor = Math.max(floor, p.prop().height());
            }
        }
        double lean = pose.lean();
        if (rest.size() == 2) {
            double ha = support(rest.get(0), props);
            double hb = support(rest.get(1), props);
            lean += solve(pose, rest.get(0), ha, rest.get(1), hb);
        }
        Body body = Skeleton.build(pose, lean);
        double dy = rest.isEmpty() ? floor - body.bottom(null)
                : floor + support(rest.get(0), props) - body.bottom(rest.get(0));
        // Nothing may sink through the floor, whatever the angles say.
        dy = Math.max(dy, floor - body.bottom(null) - (rest.isEmpty() ? 0 : 0.02));
        return body.moved(new Vec3(0, dy, 0));
    }

    /** How high the prop under a resting part lifts it (0 on the floor). */
    private static double support(Landmark mark, List<PropSpec> props) {
        for (PropSpec p : props) {
            Landmark c = Landmark.byName(p.contact());
            // A step under both feet also holds the right foot alone.
            if (!p.prop().surface() && p.prop().height() > 0 && c != null && c.onSidesOf(mark)
                    && c.parts().stream().anyMatch(mark.parts()::contains)) {
                return p.prop().height();
            }
        }
        return 0;
    }

    /** The extra lean, nearest upright, that sets both resting parts on their supports. */
    private static double solve(Pose pose, Landmark a, double ha, Landmark b, double hb) {
        Double root = null;
        double closest = 0;
        double closestGap = Double.MAX_VALUE;
        double prev = 0;
        double prevGap = Double.NaN;
        for (double d = -80; d <= 80; d += 2) {
            double g = gap(pose, d, a, ha, b, hb);
            if (Math.abs(g) < closestGap) {
                closestGap = Math.abs(g);
                closest = d;
            }
            if (!Double.isNaN(prevGap) && Math.signum(g) != Math.signum(prevGap)) {
                double r = bisect(pose, prev, d, a, ha, b, hb);
                if (root == null || Math.abs(r) < Math.abs(root)) {
                    root = r;
                }
            }
            prev = d;
            prevGap = g;
        }
        return root != null ? root : closest;
    }

    private static double bisect(Pose pose, double lo, double hi, Landmark a, double ha, Landmark b, double hb) {
        double glo = gap(pose, lo, a, ha, b, hb);
        for (int i = 0; i < 30; i++) {
            double mid = (lo + hi) / 2;
            double g = gap(pose, mid, a, ha, b, hb);
            if (Math.signum(g) == Math.signum(glo)) {
                lo = mid;
                glo = g;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double gap(Pose pose, double extra, Landmark a, double ha, Landmark b, double hb) {
        Body body = Skeleton.build(pose, pose.lean() + extra);
        return (body.bottom(a) - ha) - (body.bottom(b) - hb);
    }
}
