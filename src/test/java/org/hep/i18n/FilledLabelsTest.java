package org.hep.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hep.model.Language;
import org.junit.jupiter.api.Test;

/** Labels filled again (a batch fills the same ones for every handout) say what they were filled with. */
class FilledLabelsTest {
    @Test
    void aLabelFilledAgainSaysItsOwnNumbersInItsOwnLanguage() {
        Labels en = Labels.forLanguage(Language.EN);
        Labels fr = Labels.forLanguage(Language.FR);
        assertEquals("3 sets", en.get("dose.sets", 3));
        assertEquals("1 set", en.get("dose.sets", 1));
        assertEquals("3 séries", fr.get("dose.sets", 3));
        assertEquals("3 sets", en.get("dose.sets", 3));
        assertEquals("once", en.get("text.reps", 1));
        assertEquals("1,200 times", en.get("text.reps", 1200));
        assertEquals("1,200 times", en.get("text.reps", 1200L));
        assertEquals("8\u201312 times", en.get("text.repsRange", 8, 12));
        assertEquals("8 à 12 fois", fr.get("text.repsRange", 8, 12));
        assertEquals("10 of 12", en.get("dose.setsOf", "10", 12));
    }
}
