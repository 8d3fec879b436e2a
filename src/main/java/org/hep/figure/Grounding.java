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

    /**
     * The extra lean, nearest upright, that sets both resting parts on their supports: the root of
     * the gap between them on a 2° grid from −80° to 80°, bisected, the one nearest 0 (the lower
     * on a tie); with no root, the grid point where the gap is least. The grid is searched from 0
     * outwards and stops at the first bracket, so a pose drawn many times (a motion arrow follows
     * it through its in-between positions) builds a few skeletons instead of eighty-one; the
     * brackets and their bisection are the ones a full scan would find, so the figure is the same.
     */
    private static double solve(Pose pose, Landmark a, double ha, Landmark b, double hb) {
        Gaps at = new Gaps(pose, a, ha, b, hb);
        for (int k = 2; k <= 80; k += 2) {
            Double below = at.crosses(-k, -k + 2) ? bisect(pose, -k, -k + 2, a, ha, b, hb) : null;
            Double above = at.crosses(k - 2, k) ? bisect(pose, k - 2, k, a, ha, b, hb) : null;
            if (below != null || above != null) {
                return above == null || below != null && Math.abs(below) <= Math.abs(above) ? below : above;
            }
        }
        double closest = 0;
        double closestGap = Double.MAX_VALUE;
        for (int d = -80; d <= 80; d += 2) {
            double g = Math.abs(at.at(d));
            if (g < closestGap) {
                closestGap = g;
                closest = d;
            }
        }
        return closest;
    }

    /** The gap at each grid lean, built once (no map or lambda: this runs on a one-off handout's path). */
    private static final class Gaps {
        private final Pose pose;
        private final Landmark a;
        private final double ha;
        private final Landmark b;
        private final double hb;
        private final double[] gaps = new double[81];
        private final boolean[] known = new boolean[81];

        Gaps(Pose pose, Landmark a, double ha, Landmark b, double hb) {
            this.pose = pose;
            this.a = a;
            this.ha = ha;
            this.b = b;
            this.hb = hb;
        }

        double at(int lean) {
            int i = (lean + 80) / 2;
            if (!known[i]) {
                gaps[i] = gap(pose, lean, a, ha, b, hb);
                known[i] = true;
            }
            return gaps[i];
        }

        boolean crosses(int lo, int hi) {
            return Math.signum(at(lo)) != Math.signum(at(hi));
        }
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
