package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code progress:} is a small, checked format; the summaries carry the ramp the handout prints. */
class ProgressionTest {
    @TempDir
    Path dir;

    private static final String PLAN = """
            title: Knee
            schedule: {per_day: 1, days_per_week: 5}
            exercises:
              - use: squat
                reps: 10
                progress:
                  reps: 10 -> 15 -> 20
                  every: 1 week
              - use: wall-sit
                progress: {hold: [30, 45, 1 min], sets: [3, 3, 2], every: 2 weeks}
            """;

    @Test
    void summariesCarryTheRamp() throws Exception {
        Path plan = Hep.write(dir, "plan.yaml", PLAN);
        CliRun json = Hep.expectExit(0, Hep.run("summary", plan.toString(), "--format", "json"));
        JsonNode squat = new ObjectMapper().readTree(json.stdout()).at("/exercises/0");
        assertEquals(7, squat.at("/progress/every_days").asInt());
        assertEquals("[10, 15, 20]", squat.at("/progress/steps").findValues("reps_min").stream().map(JsonNode::asInt).toList().toString());
        assertEquals("Step up each week if it feels easy: 10 → 15 → 20 repetitions", squat.at("/progress/words").asText());
        JsonNode wallSit = new ObjectMapper().readTree(json.stdout()).at("/exercises/1");
        assertEquals("Step up every 2 weeks if it feels easy: 3 sets, hold 30 seconds → 3 sets, hold 45 seconds"
                + " → 2 sets, hold 1 minute", wallSit.at("/progress/words").asText());

        for (String format : new String[] {"text", "markdown", "csv"}) {
            String out = Hep.expectExit(0, Hep.run("summary", plan.toString(), "--format", format)).stdout();
            assertTrue(out.contains("Step up each week if it feels easy: 10 → 15 → 20 repetitions"), format + ":\n" + out);
        }
    }

    @Test
    void changingTheDoseByHandDropsTheRamp() throws Exception {
        Path plan = Hep.write(dir, "plan.yaml", PLAN);
        CliRun json = Hep.expectExit(0, Hep.run("summary", plan.toString(), "--format", "json", "--dose", "squat:reps=12"));
        JsonNode root = new ObjectMapper().readTree(json.stdout());
        assertTrue(root.at("/exercises/0/progress").isNull(), "12 is not where the ramp starts");
        assertTrue(root.at("/exercises/1/progress").isObject(), "the wall sit was not touched");
    }

    @Test
    void theDoseStripIsInJsonAndCsv() throws Exception {
        Path plan = Hep.write(dir, "plan.yaml", PLAN);
        JsonNode squat = new ObjectMapper().readTree(Hep.run("summary", plan.toString(), "--format", "json").stdout())
                .at("/exercises/0");
        assertEquals("3 sets · 10 times · rest 1 minute", squat.get("dose_strip_words").asText(),
                "how often is said once for the plan when every exercise shares it");
        assertEquals("{\"key\":\"reps\",\"label\":\"Repetitions\",\"figure\":\"10\",\"unit\":\"times\",\"text\":\"10 times\"}",
                squat.get("dose_strip").get(1).toString());
        assertEquals(3, squat.get("ticks").asInt());
        String csv = Hep.run("summary", plan.toString(), "--format", "csv").stdout();
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",dose_strip,progress_words,picture_alts"), csv);
        assertTrue(csv.contains(",3 sets · 10 times · rest 1 minute,"), csv);
    }

    @Test
    void anExerciseFileMayStepUpToo() {
        Path lib = dir.resolve("lib");
        Hep.write(lib, "plank.yaml", "name: Plank\nsteps: [\"Hold a straight line for {hold}.\"]\n"
                + "dose: {sets: 3, hold: 20}\nprogress:\n  hold: 20 -> 30 -> 45\n  every: 3 days\n");
        String out = Hep.expectExit(0, Hep.run("show", "plank", "--library", lib.toString())).stdout();
        assertTrue(out.contains("Step up every 3 days if it feels easy: 20 seconds → 30 seconds → 45 seconds"), out);
        assertTrue(out.contains("Hold a straight line for 20 seconds."), out);
        Hep.write(lib, "bad.yaml", "name: Bad\nsteps: [Hold.]\ndose: {sets: 3}\nprogress:\n  hold: 20 -> 30\n  every: 1 week\n");
        CliRun r = Hep.run("validate", lib.resolve("bad.yaml").toString());
        assertEquals(lib.resolve("bad.yaml") + ":5:9: 'progress' steps up 'hold', but the dose has no 'hold'\n"
                + "1 problem found in 1 of 1 file\n", r.err());
    }

    private void assertError(String progress, String message) {
        Path plan = Hep.write(dir, "bad.yaml", "title: Bad\nexercises:\n  - use: squat\n    progress:\n" + progress);
        CliRun r = Hep.run("summary", plan.toString());
        assertEquals(plan + message + "\n", r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void aStepMayTradeOneThingForAHarderOtherButNeverOnlyGoDownOrStandStill() {
        assertError("      reps: 10-20 -> 8-15\n      every: 1 week\n",
                ":5:13: step 2 of 'progress' lowers 'reps' from 10-20 to 8-15 and makes nothing harder;"
                        + " each step must step the dose up");
        assertError("      sets: 3 -> 3 -> 4\n      reps: 10-20 -> 10-20 -> 10-20\n      every: 1 week\n",
                ":5:13: step 2 of 'progress' is the same as step 1; each step must change the dose");
        assertError("      reps: 10-20 -> 15-25\n      rest: 60 -> 30 -> 90\n      every: 1 week\n",
                ":6:13: 'rest' has 3 steps but 'reps' has 2; give every key the same number of steps");
        Path plan = Hep.write(dir, "ok.yaml", "title: Fine\nexercises:\n  - use: squat\n    sets: 3\n    load: light band\n"
                + "    progress:\n      sets: 3 -> 2\n      reps: 10-20 -> 8-12\n      load: light band -> heavy band\n"
                + "      every: 2 weeks\n");
        CliRun r = Hep.expectExit(0, Hep.run("summary", plan.toString()));
        assertTrue(r.stdout().contains("heavy band"), r.stdout());
    }

    @Test
    void everyMistakeIsNamedWhereItIs() {
        assertError("      reps: 10-20 -> 15-25\n", ":5:7: missing required key 'every'");
        assertError("      reps: 20 -> 30\n      every: 1 week\n",
                ":5:13: 'progress' starts 'reps' at 20 but the dose says 10-20; start the steps at the dose");
        assertError("      reps: 10-20\n      every: 1 week\n",
                ":5:13: 'reps' must have 2 to 6 steps like \"10 -> 15 -> 20\", found 1");
        assertError("      reps: 10-20 -> 0\n      every: 1 week\n",
                ":5:13: step 2 of 'progress': 'reps' must be a whole number from 1 to 1000 or a range like \"10-20\", found 0");
        assertError("      hold: 5 -> 10\n      every: 1 week\n",
                ":5:13: 'progress' steps up 'hold', but the dose has no 'hold'");
        assertError("      sets: 3 -> 4\n      reps: 10-20 -> 15-25 -> 20-30\n      every: 1 week\n",
                ":6:13: 'reps' has 3 steps but 'sets' has 2; give every key the same number of steps");
        assertError("      sets: 3 -> 4\n      every: fortnight\n",
                ":6:14: 'every' must be a number of days (1 to 30) or weeks (1 to 12), like \"1 week\" or \"3 days\", found 'fortnight'");
        assertError("      every: 1 week\n",
                ":5:7: 'progress' needs at least one of sets, reps, hold, rest or load, as steps like \"10 -> 15 -> 20\"");
        Path plan = Hep.write(dir, "typo.yaml", "title: Bad\nexercises:\n  - use: squat\n    progress:\n"
                + "      set: 3 -> 4\n      every: 1 week\n");
        assertEquals(List.of(plan + ":5:7: unknown key 'set' (did you mean 'sets'?)",
                plan + ":5:7: 'progress' needs at least one of sets, reps, hold, rest or load, as steps like \"10 -> 15 -> 20\""),
                Hep.run("summary", plan.toString()).errLines());
    }
}
