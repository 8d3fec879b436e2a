package org.hep.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hep.app.Generator;
import org.hep.app.HandoutRequest;
import org.hep.dose.DoseOverrides;
import org.hep.load.BuiltIns;
import org.hep.load.FileNames;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.load.TemplateLoader;
import org.hep.model.Exercise;
import org.hep.model.HandoutDetails;
import org.hep.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped library is complete enough to hand out: every exercise and plan has its parts. */
class LibraryContentTest {
    static List<String> planIds() {
        return BuiltIns.list("plans").stream().map(FileNames::stem).toList();
    }

    static Plan load(String id) {
        return PlanLoader.load(BuiltIns.source("plans/" + id + ".yaml"), id, Library.builtIn());
    }

    @Test
    void atLeastFortyExercisesEachWithEveryPart() {
        List<Exercise> all = Library.builtIn().all();
        assertTrue(all.size() >= 40, "exercises: " + all.size());
        List<String> problems = new ArrayList<>();
        for (Exercise e : all) {
            String id = e.id();
            if (e.name() == null || e.name().isBlank()) {
                problems.add(id + ": no name");
            }
            if (e.summary() == null) {
                problems.add(id + ": no summary");
            }
            if (e.regions().isEmpty()) {
                problems.add(id + ": no region");
            }
            if (e.steps().size() < 3 || e.steps().size() > 6) {
                problems.add(id + ": " + e.steps().size() + " steps, want 3–6");
            }
            if (e.cues().isEmpty() || e.cues().size() > 3) {
                problems.add(id + ": " + e.cues().size() + " cues, want 1–3");
            }
            if (e.figure() == null && e.image() == null) {
                problems.add(id + ": no figure or picture");
            }
            if (e.dose().isEmpty()) {
                problems.add(id + ": no dose");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void atLeastTenPlans() {
        assertTrue(planIds().size() >= 10, "plans: " + planIds());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planIds")
    void everyPlanHasEducationThreeToSixExercisesAdviceAndADisclaimer(String id) {
        Plan plan = load(id);
        assertEquals(id, plan.id());
        assertFalse(plan.education().isEmpty(), "education");
        assertTrue(plan.entries().size() >= 3 && plan.entries().size() <= 6, "exercises: " + plan.entries().size());
        assertFalse(plan.advice().isEmpty(), "advice");
        assertNotNull(plan.disclaimer(), "disclaimer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planIds")
    void everyPlanRendersInEveryTemplateWithoutMissingCharacters(String id) {
        List<String> templates = TemplateLoader.builtInNames();
        assertEquals(List.of("compact", "large-print", "standard"), templates);
        for (String template : templates) {
            HandoutRequest request = new HandoutRequest(template, null,
                    new HandoutDetails("Test Patient", null, LocalDate.of(2026, 3, 1), null), DoseOverrides.NONE);
            Generator.Result r = Generator.generate(BuiltIns.source("plans/" + id + ".yaml"), Library.builtIn(), request);
            assertEquals(id, r.planId());
            assertEquals("%PDF-", new String(r.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII), template);
            assertEquals(List.of(), r.missing(), template);
        }
    }
}
