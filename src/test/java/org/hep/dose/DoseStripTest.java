package org.hep.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hep.i18n.Labels;
import org.hep.model.Language;
import org.hep.model.Dose;
import org.hep.model.DoseKey;
import org.hep.model.RepCount;
import org.hep.model.Reps;
import org.hep.model.Sides;
import org.junit.jupiter.api.Test;

/** The dose strip: labelled figures with their units, in the plan's language. */
class DoseStripTest {
    private static final Labels EN = Labels.forLanguage(Language.EN);

    private static List<String> items(DoseStrip s) {
        return s.items().stream().map(i -> i.key() + "|" + i.label() + "|" + i.figure() + "|" + i.unit()).toList();
    }

    @Test
    void everyPartHasALabelAFigureAndAUnit() {
        Dose d = Dose.of(3, new Reps(10, 20), 5, Sides.EACH, 60, 1, 5, "red band");
        DoseStrip s = DoseStrip.of(d, EN, true);
        assertEquals(List.of("sets|Sets|3|sets", "reps|Repetitions|10–20|times", "hold|Hold|5|seconds",
                "sides|Side|null|each side", "rest|Rest|1|minute", "load|Use|null|red band",
                "per_day|Each day|1|time", "days_per_week|Each week|5|days"), items(s));
        assertEquals("3 sets · 10–20 times · hold 5 seconds · each side · rest 1 minute · use red band"
                + " · once a day · 5 days a week", s.text());
        assertEquals(3, s.ticks(), "one circle per set");
    }

    @Test
    void howOftenIsLeftToThePlanWhenEveryExerciseShares() {
        Dose a = Dose.of(3, new Reps(10, 10), null, null, null, 1, 5, null);
        Dose b = Dose.of(2, null, 30, Sides.EACH, null, 1, 5, null);
        assertTrue(DoseStrip.frequencyShared(List.of(a, b)));
        assertFalse(DoseStrip.frequencyShared(List.of(a, b.over(Dose.of(null, null, null, null, null, null, 3, null)))));
        assertFalse(DoseStrip.frequencyShared(List.of(Dose.NONE, Dose.NONE)), "nothing to say");
        assertEquals("3 sets · 10 times", DoseStrip.of(a, EN, false).text());
    }

    @Test
    void alternatingCountsAndSingleUnits() {
        Dose perSide = Dose.of(1, new Reps(1, 1), 120, Sides.ALTERNATING, null, null, null, null);
        assertEquals("1 set · once per side · hold 2 minutes · alternating sides", DoseStrip.of(perSide, EN, true).text());
        Dose total = Dose.of(2, new Reps(20, 20), null, Sides.ALTERNATING, null, null, null, null).with(DoseKey.COUNT, RepCount.TOTAL);
        assertEquals("2 sets · 20 times in total · alternating sides", DoseStrip.of(total, EN, true).text());
        assertEquals(1, DoseStrip.of(Dose.of(null, null, 30, null, null, null, null, null), EN, true).ticks(),
                "no sets: one circle for today");
    }

    @Test
    void frenchAndSpanish() {
        Dose d = Dose.of(3, new Reps(8, 12), 90, Sides.EACH, 30, 2, 7, null);
        assertEquals("3 séries · 8 à 12 fois · tenir 90 secondes · de chaque côté · repos de 30 secondes"
                        + " · deux fois par jour · tous les jours",
                DoseStrip.of(d, Labels.forLanguage(Language.FR), true).text());
        assertEquals(List.of("sets|Series|3|series", "reps|Repeticiones|8–12|veces", "hold|Mantener|90|segundos",
                "sides|Lado|null|cada lado", "rest|Descanso|30|segundos", "per_day|Al día|2|veces",
                "days_per_week|A la semana|7|días"), items(DoseStrip.of(d, Labels.forLanguage(Language.ES), true)));
    }
}
