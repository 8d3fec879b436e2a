package org.hep.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws props in the picture plane, fitted to where the body touches them: a chair's seat
 * under the seat, a wall beyond the hands, a step under the foot, a band from the hand to
 * its fixed end. Sizes are a real room's, in metres.
 */
final class PropPainter {
    private final Body body;
    private final Camera cam;
    private final double facing;
    private final double centreX;
    private final double[] box;

    PropPainter(Body body, Camera cam) {
        this.body = body;
        this.cam = cam;
        double[] f = cam.dir(body.bone(Part.PELVIS, null).frame().f());
        this.facing = Math.abs(f[0]) < 0.3 ? 0 : Math.signum(f[0]);
        this.box = imageBox(body, cam);
        this.centreX = (box[0] + box[2]) / 2;
    }

    /** The image box of the body: {minX, minY, maxX, maxY}. */
    static double[] imageBox(Body body, Camera cam) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Bone bone : body.bones()) {
            for (Vec3 p : new Vec3[] {bone.a(), bone.b()}) {
                double r = Math.max(bone.ra(), bone.wa());
                b[0] = Math.min(b[0], cam.x(p) - r);
                b[1] = Math.min(b[1], cam.y(p) - r);
                b[2] = Math.max(b[2], cam.x(p) + r);
                b[3] = Math.max(b[3], cam.y(p) + r);
            }
        }
        return b;
    }

    List<Shape> paint(PropSpec spec) {
        Landmark mark = Landmark.byName(spec.contact());
        Vec3 p = body.point(mark);
        double r = body.radius(mark);
        double px = cam.x(p);
        double py = cam.y(p);
        double floor = cam.y(new Vec3(p.x(), 0, p.z()));
        double away = Math.abs(px - centreX) < 0.05 ? (facing == 0 ? 1 : facing) : Math.signum(px - centreX);
        double dir = facing == 0 ? away : facing;
        List<Shape> out = new ArrayList<>();
        switch (spec.prop()) {
            case CHAIR -> chair(out, mark, px, py, r, floor, away);
            case WALL -> out.add(prop(Outline.slab(px + away * r, floor, px + away * (r + 0.08),
                    Math.max(box[3] + 0.12, py + 0.3), 0.01)));
            case COUNTER -> {
                double top = py - r;
                out.add(prop(Outline.slab(px - away * 0.02, floor, px + away * 0.6, top - 0.05, 0.01)));
                out.add(prop(Outline.slab(px - away * 0.12, top - 0.05, px + away * 0.62, top, 0.015)));
            }
            case TABLE -> {
                if (mark.point().equals("forearm")) {
                    // The hand hangs over the edge: the table ends at the wrist and reaches back.
                    Vec3 wrist = body.bone(Part.FOREARM, mark.sides().get(0)).b();
                    double edge = cam.x(wrist);
                    double back = Math.signum(px - edge) == 0 ? -dir : Math.signum(px - edge);
                    table(out, edge + back * 0.62, py - r, floor, -back);
                } else {
                    table(out, px, py - r, floor, away);
                }
            }
            case STEP -> {
                double top = py - r;
                double x0 = mark.point().equals("toes") ? px - dir * 0.03 : px - 0.18;
                double x1 = mark.point().equals("toes") ? px + dir * 0.3 : px + 0.18;
                out.add(prop(Outline.slab(x0, floor, x1, top, 0.012)));
            }
            case MAT, BED -> surface(out, spec.prop(), p);
            case PILLOW -> out.add(prop(Outline.slab(px - 0.16, py - r - 0.075, px + 0.16, py - r, 0.035)));
            case ROLLER -> out.add(prop(Outline.circle(px, py - r - 0.075, 0.075)));
            case TOWEL -> towel(out, spec, px, py, r, floor, away);
            case BAND -> band(out, spec, p, px, py, floor, dir);
            case BALL -> out.add(prop(Outline.circle(px, py, 0.05)));
            case WEIGHT -> {
                out.add(prop(Outline.slab(px - 0.08, py - 0.018, px + 0.08, py + 0.018, 0.01)));
                out.add(prop(Outline.slab(px - 0.1, py - 0.055, px - 0.06, py + 0.055, 0.012)));
                out.add(prop(Outline.slab(px + 0.06, py - 0.055, px + 0.1, py + 0.055, 0.012)));
            }
            default -> throw new IllegalStateException(spec.prop().key());
        }
        return out;
    }

    private static Shape prop(Path2 p) {
        return new Shape(Role.PROP, p);
    }

    /** A chair under the seat (back rest behind the body) or held by its back rest. */
    private void chair(List<Shape> out, Landmark mark, double px, double py, double r, double floor, double away) {
        boolean held = mark.point().equals("hand") || mark.point().equals("wrist");
        if (held) {
            double top = py - r;
            double seat = floor + 0.46;
            out.add(prop(Outline.slab(px - away * 0.02, floor, px + away * 0.02, top, 0.01)));
            out.add(prop(Outline.slab(px - away * 0.025, top - 0.2, px + away * 0.025, top, 0.012)));
            out.add(prop(Outline.slab(px, seat - 0.045, px + away * 0.44, seat, 0.01)));
            out.add(prop(Outline.slab(px + away * 0.4, floor, px + away * 0.44, seat, 0.006)));
            return;
        }
        double seat = mark.point().equals("seat") ? py : py - 0.1;
        if (facing == 0) {
            out.add(prop(Outline.slab(px - 0.2, seat, px + 0.2, seat + 0.45, 0.015)));
            out.add(prop(Outline.slab(px - 0.25, seat - 0.045, px + 0.25, seat, 0.01)));
            out.add(prop(Outline.slab(px - 0.25, floor, px - 0.21, seat, 0.006)));
            out.add(prop(Outline.slab(px + 0.21, floor, px + 0.25, seat, 0.006)));
            return;
        }
        double back = px - facing * 0.2;
        double front = px + facing * 0.24;
        out.add(prop(Outline.slab(back - facing * 0.035, seat + 0.2, back + facing * 0.01, seat + 0.45, 0.012)));
        out.add(prop(Outline.slab(back - facing * 0.03, floor, back, seat + 0.3, 0.006)));
        out.add(prop(Outline.slab(front - facing * 0.035, floor, front, seat, 0.006)));
        out.add(prop(Outline.slab(back - facing * 0.03, seat - 0.045, front, seat, 0.01)));
    }

    private void table(List<Shape> out, double px, double top, double floor, double away) {
        double near = px - away * 0.15;
        double far = px + away * 0.62;
        out.add(prop(Outline.slab(near + away * 0.03, floor, near + away * 0.07, top, 0.006)));
        out.add(prop(Outline.slab(far - away * 0.07, floor, far - away * 0.03, top, 0.006)));
        out.add(prop(Outline.slab(near, top - 0.045, far, top, 0.012)));
    }

    /** A mat or a bed under the whole body. */
    private void surface(List<Shape> out, Prop prop, Vec3 p) {
        double h = prop.height();
        double y0 = cam.y(new Vec3(p.x(), 0, p.z()));
        double top = cam.y(new Vec3(p.x(), h, p.z()));
        if (prop == Prop.MAT) {
            out.add(prop(Outline.slab(box[0] - 0.06, y0, box[2] + 0.06, top, 0.012)));
            return;
        }
        double x0 = box[0] - 0.08;
        double x1 = box[2] + 0.08;
        out.add(prop(Outline.slab(x0 + 0.04, y0, x0 + 0.08, top - 0.1, 0.006)));
        out.add(prop(Outline.slab(x1 - 0.08, y0, x1 - 0.04, top - 0.1, 0.006)));
        out.add(prop(Outline.slab(x0, top - 0.14, x1, top, 0.04)));
    }

    private void towel(List<Shape> out, PropSpec spec, double px, double py, double r, double floor, double away) {
        if ("flat".equals(spec.shape())) {
            out.add(prop(Outline.slab(px - 0.16, floor, px + 0.22, floor + 0.025, 0.01)));
        } else if (py - floor > 0.25) {
            out.add(prop(Outline.circle(px - away * r, py, 0.04)));
        } else {
            out.add(prop(Outline.circle(px, floor + 0.05, 0.05)));
        }
    }

    /** A band from the body to another landmark, or to a door post in a direction. */
    private void band(List<Shape> out, PropSpec spec, Vec3 p, double px, double py, double floor, double dir) {
        String to = spec.to() == null ? "front" : spec.to();
        Landmark other = Landmark.byName(to);
        double qx;
        double qy;
        if (other != null) {
            Vec3 q = body.point(other);
            qx = cam.x(q);
            qy = cam.y(q);
        } else {
            Frame f = body.bone(Part.PELVIS, null).frame();
            double[] d = switch (to) {
                case "back" -> cam.dir(f.f().times(-1));
                case "up" -> new double[] {0, 1};
                case "down" -> new double[] {0, -1};
                case "left" -> cam.dir(f.r().times(-1));
                case "right" -> cam.dir(f.r());
                default -> cam.dir(f.f());
            };
            double len = Math.hypot(d[0], d[1]);
            if (len < 0.3) {
                d = new double[] {dir, 0};
                len = 1;
            }
            qx = px + d[0] / len * 0.8;
            qy = py + d[1] / len * 0.8;
            double side = Math.signum(qx - px);
            if (side != 0) {
                out.add(prop(Outline.slab(qx, floor, qx + side * 0.06, Math.max(box[3] + 0.1, qy + 0.3), 0.01)));
            } else {
                out.add(prop(Outline.slab(qx - 0.1, qy + Math.signum(qy - py) * 0.04, qx + 0.1, qy, 0.01)));
            }
        }
        out.add(new Shape(Role.BAND, Outline.polyline(new double[][] {{px, py}, {qx, qy}})));
    }
}
