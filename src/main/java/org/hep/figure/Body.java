package org.hep.figure;

import java.util.List;

/** A posed body: its segments in the room, and where its landmarks are. */
final class Body {
    private final List<Bone> bones;

    Body(List<Bone> bones) {
        this.bones = List.copyOf(bones);
    }

    List<Bone> bones() {
        return bones;
    }

    Body moved(Vec3 by) {
        return new Body(bones.stream().map(b -> b.moved(by)).toList());
    }

    Bone bone(Part part, Side side) {
        for (Bone b : bones) {
            if (b.part() == part && b.side() == side) {
                return b;
            }
        }
        throw new IllegalArgumentException(part + " " + side);
    }

    /** Lowest surface point of the segments a landmark names (of all segments for null). */
    double bottom(Landmark mark) {
        double low = Double.MAX_VALUE;
        for (Bone b : bones) {
            if (mark == null || mark.covers(b)) {
                low = Math.min(low, b.bottom());
            }
        }
        return low;
    }

    /** Where a landmark is: the mean of its sides' points. */
    Vec3 point(Landmark mark) {
        Vec3 sum = Vec3.ZERO;
        for (Side s : mark.sides()) {
            sum = sum.plus(point(mark.point(), s));
        }
        return sum.times(1.0 / mark.sides().size());
    }

    /** How far the body surface is from the landmark's point (the segment's radius there). */
    double radius(Landmark mark) {
        return switch (mark.point()) {
            case "pelvis", "waist" -> 0.1;
            case "seat" -> 0;
            case "chest", "back" -> 0;
            case "head" -> Skeleton.HEAD_R;
            case "nose", "chin" -> 0.02;
            case "neck" -> 0.045;
            case "shoulder", "hip", "thigh" -> 0.06;
            case "elbow", "knee", "shin" -> 0.045;
            case "foot", "heel", "toes" -> 0.028;
            default -> 0.03;
        };
    }

    private Vec3 point(String name, Side s) {
        Bone pelvis = bone(Part.PELVIS, null);
        Bone chest = bone(Part.CHEST, null);
        Bone head = bone(Part.HEAD, null);
        return switch (name) {
            case "pelvis" -> pelvis.a();
            case "seat" -> pelvis.a().minus(pelvis.frame().u().times(0.1)).minus(pelvis.frame().f().times(0.02));
            case "waist" -> pelvis.b();
            case "chest" -> Vec3.mid(chest.a(), chest.b()).plus(chest.frame().f().times(0.1));
            case "back" -> Vec3.mid(chest.a(), chest.b()).minus(chest.frame().f().times(0.1));
            case "neck" -> Vec3.mid(bone(Part.NECK, null).a(), bone(Part.NECK, null).b());
            case "head" -> head.a();
            case "nose" -> head.a().plus(head.frame().f().times(0.1));
            case "chin" -> head.a().plus(head.frame().f().times(0.07)).minus(head.frame().u().times(0.07));
            case "shoulder" -> bone(Part.UPPER_ARM, s).a();
            case "elbow" -> bone(Part.UPPER_ARM, s).b();
            case "forearm" -> mid(Part.FOREARM, s);
            case "wrist" -> bone(Part.FOREARM, s).b();
            case "hand" -> mid(Part.HAND, s);
            case "hip" -> bone(Part.THIGH, s).a();
            case "thigh" -> mid(Part.THIGH, s);
            case "knee" -> bone(Part.THIGH, s).b();
            case "shin" -> mid(Part.SHIN, s);
            case "ankle" -> bone(Part.SHIN, s).b();
            case "heel" -> bone(Part.FOOT, s).a();
            case "toes" -> bone(Part.FOOT, s).b().minus(bone(Part.FOOT, s).frame().f().times(0.05));
            case "foot" -> mid(Part.FOOT, s);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private Vec3 mid(Part part, Side s) {
        Bone b = bone(part, s);
        return Vec3.mid(b.a(), b.b());
    }
}
