package org.hep.figure;

/** A point or direction in metres: x forward (right on a side view), y up, z toward a side-view camera. */
record Vec3(double x, double y, double z) {
    static final Vec3 ZERO = new Vec3(0, 0, 0);
    static final Vec3 X = new Vec3(1, 0, 0);
    static final Vec3 Y = new Vec3(0, 1, 0);
    static final Vec3 Z = new Vec3(0, 0, 1);

    Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    Vec3 times(double k) {
        return new Vec3(x * k, y * k, z * k);
    }

    double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    double length() {
        return Math.sqrt(dot(this));
    }

    Vec3 unit() {
        double l = length();
        return l < 1e-12 ? this : times(1 / l);
    }

    static Vec3 mid(Vec3 a, Vec3 b) {
        return a.plus(b).times(0.5);
    }
}
