package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A placeholder that starts a sentence prints with a capital, also behind the opening punctuation
 * Spanish and French put first ("¿{side}?", "« {side} »"), and not after a comma.
 */
class SentenceCapitalsTest {
    @TempDir
    Path dir;

    private List<String> steps(String language, String... steps) throws Exception {
        StringBuilder yaml = new StringBuilder("title: T\nlanguage: " + language
                + "\nexercises:\n  - name: Move\n    dose: {sides: each, reps: 10}\n    steps:\n");
        for (String s : steps) {
            yaml.append("      - '").append(s.replace("'", "''")).append("'\n");
        }
        Path plan = Files.writeString(dir.resolve(language + ".yaml"), yaml.toString());
        CliRun r = Hep.run("summary", plan.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        List<String> out = new ArrayList<>();
        for (JsonNode step : new ObjectMapper().readTree(r.stdout()).get("exercises").get(0).get("steps")) {
            out.add(step.asText());
        }
        return out;
    }

    @Test
    void spanishQuestionsAndExclamationsStartWithACapital() throws Exception {
        assertEquals(List.of("¿De cada lado? Sí.", "¡De cada lado!", "Párese. ¿De cada lado?", "Párese, ¿de cada lado?",
                "(De cada lado) mantenga.", "\"De cada lado\" primero.", "De cada lado primero.", "¡10 veces!"),
                steps("es", "¿{side}? Sí.", "¡{side}!", "Párese. ¿{side}?", "Párese, ¿{side}?", "({side}) mantenga.",
                        "\"{side}\" primero.", "{side} primero.", "¡{reps}!"));
    }

    @Test
    void frenchGuillemetsAndBracketsToo() throws Exception {
        assertEquals(List.of("« De chaque côté », puis repos.", "(De chaque côté.)", "Tenez, « de chaque côté »."),
                steps("fr", "« {side} », puis repos.", "({side}.)", "Tenez, « {side} »."));
    }
}
