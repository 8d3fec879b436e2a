package org.hep.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Draws a posed body as rounded segments, farthest first, each in its role's colour. */
final class BodyPainter {
    private BodyPainter() {
    }

    /**
     * @param moving which segments the exercise moves (accent colour)
     * @param ghost  true for the light start position behind the end one
     */
    static List<Shape> paint(Body body, Camera cam, Predicate<Bone> moving, boolean ghost) {
        double centre = cam.depth(body.bone(Part.PELVIS, null).a());
        List<Bone> order = new ArrayList<>(body.bones());
        order.sort(Comparator.comparingDouble(b -> depth(cam, b)));
        List<Shape> out = new ArrayList<>();
        for (Bone b : order) {
            boolean far = depth(cam, b) < centre - 0.05;
            Role role = ghost ? Role.GHOST
                    : moving.test(b) ? (far ? Role.MOVING_FAR : Role.MOVING)
                    : far ? Role.BODY_FAR : Role.BODY;
            out.add(new Shape(role, outline(b, cam)));
        }
        return out;
    }

    /** Nearness of a segment; the head and neck win ties with the chest they sit on. */
    private static double depth(Camera cam, Bone b) {
        double d = (cam.depth(b.a()) + cam.depth(b.b())) / 2;
        return switch (b.part()) {
            case HEAD -> d + 0.02;
            case NECK -> d + 0.01;
            case PELVIS -> d - 0.005;
            default -> d;
        };
    }

    static Path2 outline(Bone b, Camera cam) {
        double ax = cam.x(b.a());
        double ay = cam.y(b.a());
        double bx = cam.x(b.b());
        double by = cam.y(b.b());
        if (b.part() == Part.HEAD) {
            double[] nose = cam.dir(b.frame().f());
            double profile = Math.hypot(nose[0], nose[1]);
            return Outline.head(ax, ay, b.ra(), nose[0] / Math.max(profile, 1e-9), nose[1] / Math.max(profile, 1e-9),
                    profile);
        }
        if (!b.flat()) {
            return Outline.capsule(ax, ay, b.ra(), bx, by, b.rb());
        }
        return Outline.capsule(ax, ay, across(b, cam, b.wa(), b.ra()), bx, by, across(b, cam, b.wb(), b.rb()));
    }

    /** Half the thickness a flat (trunk) segment shows across its length, seen from the camera. */
    private static double across(Bone b, Camera cam, double w, double d) {
        Vec3 axis = b.b().minus(b.a()).unit();
        double[] p = cam.dir(b.b().minus(b.a()));
        double len = Math.hypot(p[0], p[1]);
        if (len < 1e-6) {
            return Math.max(w, d);
        }
        Vec3 n = cam.room(-p[1] / len, p[0] / len);
        Vec3 m = n.minus(axis.times(n.dot(axis)));
        double across = m.dot(b.frame().r());
        double front = m.dot(b.frame().f());
        return Math.sqrt(w * w * across * across + d * d * front * front);
    }
}
