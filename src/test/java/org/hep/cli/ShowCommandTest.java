package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Run r = Run.of("show", "heel-raise", "--library", library.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                Heel raise
                   Makes your calves stronger.

                   2 sets of 15 repetitions, each side
                   Starting position: Stand holding a counter.

                   1. Rise onto your toes.
                   2. Lower slowly.

                   Take care:
                   ! Stop if your heel hurts.
                """, r.out());
    }

    @Test
    void markdownStartsWithTheName() {
        Run r = Run.of("show", "heel-raise", "--library", library.toString(), "--format", "markdown");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# Heel raise\n\n*Makes your calves stronger.*\n\n**2 sets of 15 repetitions, each side**\n\n"),
                r.out());
        assertTrue(r.out().contains("\n1. Rise onto your toes.\n2. Lower slowly.\n"), r.out());
    }

    @Test
    void jsonHasTheExerciseKeys() throws Exception {
        Run r = Run.of("show", "heel-raise", "--library", library.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.outBytes());
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
        Run r = Run.of("show", "Calf Raise", "--library", library.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Heel raise\n"), r.out());
    }

    @Test
    void aBuiltInExercise() {
        Run r = Run.of("show", "squat");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Squat\n"), r.out());
    }

    @Test
    void anUnknownIdSuggestsTheClosest() {
        Run r = Run.of("show", "heel-rise", "--library", library.toString());
        assertEquals(1, r.code());
        assertEquals("heel-rise: no such exercise (did you mean 'heel-raise'?) (see 'hep list exercises')\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void csvIsNotAFormatForOneExercise() {
        Run r = Run.of("show", "squat", "--format", "csv");
        assertEquals(2, r.code());
        assertEquals("hep: --format: must be text, markdown or json for one exercise; "
                + "use 'hep list exercises --format csv' for a table\n", r.err());
    }
}
