package org.hep.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.hep.i18n.Labels;
import org.hep.model.Language;
import org.hep.model.Dose;
import org.hep.model.Progression;
import org.hep.model.Reps;
import org.junit.jupiter.api.Test;

/** A progression reads as one short line: how often to step up, and the steps. */
class ProgressWordsTest {
    private static Dose reps(int n) {
        return Dose.of(null, new Reps(n, n), null, null, null, null, null, null);
    }

    private static Dose setsReps(int sets, int n) {
        return Dose.of(sets, new Reps(n, n), null, null, null, null, null, null);
    }

    @Test
    void oneNumberSaysItsUnitOnce() {
        Progression p = new Progression(List.of(reps(10), reps(15), reps(20)), 7);
        assertEquals("Step up each week if it feels easy: 10 → 15 → 20 repetitions",
                new ProgressWords(Labels.forLanguage(Language.EN)).describe(p));
        assertEquals("Augmentez chaque semaine si c’est facile\u00a0: 10 → 15 → 20 répétitions",
                new ProgressWords(Labels.forLanguage(Language.FR)).describe(p));
        assertEquals("Aumente cada semana si le resulta fácil: 10 → 15 → 20 repeticiones",
                new ProgressWords(Labels.forLanguage(Language.ES)).describe(p));
    }

    @Test
    void severalKeysSayEachStep() {
        Progression p = new Progression(List.of(setsReps(2, 10), setsReps(3, 10), setsReps(3, 15)), 14);
        assertEquals("Step up every 2 weeks if it feels easy: 2 sets of 10 repetitions → 3 sets of 10 repetitions"
                + " → 3 sets of 15 repetitions", new ProgressWords(Labels.forLanguage(Language.EN)).describe(p));
        Progression hold = new Progression(List.of(Dose.of(null, null, 30, null, null, null, null, "red band"),
                Dose.of(null, null, 60, null, null, null, null, "green band")), 3);
        assertEquals("Step up every 3 days if it feels easy: 30 seconds, red band → 1 minute, green band",
                new ProgressWords(Labels.forLanguage(Language.EN)).describe(hold));
        assertNull(new ProgressWords(Labels.forLanguage(Language.EN)).describe(null));
    }
}
