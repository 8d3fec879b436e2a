package org.hep.content;

import org.hep.readability.FleschKincaid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Patient materials should read at US grade 8 or below (NIH); every shipped file is measured. */
class ReadabilityTest {
    static final double MAX_GRADE = 8.0;

    static List<Path> shippedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("plans"), Path.of("plans/exercises"))) {
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    static double grade(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            return FleschKincaid.grade(YamlTexts.texts(doc));
        }
    }

    @Test
    void everyShippedPlanAndExerciseReadsAtGradeEightOrBelow() throws IOException {
        List<Path> files = shippedFiles();
        assertTrue(files.size() >= 50, "plans and exercises found: " + files.size());
        List<String> tooHard = new ArrayList<>();
        for (Path f : files) {
            double g = grade(f);
            System.out.println(String.format(Locale.ROOT, "%5.2f %s", g, f));
            if (g > MAX_GRADE) {
                tooHard.add(String.format(Locale.ROOT, "%s: grade %.2f", f, g));
            }
        }
        assertEquals(List.of(), tooHard, "above grade " + MAX_GRADE);
    }

    @Test
    void gradeMatchesTheWritersScriptOnKnownText() {
        // Reference values printed by fk.py for the same input.
        assertEquals(-1.4499999999999975, FleschKincaid.grade(List.of("The cat sat on the mat.")), 1e-9);
        Object doc = Map.of("name", "Skip me", "sets", 3,
                "steps", List.of("The cat sat on the mat.", "Bend your knees slowly and breathe"),
                "summary", "Physiotherapy strengthens musculature considerably! Really? Yes.\n\nA second paragraph here",
                "cues", List.of("Don't lock your knee's joint..."));
        assertEquals(5.143915343915346, FleschKincaid.grade(YamlTexts.texts(doc)), 1e-9);
    }

    @Test
    void syllableRules() {
        assertEquals(1, FleschKincaid.syllables("stretch"));
        assertEquals(1, FleschKincaid.syllables("knee"), "a final silent e is dropped");
        assertEquals(2, FleschKincaid.syllables("ankle"), "but not in -le");
        assertEquals(1, FleschKincaid.syllables("the"), "never below one");
        assertEquals(2, FleschKincaid.syllables("ever"));
    }
}
