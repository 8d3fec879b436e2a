package org.hep.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hep.load.Library;
import org.hep.model.Exercise;
import org.junit.jupiter.api.Test;

/**
 * The figures packed into the jar at build time are exactly what the pose solver draws, to the
 * last bit of every number, so a handout drawn from them is byte for byte the one drawn from
 * the poses.
 */
class PackedFiguresTest {
    @Test
    void everyBuiltInFigureIsPackedAsTheSolverDrawsIt() {
        int drawings = 0;
        for (Exercise e : Library.builtIn().all()) {
            if (e.figure() == null) {
                continue;
            }
            for (String way : Scene.waysOf(e.figure())) {
                List<Drawing> packed = PackedFigures.read(FigureKey.of(e.figure(), way));
                assertNotNull(packed, "not packed: " + e.id() + " drawn " + way);
                List<Drawing> solved = Scene.solve(e.figure(), way);
                assertEquals(solved.size(), packed.size(), e.id());
                for (int i = 0; i < solved.size(); i++) {
                    same(solved.get(i), packed.get(i), e.id() + " drawn " + way);
                    drawings++;
                }
            }
        }
        assertTrue(drawings > 40, "drawings compared: " + drawings);
    }

    @Test
    void aFigureDifferingInAnyNumberIsNotPacked() {
        Exercise e = Library.builtIn().all().stream().filter(x -> x.figure() != null).findFirst().orElseThrow();
        FigureSpec f = e.figure();
        String way = Scene.waysOf(f).get(0);
        FigureSpec tilted = new FigureSpec(f.view(), Math.nextUp(f.tilt()), f.mirror(), f.start(), f.middle(), f.end(),
                f.moving(), f.props(), f.arrows(), f.anchor(), f.layout(), f.alt());
        assertNotEquals(FigureKey.of(f, way), FigureKey.of(tilted, way));
        assertNull(PackedFigures.read(FigureKey.of(tilted, way)));
        // The alt text is not drawn: a translation's figure is the same drawing.
        assertEquals(FigureKey.of(f, way), FigureKey.of(f.withAlt("autre"), way));
    }

    /**
     * The key reads every field of these records but the alt text. When one gains a field, add
     * it to FigureKey (if it changes the drawing) and here.
     */
    @Test
    void theKeyCoversEveryFieldOfAFigure() {
        assertEquals(List.of("view", "tilt", "mirror", "start", "middle", "end", "moving", "props", "arrows", "anchor",
                "layout", "alt"), names(FigureSpec.class));
        assertEquals(List.of("base", "angles", "lean", "rest"), names(Pose.class));
        assertEquals(List.of("side", "joint", "motion"), names(Dof.class));
        assertEquals(List.of("prop", "at", "to", "shape"), names(PropSpec.class));
        assertEquals(List.of("at", "style", "direction", "both"), names(ArrowSpec.class));
    }

    private static List<String> names(Class<?> record) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            out.add(c.getName());
        }
        return out;
    }

    private static void same(Drawing want, Drawing got, String what) {
        assertTrue(Arrays.equals(want.bounds(), got.bounds()), what + ": bounds");
        assertEquals(want.shapes().size(), got.shapes().size(), what + ": shapes");
        for (int i = 0; i < want.shapes().size(); i++) {
            Shape w = want.shapes().get(i);
            Shape g = got.shapes().get(i);
            assertEquals(w.role(), g.role(), what + ": shape " + i);
            List<Path2.Seg> ws = w.path().segs();
            List<Path2.Seg> gs = g.path().segs();
            assertEquals(ws.size(), gs.size(), what + ": shape " + i);
            for (int j = 0; j < ws.size(); j++) {
                assertEquals(ws.get(j).op(), gs.get(j).op(), what + ": shape " + i + " segment " + j);
                // Arrays.equals compares doubles by their bits.
                assertTrue(Arrays.equals(ws.get(j).pts(), gs.get(j).pts()), what + ": shape " + i + " segment " + j);
            }
        }
    }
}
