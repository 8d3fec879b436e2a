package org.hep.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.hep.i18n.Labels;
import org.hep.model.Dose;
import org.hep.model.DoseKey;
import org.hep.model.RepCount;
import org.hep.model.Reps;
import org.hep.model.Sides;
import org.junit.jupiter.api.Test;

/** Placeholders in exercise text read as the dose, in each label language. */
class DoseTextTest {
    private static final String ALL = "Hold for {hold}. Do it {reps} {side}. Do {sets}, and rest {rest}.";

    private static Dose dose(Integer sets, Reps reps, Integer hold, Sides sides, Integer rest) {
        return Dose.of(sets, reps, hold, sides, rest, null, null, null);
    }

    private static String fill(String language, String text, Dose d) {
        return new DoseText(Labels.forLanguage(org.hep.model.Language.forTag(language))).fill(text, d);
    }

    @Test
    void everyPlaceholderInEnglishFrenchAndSpanish() {
        Dose d = dose(3, new Reps(10, 20), 5, Sides.EACH, 120);
        assertEquals("Hold for 5 seconds. Do it 10–20 times on each side. Do 3 sets, and rest 2 minutes.",
                fill("en", ALL, d));
        assertEquals("Hold for 5 secondes. Do it 10 à 20 fois de chaque côté. Do 3 séries, and rest 2 minutes.",
                fill("fr", ALL, d));
        assertEquals("Hold for 5 segundos. Do it 10 a 20 veces de cada lado. Do 3 series, and rest 2 minutos.",
                fill("es", ALL, d));
    }

    @Test
    void singleCountsAndEverySide() {
        Dose one = dose(1, new Reps(1, 1), 1, Sides.LEFT, 1);
        assertEquals("Hold for 1 second. Do it once on the left side. Do 1 set, and rest 1 second.",
                fill("en", ALL, one));
        assertEquals("Do it une fois du côté droit.", fill("fr", "Do it {reps} {side}.", one.withSides(Sides.RIGHT)));
        assertEquals("Do it una vez del lado izquierdo.", fill("es", "Do it {reps} {side}.", one));
        assertEquals("En alternant les côtés", fill("fr", "{side}", dose(null, null, null, Sides.ALTERNATING, null)));
    }

    @Test
    void alternatingCountsSayPerSideOrInTotal() {
        Dose perSide = dose(2, new Reps(10, 10), null, Sides.ALTERNATING, null);
        Dose total = Dose.of(2, new Reps(20, 20), null, Sides.ALTERNATING, null, null, null, null)
                .with(DoseKey.COUNT, RepCount.TOTAL);
        assertEquals("Repeat 10 times per side.", fill("en", "Repeat {reps}.", perSide));
        assertEquals("Repeat 20 times in total.", fill("en", "Repeat {reps}.", total));
        assertEquals("Répétez 10 fois par côté.", fill("fr", "Répétez {reps}.", perSide));
        assertEquals("Répétez 20 fois au total.", fill("fr", "Répétez {reps}.", total));
        assertEquals("Repita 10 veces por lado.", fill("es", "Repita {reps}.", perSide));
        assertEquals("Repita 20 veces en total.", fill("es", "Repita {reps}.", total));
        DoseWords en = new DoseWords(Labels.forLanguage(org.hep.model.Language.EN));
        assertEquals("2 sets of 20 repetitions in total, alternating sides", en.describe(total));
        assertEquals("2 séries de 10 répétitions par côté, en alternant les côtés",
                new DoseWords(Labels.forLanguage(org.hep.model.Language.FR)).describe(perSide));
        assertEquals("2 series de 20 repeticiones en total, alternando los lados",
                new DoseWords(Labels.forLanguage(org.hep.model.Language.ES)).describe(total));
    }

    @Test
    void aPlaceholderThatStartsASentenceIsCapitalised() {
        Dose d = dose(null, null, null, Sides.EACH, null);
        assertEquals("On each side, go slowly. On each side too.", fill("en", "{side}, go slowly. {side} too.", d));
        assertEquals("Go slowly on each side.", fill("en", "Go slowly {side}.", d));
    }

    @Test
    void doubleBraceIsOneBrace() {
        Dose d = dose(null, null, 5, null, null);
        assertEquals("Write {hold} to print 5 seconds.", fill("en", "Write {{hold} to print {hold}.", d));
        assertEquals("{ and }", fill("en", "{{ and }", d));
    }

    @Test
    void textWithoutBracesIsUntouched() {
        assertEquals("Hold still.", fill("en", "Hold still.", Dose.NONE));
        assertNull(fill("en", null, Dose.NONE));
    }

    @Test
    void mistakesAreFoundWithTheirOffsets() {
        List<DoseText.Slot> slots = DoseText.scan("Hold {hlod}, {sets} and {reps} { x", dose(null, new Reps(5, 5), 5, null, null));
        assertEquals(List.of(
                new DoseText.Slot(5, "hlod", "unknown placeholder {hlod} (did you mean {hold}?); "
                        + "the placeholders are {hold}, {reps}, {sets}, {rest} and {side}"),
                new DoseText.Slot(13, "sets", "{sets} needs 'sets' in the dose"),
                new DoseText.Slot(24, "reps", null),
                new DoseText.Slot(31, null, "'{' starts a placeholder such as {hold}; write {{ for a brace")), slots);
        assertEquals("{side} needs 'sides' in the dose", DoseText.scan("{side}", Dose.NONE).get(0).problem());
    }

    @Test
    void sideWordsFollowTheFinalSides() {
        String step = "Do this {reps}{each:, then switch legs}{alternating:, switching legs each time}.";
        Reps ten = new Reps(10, 10);
        assertEquals("Do this 10 times, then switch legs.", fill("en", step, dose(null, ten, null, Sides.EACH, null)));
        assertEquals("Do this 10 times per side, switching legs each time.",
                fill("en", step, dose(null, ten, null, Sides.ALTERNATING, null)));
        assertEquals("Do this 10 times.", fill("en", step, dose(null, ten, null, Sides.LEFT, null)));
        assertEquals("Do this 10 times.", fill("en", step, dose(null, ten, null, null, null)));
    }

    @Test
    void sideWordsMayHoldPlaceholdersAndJoinConditions() {
        Dose left = dose(2, null, 5, Sides.LEFT, null);
        assertEquals("Hold for 5 seconds. Work on the left side only.",
                fill("en", "Hold for {hold}.{one: Work {side} only.}{each|alternating: Then switch.}", left));
        assertEquals("Hold for 5 seconds. Then switch.",
                fill("en", "Hold for {hold}.{one: Work {side} only.}{each|alternating: Then switch.}",
                        left.withSides(Sides.ALTERNATING)));
        assertEquals("Turn to the right.", fill("en", "Turn to the {left:left}{right|each:right}.", left.withSides(Sides.RIGHT)));
        assertEquals("Both at once.", fill("en", "{none:Both at once.}{each:Each.}", dose(2, null, null, null, null)));
        assertEquals("", fill("en", "{each|alternating:Switch feet and do it again.}", left),
                "a step for other sides is empty, and left out of the card");
        assertEquals("{each:} stays", fill("en", "{{each:} stays", left));
    }

    @Test
    void aStepOnlyOtherSidesHaveIsLeftOut() {
        org.hep.model.Exercise e = new org.hep.model.Exercise("lift", "Lift", List.of(), null, List.of(), List.of(),
                List.of(), "{each:Stand by a wall.}", List.of("Lift.", "{each:Switch legs.}", "Lower."),
                List.of("{alternating:Take turns.}"), List.of(), Dose.NONE, null, null, null, null, null, null, null, null);
        org.hep.model.Exercise left = new DoseText(Labels.forLanguage(org.hep.model.Language.EN))
                .fill(e, dose(null, null, null, Sides.LEFT, null));
        assertEquals(List.of("Lift.", "Lower."), left.steps());
        assertEquals(List.of(), left.cues());
        assertNull(left.start());
    }
}
