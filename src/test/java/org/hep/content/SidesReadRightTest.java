package org.hep.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every built-in exercise, in English, French and Spanish, under every sides a plan or the
 * command line can give it, reads as its dose says: no "switch legs" beside "left side only",
 * and "switching legs each time" only where the sides alternate. Read from the summary, which
 * the PDF and HTML handouts share.
 */
class SidesReadRightTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Words that send the patient to the other side; written independently of hep's own lint. */
    private static final Pattern SWITCHES = Pattern.compile("(?iU)\\b(switch\\w*|the other side|repeat with the other"
            + "|use the other arm|side to side|alternat\\w*|chang(ez|er|eant) (de|pour)|l'autre côté"
            + "|avec l'autre (jambe|bras)|prenez l'autre|d'un côté à l'autre|cambi(e|ando) (de|al)"
            + "|hacia el otro lado|haga el otro lado|con (el otro|la otra) (pierna|brazo)|use el otro|de un lado a otro)\\b");
    /** Words that say the sides take turns: right only for alternating sides. */
    private static final Pattern TAKES_TURNS = Pattern.compile("(?iU)\\b(each time|keep switching|side to side"
            + "|alternat\\w*|à chaque fois|en alternant|d'un côté à l'autre|de (pierna|pie|lado|mano|brazo) cada vez|alternando|de un lado a otro)\\b");

    /** Words that keep every set on one side first ("Do 5 sets with this arm"): wrong when the sides take turns. */
    private static final Pattern ONE_SIDE_FIRST = Pattern.compile("(?iU)\\b(with this (arm|leg|foot|hand)"
            + "|avec ce(tte)? (bras|jambe|pied|main)|con (este|esta) (brazo|pierna|pie|mano))\\b");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "fr", "es"})
    void everyExerciseUnderEverySidesReadsAsItsDose(String language, @TempDir Path dir) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("plans/exercises"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                    .forEach(n -> ids.add(n.substring(0, n.length() - 5)));
        }
        StringBuilder plan = new StringBuilder("title: Every exercise\nlanguage: " + language + "\nexercises:\n");
        ids.forEach(id -> plan.append("  - use: ").append(id).append('\n'));
        Path file = dir.resolve("all.yaml");
        Files.writeString(file, plan);

        List<String> wrong = new ArrayList<>();
        int sided = 0;
        for (JsonNode e : summary(file, List.of())) {
            if (e.at("/dose/sides").isNull()) {
                check(e, "none", wrong); // both sides at once: nothing to switch
            } else {
                sided++;
            }
        }
        assertTrue(sided >= 30, "the library's sided exercises are all read: " + sided);
        for (String sides : List.of("each", "alternating", "left", "right")) {
            List<String> options = new ArrayList<>();
            ids.forEach(id -> options.addAll(List.of("--dose", id + ":sides=" + sides)));
            for (JsonNode e : summary(file, options)) {
                assertEquals(sides, e.at("/dose/sides").textValue());
                check(e, sides, wrong);
            }
            // Doses no built-in is written with: the text says them through placeholders, so
            // nothing it writes out contradicts them (summary() finds stderr empty).
            options.addAll(List.of("--reps", "7", "--hold", "13", "--sets", "4", "--rest", "45"));
            summary(file, options);
        }
        summary(file, List.of("--reps", "7", "--hold", "13", "--sets", "4", "--rest", "45"));
        assertEquals(List.of(), wrong);
    }

    private static List<JsonNode> summary(Path plan, List<String> options) throws IOException {
        List<String> args = new ArrayList<>(List.of("summary", plan.toString(), "--format", "json"));
        args.addAll(options);
        CliRun r = Hep.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        // No text of a built-in contradicts the dose printed beside it, whatever the sides and numbers.
        assertEquals("", r.err());
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(r.out()).get("exercises").forEach(out::add);
        return out;
    }

    private static void check(JsonNode e, String sides, List<String> wrong) {
        String where = e.get("id").textValue() + " (" + sides + "): ";
        if (e.get("steps").isEmpty()) {
            wrong.add(where + "no steps left");
        }
        List<String> texts = new ArrayList<>();
        if (e.hasNonNull("start")) {
            texts.add(e.get("start").textValue());
        }
        for (String key : List.of("steps", "cues", "cautions")) {
            e.get(key).forEach(t -> texts.add(t.textValue()));
        }
        for (String t : texts) {
            boolean one = sides.equals("left") || sides.equals("right") || sides.equals("none");
            if (one && SWITCHES.matcher(t).find()) {
                wrong.add(where + "switches sides: " + t);
            }
            if (sides.equals("alternating") && ONE_SIDE_FIRST.matcher(t).find()) {
                wrong.add(where + "does every set on one side first: " + t);
            }
            if (!sides.equals("alternating") && TAKES_TURNS.matcher(t).find()) {
                wrong.add(where + "takes turns: " + t);
            }
            if (t.isBlank() || t.contains("{") || t.contains("}") || t.contains("  ") || t.contains(" .")
                    || t.contains(" ,") || !t.equals(t.strip())) {
                wrong.add(where + "badly joined: '" + t + "'");
            }
        }
    }

    /**
     * A side named for the left side only must not be named for the right side only too: the neck
     * stretches told a "left side only" patient to hold the seat with the right hand and stretch the
     * right side of the neck. Words that also mean "straight" (droit, derecho) are left out.
     */
    private static final Pattern NAMES_A_SIDE = Pattern.compile("(?iU)\\b((left|right) (hand|side|ear|shoulder|armpit"
            + "|leg|knee|foot|arm|hip)|to the (left|right)|(main|oreille|épaule|aisselle|jambe) (gauche|droite)"
            + "|côté (gauche|droit)|vers la (gauche|droite)|(mano|oreja|axila|pierna) (izquierda|derecha)"
            + "|lado (izquierdo|derecho)|hombro (izquierdo|derecho)|hacia la (izquierda|derecha))\\b");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "fr", "es"})
    void aSideNamedForTheLeftIsNotNamedForTheRight(String language) throws IOException {
        Path file = Files.createTempFile("sides", ".yaml");
        try {
            StringBuilder plan = new StringBuilder("title: Every exercise\nlanguage: " + language + "\nexercises:\n");
            try (Stream<Path> s = Files.list(Path.of("plans/exercises"))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                        .forEach(n -> plan.append("  - use: ").append(n, 0, n.length() - 5).append('\n'));
            }
            Files.writeString(file, plan);
            List<JsonNode> left = summary(file, List.of("--sides", "left"));
            List<JsonNode> right = summary(file, List.of("--sides", "right"));
            List<String> same = new ArrayList<>();
            for (int i = 0; i < left.size(); i++) {
                if (left.get(i).at("/dose/sides").isNull()) {
                    continue;
                }
                List<String> l = texts(left.get(i));
                List<String> r = texts(right.get(i));
                for (String t : l) {
                    if (NAMES_A_SIDE.matcher(t).find() && r.contains(t)) {
                        same.add(left.get(i).get("id").textValue() + ": " + t);
                    }
                }
            }
            assertEquals(List.of(), same);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aLeftSideNeckStretchUsesTheLeftHandAndStretchesTheLeftSide(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("neck.pdf");
        CliRun r = Hep.run("generate", "neck-pain", "--sides", "left", "--only", "upper-trapezius-stretch",
                "-o", pdf.toString());
        assertEquals(0, r.exit(), r.err());
        String text = PdfProbe.of(Files.readAllBytes(pdf)).text().replaceAll("[\\s\\u00a0\\u202f]+", " ");
        assertTrue(text.contains("left side only"), text);
        assertTrue(text.contains("Hold the edge of the seat with your left hand."), text);
        assertTrue(text.contains("Slowly tip your right ear toward your right shoulder."), text);
        assertTrue(text.contains("Stop when the left side of your neck feels a gentle stretch."), text);
        assertTrue(!text.contains("right hand") && !text.contains("right side"), text);
    }

    private static List<String> texts(JsonNode e) {
        List<String> out = new ArrayList<>();
        if (e.hasNonNull("start")) {
            out.add(e.get("start").textValue());
        }
        for (String key : List.of("steps", "cues", "cautions")) {
            e.get(key).forEach(t -> out.add(t.textValue()));
        }
        return out;
    }

    /** The report's case: one operated knee, and the card says to switch legs. */
    @Test
    void aLeftKneeHandoutNeverSaysSwitchLegs(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("left.pdf");
        CliRun r = Hep.run("generate", "knee-osteoarthritis", "--sides", "left", "-o", pdf.toString());
        assertEquals(0, r.exit(), r.err());
        String text = PdfProbe.of(Files.readAllBytes(pdf)).text().replaceAll("[\\s\\u00a0\\u202f]+", " ");
        assertTrue(text.contains("left side only"), text);
        assertTrue(!SWITCHES.matcher(text).find(), text);
        r = Hep.run("generate", "knee-osteoarthritis", "-o", pdf.toString());
        assertEquals(0, r.exit(), r.err());
        text = PdfProbe.of(Files.readAllBytes(pdf)).text().replaceAll("[\\s\\u00a0\\u202f]+", " ");
        assertTrue(text.contains("Do this 10 times, then switch legs."), text);
    }

    /** The lunge: all on one leg for "each side", turn about only when alternating. */
    @Test
    void theLungeSaysHowTheLegsTakeTurns() {
        assertEquals("Do this 10–20 times with the same foot in front, then switch legs.", lastStep("each"));
        assertEquals("Switch legs each time, until you have done it 10–20 times per side.", lastStep("alternating"));
        assertEquals("Do this 10–20 times with the same foot in front.", lastStep("right"));
    }

    private static String lastStep(String sides) {
        CliRun r = Hep.run("summary", "it-band-syndrome", "--only", "forward-lunge", "--sides", sides);
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.stdout().split("\n");
        for (String line : lines) {
            if (line.strip().startsWith("6. ")) {
                return line.strip().substring(3);
            }
        }
        throw new AssertionError(r.stdout());
    }
}
