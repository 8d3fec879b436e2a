package org.hep.figure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Any figure the exercise file's checks accept can be drawn: every base pose resting on any
 * named place, with each prop where it goes by default and under the resting place. A plan
 * that passes {@code hep validate} must not fail later while its pictures are drawn.
 */
class EveryRestAndPropTest {
    @Test
    void everyRestingPlaceWithEveryPropDraws() {
        List<String> failures = new ArrayList<>();
        for (BasePose base : BasePose.values()) {
            Pose start = Pose.of(base);
            for (String rest : Landmark.names()) {
                Pose end = start.with(Map.of(), null, List.of(rest));
                for (Prop prop : Prop.values()) {
                    for (String at : new String[] {null, rest}) {
                        List<PropSpec> props = List.of(new PropSpec(prop, at, null, null));
                        FigureSpec spec = new FigureSpec(View.SIDE, 0, false, start, null, end, null, props,
                                List.of(), null, FigureSpec.Layout.START_END, "A figure.");
                        try {
                            for (Drawing d : Scene.drawTwo(spec, "Start.", "End.")) {
                                assertFinite(d);
                            }
                        } catch (RuntimeException | AssertionError e) {
                            failures.add(base.key() + " resting on " + rest + ", " + prop.key() + " at " + at + ": " + e);
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " figures failed, first: " + failures.stream().limit(5).toList());
    }

    @Test
    void aRollerUnderTheThighsWithTheTrunkResting() {
        Pose start = Pose.of(BasePose.HALF_KNEELING);
        Pose end = start.with(Map.of(), null, List.of("trunk"));
        FigureSpec spec = new FigureSpec(View.SIDE, 0, false, start, null, end, null,
                List.of(new PropSpec(Prop.ROLLER, null, null, null)), List.of(), null, FigureSpec.Layout.OVERLAY, "Roll.");
        assertDoesNotThrow(() -> assertFinite(Scene.draw(spec, "Roll.")));
    }

    private static void assertFinite(Drawing d) {
        for (double v : d.bounds()) {
            assertTrue(Double.isFinite(v), "bounds finite");
        }
        assertTrue(!d.shapes().isEmpty(), "something drawn");
    }
}
