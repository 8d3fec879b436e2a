package org.hep.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The geometry a reader relies on: bodies stand on the floor, figures keep their shape in any box. */
class FigureGeometryTest {
    private static Pose pose(BasePose base, Map<Dof, Double> changes) {
        return Pose.of(base).with(changes, null, null);
    }

    private static FigureSpec spec(Pose start, Pose end, List<PropSpec> props) {
        return new FigureSpec(View.SIDE, 0, false, start, null, end, null, props, List.of(), null, FigureSpec.Layout.OVERLAY, null);
    }

    @Test
    void aStandingBodyStandsOnTheFloor() {
        Body body = Grounding.place(Pose.of(BasePose.STANDING), List.of());
        assertEquals(0, body.bottom(null), 1e-9);
        double top = body.bones().stream().mapToDouble(b -> Math.max(b.a().y(), b.b().y())).max().orElseThrow();
        assertTrue(top > 1.4 && top < 1.8, "an adult's height, found " + top);
    }

    @Test
    void onHandsAndKneesBothHandsAndKneesTouchTheFloor() {
        Body body = Grounding.place(Pose.of(BasePose.QUADRUPED), List.of());
        assertEquals(0, body.bottom(Landmark.byName("hands")), 0.01);
        assertEquals(0, body.bottom(Landmark.byName("knees")), 0.01);
    }

    @Test
    void aStepLiftsThePartThatRestsOnIt() {
        Pose onToes = Pose.of(BasePose.STANDING).with(Map.of(), null, List.of("toes"));
        Body body = Grounding.place(onToes, List.of(new PropSpec(Prop.STEP, "toes", null, null)));
        assertEquals(Prop.STEP.height(), body.bottom(Landmark.byName("toes")), 1e-6);
    }

    /**
     * The forward lunge's end picture matches its steps ("rest on the ball of that foot", "lower
     * your back knee toward the floor, as far as feels safe"): the back knee hovers off the floor
     * by about a hand's width, the back foot's toes are on the floor with the heel up, the front
     * foot is flat on the floor, and the movement arrow stays above the floor. It used to kneel
     * with the shin flat and the foot in the air, the arrow under the floor line.
     */
    @Test
    void theLungesBackKneeHoversAndItsBackFootRestsOnItsToes() {
        FigureSpec spec = org.hep.load.Library.builtIn().exercise("forward-lunge").figure();
        Body end = Grounding.place(spec.end(), spec.props());
        Vec3 forward = end.bone(Part.PELVIS, null).frame().f();
        Side back = end.point(Landmark.byName("left_ankle")).dot(forward)
                < end.point(Landmark.byName("right_ankle")).dot(forward) ? Side.LEFT : Side.RIGHT;
        Side front = back == Side.LEFT ? Side.RIGHT : Side.LEFT;
        Landmark knee = Landmark.byName(back.word() + "_knee");
        double kneeGap = end.point(knee).y() - end.radius(knee);
        assertTrue(kneeGap >= 0.15 * Skeleton.SHIN && kneeGap <= 0.4 * Skeleton.SHIN,
                "the back knee is a hand's width off the floor, found " + kneeGap + " m");
        assertEquals(0, end.bottom(Landmark.byName(back.word() + "_toes")), 0.01, "the back foot's toes on the floor");
        Landmark heel = Landmark.byName(back.word() + "_heel");
        assertTrue(end.point(heel).y() - end.radius(heel) > 0.05, "the back heel is lifted");
        Vec3 backToes = end.point(Landmark.byName(back.word() + "_toes"));
        Vec3 backAnkle = end.point(Landmark.byName(back.word() + "_ankle"));
        assertTrue(backToes.dot(forward) > backAnkle.dot(forward), "the back foot's toes point forward");
        assertEquals(0, end.bottom(Landmark.byName(front.word() + "_foot")), 0.01, "the front foot on the floor");
        Landmark frontFoot = Landmark.byName(front.word() + "_heel");
        assertTrue(end.point(frontFoot).y() - end.radius(frontFoot) < 0.02, "the front heel down");
        Drawing drawn = Scene.drawTwo(spec, "Start", "End").get(1);
        double floor = drawn.shapes().stream().filter(sh -> sh.role() == Role.FLOOR).findFirst().orElseThrow()
                .path().bounds()[1];
        for (Shape sh : drawn.shapes()) {
            if (sh.role() == Role.ARROW || sh.role() == Role.ARROW_HEAD) {
                assertTrue(sh.path().bounds()[1] >= floor, "the arrow runs above the floor line");
            }
        }
    }

    @Test
    void aBentKneeIsInFrontOfTheBodyInTheSideView() {
        Body body = Skeleton.build(pose(BasePose.STANDING, Map.of(new Dof(Side.RIGHT, Joint.HIP, Motion.FLEX), 90.0)), 0);
        Camera cam = new Camera(View.SIDE, 0, false);
        double knee = cam.x(body.point(Landmark.byName("right_knee")));
        double pelvis = cam.x(body.point(Landmark.byName("pelvis")));
        assertEquals(Skeleton.THIGH, knee - pelvis, 1e-6);
        Camera mirrored = new Camera(View.SIDE, 0, true);
        assertTrue(mirrored.x(body.point(Landmark.byName("right_knee"))) < mirrored.x(body.point(Landmark.byName("pelvis"))));
    }

    @Test
    void aPlacedFigureKeepsItsAspectAndStaysInItsBox() {
        Drawing d = Scene.draw(spec(Pose.of(BasePose.STANDING),
                pose(BasePose.STANDING, Map.of(new Dof(Side.LEFT, Joint.KNEE, Motion.FLEX), 90.0)), List.of()), "Move");
        for (double[] box : new double[][] {{10, 20, 300, 100}, {0, 0, 50, 400}, {5, 5, 120, 120}}) {
            Drawing.Placed p = d.place(box[0], box[1], box[2], box[3]);
            assertEquals(d.aspect(), p.w() / p.h(), 1e-6, "aspect kept");
            assertTrue(Math.abs(p.w() - box[2]) < 1e-6 || Math.abs(p.h() - box[3]) < 1e-6, "fills one side");
            for (Shape s : p.shapes()) {
                double[] b = s.path().bounds();
                assertTrue(b[0] >= box[0] - 1e-6 && b[2] <= box[0] + box[2] + 1e-6, "inside across");
                assertTrue(b[1] >= box[1] - 1e-6 && b[3] <= box[1] + box[3] + 1e-6, "inside down");
            }
        }
    }

    @Test
    void theMovingPartIsTheOneWhoseJointChanges() {
        Drawing d = Scene.draw(spec(Pose.of(BasePose.STANDING),
                pose(BasePose.STANDING, Map.of(new Dof(Side.RIGHT, Joint.KNEE, Motion.FLEX), 90.0)), List.of()), "Move");
        long moving = d.shapes().stream().filter(s -> s.role() == Role.MOVING || s.role() == Role.MOVING_FAR).count();
        assertEquals(2, moving, "the right shin and foot");
        assertTrue(d.shapes().stream().anyMatch(s -> s.role() == Role.GHOST), "the start pose behind");
        assertEquals(Role.FLOOR, d.shapes().get(0).role(), "the floor first, under everything");
    }

    @Test
    void theAltTextIsComposedFromThePoses() {
        FigureSpec one = spec(Pose.of(BasePose.STANDING),
                pose(BasePose.STANDING, Map.of(new Dof(Side.RIGHT, Joint.KNEE, Motion.FLEX), 90.0)),
                List.of(new PropSpec(Prop.CHAIR, "right_hand", null, null)));
        assertEquals("Picture of Knee bend: standing, then the right knee moves. With a chair.",
                org.hep.compose.FigureAlt.english(one, "Knee bend"));
        FigureSpec both = spec(Pose.of(BasePose.STANDING), pose(BasePose.STANDING,
                Map.of(new Dof(Side.RIGHT, Joint.KNEE, Motion.FLEX), 90.0, new Dof(Side.LEFT, Joint.KNEE, Motion.FLEX), 90.0)),
                List.of());
        assertEquals("Picture of Squat: standing, then the knees move.", org.hep.compose.FigureAlt.english(both, "Squat"));
    }

    @Test
    void svgIsSmallAndNamesTheFigure() {
        Drawing d = Scene.draw(spec(Pose.of(BasePose.SUPINE),
                pose(BasePose.SUPINE, Map.of(new Dof(Side.RIGHT, Joint.HIP, Motion.FLEX), 45.0)), List.of()),
                "Picture of Leg <raise>: lying on the back");
        String svg = SvgWriter.write(d, 200, 120, new Palette(0x1B4F8A));
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""), svg);
        assertTrue(svg.contains("<title>Picture of Leg &lt;raise&gt;: lying on the back"), svg);
        assertTrue(svg.contains("fill=\"#1B4F8A\""), "the moving leg in the accent colour");
        assertFalse(svg.contains("NaN"), svg);
        assertTrue(svg.length() < 12_000, "a few KB, found " + svg.length());
    }
}
