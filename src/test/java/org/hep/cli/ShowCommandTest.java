package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {
    @TempDir
    Path library;

    @BeforeEach
    void writeExercise() throws Exception {
        Files.writeString(library.resolve("heel-raise.yaml"), """
                name: Heel raise
                aliases: [calf raise]
                summary: Makes your calves stronger.
                region: [ankle]
                tags: [strength]
                start: Stand holding a counter.
                steps:
                  - Rise onto your toes.
                  - Lower slowly.
                cautions: [Stop if your heel hurts.]
                dose: {sets: 2, reps: 15, sides: each}
                """);
    }

    @Test
    void textShowsTheCardWithItsDefaultDose() {
        CliRun r = Hep.run("show", "heel-raise", "--library", library.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                Heel raise
                   Makes your calves stronger.

                   2 sets of 15 repetitions, each side
                   Starting position: Stand holding a counter.

                   1. Rise onto your toes.
                   2. Lower slowly.

                   Take care:
                   ! Stop if your heel hurts.
                """, r.stdout());
    }

    @Test
    void markdownStartsWithTheName() {
        CliRun r = Hep.run("show", "heel-raise", "--library", library.toString(), "--format", "markdown");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().startsWith("# Heel raise\n\n*Makes your calves stronger.*\n\n**2 sets of 15 repetitions, each side**\n\n"),
                r.stdout());
        assertTrue(r.stdout().contains("\n1. Rise onto your toes.\n2. Lower slowly.\n"), r.stdout());
    }

    @Test
    void jsonHasTheExerciseKeys() throws Exception {
        CliRun r = Hep.run("show", "heel-raise", "--library", library.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("heel-raise", root.get("id").textValue());
        assertEquals("calf raise", root.at("/aliases/0").textValue());
        assertEquals(15, root.at("/dose/reps_min").intValue());
        assertEquals(15, root.at("/dose/reps_max").intValue());
        assertEquals("2 sets of 15 repetitions, each side", root.get("dose_words").textValue());
        assertTrue(root.get("frequency_words").isNull());
        assertTrue(root.get("video").isNull());
    }

    @Test
    void anAliasFindsTheExercise() {
        CliRun r = Hep.run("show", "Calf Raise", "--library", library.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().startsWith("Heel raise\n"), r.stdout());
    }

    @Test
    void anAliasOfTwoExercisesNamesBothRatherThanPickingOne() throws Exception {
        java.nio.file.Path two = java.nio.file.Files.createDirectories(library.resolveSibling("two"));
        java.nio.file.Files.writeString(two.resolve("glute-lift.yaml"), "name: Glute bridge\naliases: [bridge]\n"
                + "steps: [Lift your hips.]\n");
        java.nio.file.Files.writeString(two.resolve("hip-lift.yaml"), "name: Hip bridge\naliases: [Bridge]\n"
                + "steps: [Lift your hips.]\n");
        CliRun r = Hep.run("show", "bridge", "--library", two.toString());
        assertEquals("bridge: another name of 2 exercises (glute-lift, hip-lift); show one by its id\n", r.err());
        assertEquals(1, r.exit());
        assertEquals("", r.stdout());
    }

    @Test
    void aBuiltInExercise() {
        CliRun r = Hep.run("show", "squat");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().startsWith("Squat\n"), r.stdout());
    }

    @Test
    void anUnknownIdSuggestsTheClosest() {
        CliRun r = Hep.run("show", "heel-rise", "--library", library.toString());
        assertEquals(1, r.exit());
        assertEquals("heel-rise: no such exercise (did you mean 'heel-raise'?) (see 'hep list exercises')\n", r.err());
        assertEquals("", r.stdout());
    }

    @Test
    void csvIsNotAFormatForOneExercise() {
        CliRun r = Hep.run("show", "squat", "--format", "csv");
        assertEquals(2, r.exit());
        assertEquals("hep: --format: must be text, markdown or json for one exercise; "
                + "use 'hep list exercises --format csv' for a table\n", r.err());
    }
}
