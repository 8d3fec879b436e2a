package org.hep.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.hep.i18n.Labels;
import org.hep.model.Dose;
import org.hep.model.Reps;
import org.hep.model.Sides;
import org.junit.jupiter.api.Test;

/** The one place a dose becomes words: exactly what the patient reads. */
class DoseWordsTest {
    private final DoseWords en = new DoseWords(Labels.forLanguage(org.hep.model.Language.EN));

    private static Dose dose(Integer sets, Reps reps, Integer hold, Sides sides, Integer rest) {
        return Dose.of(sets, reps, hold, sides, rest, null, null, null);
    }

    @Test
    void setsRepsRangeAndSides() {
        assertEquals("3 sets of 10–20 repetitions, each side",
                en.describe(dose(3, new Reps(10, 20), null, Sides.EACH, null)));
    }

    @Test
    void singularSetAndRepetition() {
        assertEquals("1 set of 1 repetition", en.describe(dose(1, new Reps(1, 1), null, null, null)));
    }

    @Test
    void restBetweenSetsOnlyWhenThereIsMoreThanOneSet() {
        assertEquals("3 sets of 10–20 repetitions · rest 1 minute between sets",
                en.describe(dose(3, new Reps(10, 20), null, null, 60)));
        assertEquals("1 set of 12 repetitions · rest 45 seconds",
                en.describe(dose(1, new Reps(12, 12), null, null, 45)));
        assertEquals("2 sets of 8 repetitions", en.describe(dose(2, new Reps(8, 8), null, null, 0)),
                "no rest is not worth a word");
    }

    @Test
    void holdWithoutRepsCountsTimes() {
        assertEquals("Hold 30 seconds, 3 times, each side", en.describe(dose(3, null, 30, Sides.EACH, null)));
        assertEquals("Hold 1 minute, once", en.describe(dose(1, null, 60, null, null)));
    }

    @Test
    void holdWithRepsIsItsOwnPart() {
        assertEquals("2 sets of 10 repetitions per side, alternating sides · hold 5 seconds",
                en.describe(dose(2, new Reps(10, 10), 5, Sides.ALTERNATING, null)));
    }

    @Test
    void everySideHasPlainWords() {
        assertEquals("Left side only", en.describe(dose(null, null, null, Sides.LEFT, null)));
        assertEquals("3 sets, right side only", en.describe(dose(3, null, null, Sides.RIGHT, null)));
    }

    @Test
    void loadIsSaidAsWhatToUse() {
        assertEquals("2 sets of 15 repetitions · use red band",
                en.describe(Dose.of(2, new Reps(15, 15), null, null, null, null, null, "red band")));
    }

    @Test
    void durationsUseMinutesOnlyWhenWhole() {
        assertEquals("45 seconds", en.duration(45));
        assertEquals("90 seconds", en.duration(90));
        assertEquals("2 minutes", en.duration(120));
        assertEquals("1 second", en.duration(1));
    }

    @Test
    void frequency() {
        assertEquals("once a day, 5 days a week",
                en.frequency(Dose.of(null, null, null, null, null, 1, 5, null)));
        assertEquals("twice a day, every day", en.frequency(Dose.of(null, null, null, null, null, 2, 7, null)));
        assertEquals("3 times a day", en.frequency(Dose.of(null, null, null, null, null, 3, null, null)));
        assertNull(en.frequency(Dose.NONE));
    }

    @Test
    void nothingSetSaysNothing() {
        assertEquals("", en.describe(Dose.NONE));
    }

    @Test
    void rowsLabelEachPart() {
        List<String[]> rows = en.rows(dose(3, new Reps(10, 20), 5, Sides.EACH, 60));
        assertEquals(List.of("Sets=3", "Repetitions=10–20", "Hold=5 seconds", "Sides=Each side", "Rest=1 minute"),
                rows.stream().map(r -> r[0] + "=" + r[1]).toList());
    }

    @Test
    void frenchWords() {
        DoseWords fr = new DoseWords(Labels.forLanguage(org.hep.model.Language.FR));
        assertEquals("3 séries de 10 à 20 répétitions, de chaque côté · repos de 1 minute entre les séries",
                fr.describe(dose(3, new Reps(10, 20), null, Sides.EACH, 60)));
        assertEquals("Tenir 30 secondes, une fois", fr.describe(dose(1, null, 30, null, null)));
    }
}
