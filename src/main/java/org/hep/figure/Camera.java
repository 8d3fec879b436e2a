package org.hep.figure;

/** An orthographic camera: where a point of the room lands in the picture (y up) and how near it is. */
final class Camera {
    private final Vec3 right;
    private final Vec3 up;
    private final Vec3 toward;
    private final double flip;

    Camera(View view, double tilt, boolean mirror) {
        Vec3 r;
        Vec3 u;
        Vec3 t;
        switch (view) {
            case FRONT -> {
                r = Vec3.Z.times(-1);
                u = Vec3.Y;
                t = Vec3.X;
            }
            case BACK -> {
                r = Vec3.Z;
                u = Vec3.Y;
                t = Vec3.X.times(-1);
            }
            case TOP -> {
                r = Vec3.X;
                u = Vec3.Z.times(-1);
                t = Vec3.Y;
            }
            default -> {
                r = Vec3.X;
                u = Vec3.Y;
                t = Vec3.Z;
            }
        }
        double a = Math.toRadians(tilt);
        this.right = r;
        this.toward = t.times(Math.cos(a)).plus(u.times(Math.sin(a)));
        this.up = u.times(Math.cos(a)).minus(t.times(Math.sin(a)));
        this.flip = mirror ? -1 : 1;
    }

    double x(Vec3 p) {
        return flip * p.dot(right);
    }

    double y(Vec3 p) {
        return p.dot(up);
    }

    double depth(Vec3 p) {
        return p.dot(toward);
    }

    /** The picture's direction for a direction in the room: {x, y}. */
    double[] dir(Vec3 d) {
        return new double[] {flip * d.dot(right), d.dot(up)};
    }

    /** The room's direction for a picture direction: the camera's right and up combined. */
    Vec3 room(double dx, double dy) {
        return right.times(flip * dx).plus(up.times(dy));
    }
}
