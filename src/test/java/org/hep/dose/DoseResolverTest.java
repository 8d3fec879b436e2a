package org.hep.dose;

import org.hep.diag.RequestException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hep.i18n.Labels;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.load.Source;
import org.hep.model.Dose;
import org.hep.model.DoseKey;
import org.hep.model.DoseValueException;
import org.hep.model.Plan;
import org.hep.model.Sides;
import org.junit.jupiter.api.Test;

/** Dose precedence, lowest first: exercise → plan schedule → plan entry → global options → --dose ID:…. */
class DoseResolverTest {
    private static final DoseWords WORDS = new DoseWords(Labels.forLanguage(org.hep.model.Language.EN));

    /** squat: 3 × 10–20, rest 60, no sides. itb-stretch: 3 × hold 30, each side. */
    static Plan plan() {
        String yaml = """
                title: Dose levels
                schedule:
                  per_day: 2
                exercises:
                  - use: squat
                  - use: itb-stretch
                    hold: 45
                    days_per_week: 3
                """;
        return PlanLoader.load(Source.bytes("dose.yaml", Path.of("."), yaml.getBytes(StandardCharsets.UTF_8)), "dose",
                Library.builtIn());
    }

    private static List<String> words(DoseOverrides o) {
        return DoseResolver.resolve(plan(), o).exercises().stream()
                .map(e -> e.exercise().id() + ": " + WORDS.describe(e.dose()) + " / " + WORDS.frequency(e.dose()))
                .toList();
    }

    private static Dose global(String key, String value) throws DoseValueException {
        return Dose.NONE.withText(DoseKey.byName(key), value);
    }

    @Test
    void exerciseDefaultsThenScheduleThenPlanEntry() {
        assertEquals(List.of(
                "squat: 3 sets of 10–20 repetitions · rest 1 minute between sets / twice a day",
                "itb-stretch: Hold 45 seconds, 3 times, each side / twice a day, 3 days a week"),
                words(DoseOverrides.NONE));
    }

    @Test
    void globalOptionsBeatThePlan() throws DoseValueException {
        Dose g = global("sets", "2").withText(DoseKey.byName("hold"), "20");
        assertEquals(List.of(
                "squat: 2 sets of 10–20 repetitions · rest 1 minute between sets / twice a day",
                "itb-stretch: Hold 20 seconds, 2 times, each side / twice a day, 3 days a week"),
                words(new DoseOverrides(g, Map.of(), List.of(), List.of())));
    }

    @Test
    void perExerciseDoseBeatsGlobalOptions() throws DoseValueException {
        Dose g = global("sets", "2").withText(DoseKey.byName("hold"), "20");
        Dose one = global("hold", "1 min").withText(DoseKey.byName("per_day"), "1");
        assertEquals(List.of(
                "squat: 2 sets of 10–20 repetitions · rest 1 minute between sets / twice a day",
                "itb-stretch: Hold 1 minute, 2 times, each side / once a day, 3 days a week"),
                words(new DoseOverrides(g, Map.of("itb-stretch", one), List.of(), List.of())));
    }

    /** One set has nothing to rest between: "1 set · rest 1 minute" read as a pause after the exercise. */
    @Test
    void oneSetLeavesThePlansRestBetweenSetsOut() throws DoseValueException {
        assertEquals(List.of(
                "squat: 1 set of 10–20 repetitions / twice a day",
                "itb-stretch: Hold 45 seconds, once, each side / twice a day, 3 days a week"),
                words(new DoseOverrides(global("sets", "1"), Map.of(), List.of(), List.of())));
        // A rest asked for with it is kept: the user said so.
        assertEquals(List.of(
                "squat: 1 set of 10–20 repetitions · rest 30 seconds / twice a day",
                "itb-stretch: Hold 45 seconds, once, each side / twice a day, 3 days a week"),
                words(new DoseOverrides(global("sets", "1").withText(DoseKey.byName("rest"), "30"), Map.of(),
                        List.of(), List.of())));
        assertEquals(List.of(
                "squat: 1 set of 10–20 repetitions · rest 1 minute / twice a day",
                "itb-stretch: Hold 45 seconds, 3 times, each side / twice a day, 3 days a week"),
                words(new DoseOverrides(Dose.NONE, Map.of("squat", global("sets", "1").withText(DoseKey.byName("rest"),
                        "1 min")), List.of(), List.of())));
    }

    @Test
    void globalSidesChangesOnlyExercisesThatHaveSides() throws DoseValueException {
        List<DosedExercise> out = DoseResolver.resolve(plan(),
                new DoseOverrides(global("sides", "left"), Map.of(), List.of(), List.of())).exercises();
        assertEquals(null, out.get(0).dose().sides(), "a squat uses both legs at once");
        assertEquals(Sides.LEFT, out.get(1).dose().sides());
    }

    @Test
    void perExerciseSidesMayAddSides() throws DoseValueException {
        List<DosedExercise> out = DoseResolver.resolve(plan(),
                new DoseOverrides(Dose.NONE, Map.of("squat", global("sides", "right")), List.of(), List.of())).exercises();
        assertEquals(Sides.RIGHT, out.get(0).dose().sides());
    }

    @Test
    void onlyAndExcludeKeepPlanOrderAndRenumber() {
        List<DosedExercise> only = DoseResolver.resolve(plan(),
                new DoseOverrides(Dose.NONE, Map.of(), List.of("itb-stretch"), List.of())).exercises();
        assertEquals(1, only.size());
        assertEquals("itb-stretch", only.get(0).exercise().id());
        assertEquals(1, only.get(0).number());
        List<DosedExercise> rest = DoseResolver.resolve(plan(),
                new DoseOverrides(Dose.NONE, Map.of(), List.of(), List.of("squat"))).exercises();
        assertEquals(List.of("itb-stretch"), rest.stream().map(e -> e.exercise().id()).toList());
    }

    @Test
    void anIdNotInThePlanIsARequestErrorWithASuggestion() {
        RequestException e = assertThrows(RequestException.class, () -> DoseResolver.resolve(plan(),
                new DoseOverrides(Dose.NONE, Map.of("sqat", Dose.NONE), List.of(), List.of())));
        assertEquals(RequestException.Subject.DOSE, e.subject());
        assertEquals("exercise 'sqat' is not in this plan (did you mean 'squat'?); the plan has squat, itb-stretch",
                e.getMessage());
    }

    @Test
    void excludingEverythingIsARequestError() {
        RequestException e = assertThrows(RequestException.class, () -> DoseResolver.resolve(plan(),
                new DoseOverrides(Dose.NONE, Map.of(), List.of(), List.of("squat", "itb-stretch"))));
        assertEquals(RequestException.Subject.SELECTION, e.subject());
        assertEquals("leave no exercises to print", e.getMessage());
    }
}
