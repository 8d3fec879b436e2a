package org.hep.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hep.app.Templates;
import org.hep.compose.Card;
import org.hep.compose.HandoutComposer;
import org.hep.dose.DoseOverrides;
import org.hep.dose.DoseResolver;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.model.Dose;
import org.hep.model.HandoutDetails;
import org.hep.model.Plan;
import org.hep.model.Sides;
import org.hep.model.Template;
import org.junit.jupiter.api.Test;

/**
 * Figures show the right side, as the steps do by default. A dose for the left side alone turns
 * the steps to the left ("tip your right ear toward your right shoulder"), and the figure with
 * them: the side neck stretch's head tipped the other way contradicted its steps.
 */
class LeftSideFigureTest {
    @Test
    void aLeftOnlyDoseShowsTheFigureSeenInAMirror() {
        double right = headOffset(Sides.RIGHT);
        double each = headOffset(Sides.EACH);
        double left = headOffset(Sides.LEFT);
        assertTrue(Math.abs(right) > 0.05, "the head is tipped to one side: " + right);
        assertEquals(right, each, 1e-9, "each side is shown as the right");
        assertEquals(-right, left, 1e-9, "the left side is the right one mirrored");
    }

    /** How far the moving head's centre lies from the middle of the side neck stretch's figure, in figure widths. */
    private static double headOffset(Sides sides) {
        Plan plan = PlanLoader.load(BuiltIns.source("plans/neck-pain.yaml"), "plan", Library.builtIn());
        Template template = Templates.choose("standard", plan);
        Dose only = Dose.of(null, null, null, sides, null, null, null, null);
        DoseOverrides overrides = new DoseOverrides(Dose.NONE, Map.of("upper-trapezius-stretch", only), List.of(),
                List.of());
        Card card = HandoutComposer.compose(DoseResolver.resolve(plan, overrides), template,
                new HandoutDetails(null, null, LocalDate.of(2026, 3, 14), null)).cards().stream()
                .filter(c -> c.id().equals("upper-trapezius-stretch")).findFirst().orElseThrow();
        Drawing d = card.figure();
        double[] head = {Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Shape s : d.shapes()) {
            if (s.role() == Role.MOVING) {
                double[] b = s.path().bounds();
                head[0] = Math.min(head[0], b[0]);
                head[1] = Math.max(head[1], b[2]);
            }
        }
        double middle = (d.bounds()[0] + d.bounds()[2]) / 2;
        return ((head[0] + head[1]) / 2 - middle) / (d.bounds()[2] - d.bounds()[0]);
    }
}
