package org.hep.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Forward kinematics: turns a pose into body segments in the room, pelvis at the origin.
 * Sizes are an adult's in metres; the figure is scaled to its box later, so only proportions matter.
 */
final class Skeleton {
    static final double WAIST = 0.20;
    static final double CHEST = 0.30;
    static final double NECK = 0.09;
    static final double HEAD_R = 0.10;
    static final double HIP_W = 0.09;
    static final double SHOULDER_W = 0.18;
    static final double UPPER_ARM = 0.29;
    static final double FOREARM = 0.25;
    static final double HAND = 0.09;
    static final double THIGH = 0.44;
    static final double SHIN = 0.42;

    private Skeleton() {
    }

    /** The segments of {@code pose}, its whole body tipped forward by {@code lean} degrees. */
    static Body build(Pose pose, double lean) {
        Frame root = pose.base().frame();
        root = root.rotate(root.r(), -lean);
        List<Bone> bones = new ArrayList<>();
        Vec3 pelvis = Vec3.ZERO;
        Vec3 waist = pelvis.plus(root.u().times(WAIST));
        bones.add(new Bone(Part.PELVIS, null, pelvis, waist, 0.105, 0.09, 0.15, 0.13, root));
        Frame chest = spine(root, pose, Joint.BACK);
        Vec3 neckBase = waist.plus(chest.u().times(CHEST));
        Vec3 chestTop = neckBase.minus(chest.u().times(0.035));
        bones.add(new Bone(Part.CHEST, null, waist, chestTop, 0.09, 0.11, 0.13, 0.165, chest));
        Frame neck = spine(chest, pose, Joint.NECK);
        Vec3 neckTop = neckBase.plus(neck.u().times(NECK));
        bones.add(Bone.round(Part.NECK, null, neckBase.minus(neck.u().times(0.03)), neckTop, 0.047, 0.045, neck));
        Frame head = neck.rotate(neck.r(), -pose.angle(null, Joint.HEAD, Motion.FLEX));
        Vec3 headCentre = neckTop.plus(head.u().times(0.085)).plus(head.f().times(0.015));
        bones.add(Bone.round(Part.HEAD, null, headCentre, headCentre, HEAD_R, HEAD_R, head));
        for (Side side : Side.values()) {
            Vec3 shoulder = neckBase.minus(chest.u().times(0.055)).plus(chest.r().times(side.sign() * SHOULDER_W));
            arm(bones, pose, side, chest, shoulder);
            Vec3 hip = pelvis.plus(root.r().times(side.sign() * HIP_W)).minus(root.u().times(0.02));
            leg(bones, pose, side, root, hip);
        }
        return new Body(bones);
    }

    /** Forward bend, side bend to the right and turn to the right of the trunk or neck. */
    private static Frame spine(Frame parent, Pose pose, Joint joint) {
        Frame f = parent.rotate(parent.r(), -pose.angle(null, joint, Motion.FLEX));
        f = f.rotate(f.f(), pose.angle(null, joint, Motion.TILT));
        return f.rotate(f.u(), -pose.angle(null, joint, Motion.TURN));
    }

    /** A limb's frame at a ball joint: out to the side, then forward, then turned outward. */
    private static Frame ball(Frame parent, Pose pose, Side side, Joint joint) {
        Frame f = parent.rotate(parent.f(), -side.sign() * pose.angle(side, joint, Motion.ABDUCT));
        f = f.rotate(f.r(), pose.angle(side, joint, Motion.FLEX));
        return f.rotate(f.u(), -side.sign() * pose.angle(side, joint, Motion.ROTATE));
    }

    private static void arm(List<Bone> bones, Pose pose, Side side, Frame chest, Vec3 shoulder) {
        Frame upper = ball(chest, pose, side, Joint.SHOULDER);
        Vec3 elbow = shoulder.minus(upper.u().times(UPPER_ARM));
        bones.add(Bone.round(Part.UPPER_ARM, side, shoulder, elbow, 0.05, 0.039, upper));
        Frame fore = upper.rotate(upper.r(), pose.angle(side, Joint.ELBOW, Motion.FLEX));
        Vec3 wrist = elbow.minus(fore.u().times(FOREARM));
        bones.add(Bone.round(Part.FOREARM, side, elbow, wrist, 0.037, 0.028, fore));
        Frame hand = fore.rotate(fore.r(), pose.angle(side, Joint.WRIST, Motion.FLEX));
        bones.add(Bone.round(Part.HAND, side, wrist, wrist.minus(hand.u().times(HAND)), 0.03, 0.026, hand));
    }

    private static void leg(List<Bone> bones, Pose pose, Side side, Frame root, Vec3 hip) {
        Frame thigh = ball(root, pose, side, Joint.HIP);
        Vec3 knee = hip.minus(thigh.u().times(THIGH));
        bones.add(Bone.round(Part.THIGH, side, hip, knee, 0.075, 0.05, thigh));
        Frame shin = thigh.rotate(thigh.r(), -pose.angle(side, Joint.KNEE, Motion.FLEX));
        Vec3 ankle = knee.minus(shin.u().times(SHIN));
        bones.add(Bone.round(Part.SHIN, side, knee, ankle, 0.05, 0.035, shin));
        Frame foot = shin.rotate(shin.r(), pose.angle(side, Joint.ANKLE, Motion.FLEX));
        foot = foot.rotate(foot.u(), -side.sign() * pose.angle(side, Joint.ANKLE, Motion.EVERT));
        Vec3 heel = ankle.minus(foot.u().times(0.04)).minus(foot.f().times(0.04));
        Vec3 toes = ankle.minus(foot.u().times(0.05)).plus(foot.f().times(0.17));
        bones.add(Bone.round(Part.FOOT, side, heel, toes, 0.033, 0.022, foot));
    }
}
