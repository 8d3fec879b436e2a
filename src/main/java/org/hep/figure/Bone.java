package org.hep.figure;

/**
 * One body segment in the room: from {@code a} to {@code b} with radii {@code ra} and {@code rb}.
 * Trunk segments are flat (wider than deep): {@code wa}/{@code wb} are their half-widths, the
 * radii their half-depths, and {@code frame} says which way is across and which is front.
 */
record Bone(Part part, Side side, Vec3 a, Vec3 b, double ra, double rb, double wa, double wb, Frame frame) {

    static Bone round(Part part, Side side, Vec3 a, Vec3 b, double ra, double rb, Frame frame) {
        return new Bone(part, side, a, b, ra, rb, ra, rb, frame);
    }

    boolean flat() {
        return wa != ra || wb != rb;
    }

    /** Height of the lowest point of the segment's surface. */
    double bottom() {
        return Math.min(a.y() - reach(wa, ra), b.y() - reach(wb, rb));
    }

    /** How far the cross-section reaches straight down. */
    private double reach(double w, double d) {
        if (!flat()) {
            return d;
        }
        double across = frame.r().y();
        double front = frame.f().y();
        return Math.sqrt(w * w * across * across + d * d * front * front);
    }

    Bone moved(Vec3 by) {
        return new Bone(part, side, a.plus(by), b.plus(by), ra, rb, wa, wb, frame);
    }
}
