package org.hep.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hep.load.BuiltIns;
import org.hep.load.DoseNumberLint;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Built-in exercise text never writes a dose out: a number in a step would contradict the dose
 * as soon as a plan or the command line changes it. Steps say {hold}, {reps}, {sets} instead.
 */
class DoseFreeTextTest {
    private static final Set<String> TEXT_KEYS = Set.of("start", "steps", "cues", "cautions", "notes");
    private static final Path LIBRARY = Path.of("plans/exercises");

    @Test
    void noBuiltInExerciseTextWritesOutANumber() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(LIBRARY)) {   // exercises, and their translations under i18n/ when there are any
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        assertEquals(BuiltIns.list("plans/exercises").size(),
                files.stream().filter(p -> p.getParent().equals(LIBRARY)).count(), "the folder is what ships");
        List<String> found = new ArrayList<>();
        int texts = 0;
        for (Path file : files) {
            List<String> all = new ArrayList<>();
            collect(new Yaml().load(Files.readString(file)), false, all);
            texts += all.size();
            for (String text : all) {
                if (text.matches("(?s).*\\d.*") || !DoseNumberLint.stated(text).isEmpty()) {
                    found.add(file + ": " + text);
                }
            }
        }
        assertTrue(texts > 46 * 5, "read the texts: " + texts);
        assertEquals(List.of(), found, "write {hold}, {reps}, {sets}, {rest} or {side} instead of a number");
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertEquals(List.of("5 seconds", "ten times", "3 sets", "2 minutes"),
                DoseNumberLint.stated("Hold 5 seconds. Do it ten times, 3 sets, then rest 2 minutes."));
        assertEquals(List.of("10 à 15 fois", "30 secondes", "2 séries"),
                DoseNumberLint.stated("Faites-le 10 à 15 fois, tenez 30 secondes, 2 séries."));
        assertEquals(List.of("diez veces", "5 segundos", "3 series"),
                DoseNumberLint.stated("Hágalo diez veces, mantenga 5 segundos, 3 series."));
        assertEquals(List.of(), DoseNumberLint.stated("Do this 3 times a day. Count to three. Lift one foot."));
    }

    /** Every text under a start/steps/cues/cautions/notes key, at any depth (translations may nest them). */
    private static void collect(Object node, boolean text, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collect(v, TEXT_KEYS.contains(String.valueOf(k)), out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, text, out));
        } else if (text && node != null) {
            out.add(node.toString());
        }
    }
}
