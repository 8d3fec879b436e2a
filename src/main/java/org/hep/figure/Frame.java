package org.hep.figure;

/**
 * An orthonormal body frame: {@code f} forward (the way the front of the body faces),
 * {@code u} up along the body, {@code r} to the body's right ({@code r = f × u}).
 */
record Frame(Vec3 f, Vec3 u, Vec3 r) {
    static final Frame WORLD = new Frame(Vec3.X, Vec3.Y, Vec3.Z);

    static Frame of(Vec3 f, Vec3 u) {
        return new Frame(f, u, f.cross(u));
    }

    /** A body-frame vector (forward, up, right) in world terms. */
    Vec3 apply(double fwd, double up, double right) {
        return f.times(fwd).plus(u.times(up)).plus(r.times(right));
    }

    /** This frame turned {@code degrees} about {@code axis} (right-hand rule). */
    Frame rotate(Vec3 axis, double degrees) {
        if (degrees == 0) {
            return this;
        }
        double a = Math.toRadians(degrees);
        return new Frame(rot(f, axis, a), rot(u, axis, a), rot(r, axis, a));
    }

    /** Rodrigues' rotation of {@code v} about the unit {@code k} by {@code a} radians. */
    static Vec3 rot(Vec3 v, Vec3 k, double a) {
        double c = Math.cos(a);
        double s = Math.sin(a);
        return v.times(c).plus(k.cross(v).times(s)).plus(k.times(k.dot(v) * (1 - c)));
    }
}
