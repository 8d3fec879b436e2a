package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIXTURE = Path.of("src/test/resources/fixtures/fixture-plan.yaml").toString();

    /**
     * The text summary's 78 columns are what a terminal shows: a CJK character or an emoji takes two,
     * an accent on its letter none. CJK breaks between characters (never before 、 or 」), and a word
     * longer than a line is cut after a hyphen.
     */
    @Test
    void textIsWrappedByTheColumnsATerminalShows(@TempDir Path dir) throws Exception {
        String knee = "\u819d\u3092\u66f2\u3052\u3066"; // 膝を曲げて
        String quoted = "\u300c\u819d\u300d\u3092\u66f2\u3052\u3066\u3001\u3086\u3063\u304f\u308a\u623b\u3057\u307e\u3059\u3002";
        String word = "Supercalifragilisticexpialidocious";
        Path plan = Files.writeString(dir.resolve("w.yaml"), "title: \"\u819d\u306e\u4f53\u64cd Knee\"\n"
                + "exercises:\n  - name: Wrap\n    dose: {reps: 5}\n    steps:\n"
                + "      - \"" + knee.repeat(12) + "\"\n"
                + "      - \"" + word + "-" + word + "-" + word + "\"\n"
                + "      - \"" + "e\\u0301".repeat(38) + " end of the line here ok, and it goes on past seventy-eight\"\n"
                + "      - \"" + "\\U0001F44D".repeat(43) + " more\"\n"
                + "      - \"" + quoted.repeat(3) + "\"\n");
        CliRun r = Hep.run("summary", plan.toString());
        assertEquals(0, r.exit(), r.err());
        String thumbs = "\uD83D\uDC4D";
        assertEquals(List.of(
                "\u819d\u306e\u4f53\u64cd Knee", "=".repeat(13), "", "1. Wrap", "", "   5 repetitions", "",
                "   1. " + knee.repeat(7) + knee.substring(0, 1),            // 6 + 72 columns
                "      " + knee.substring(1) + knee.repeat(4),
                "   2. " + word + "-" + word + "-",
                "      " + word,
                "   3. " + "e\u0301".repeat(38) + " end of the line here ok, and it",   // 6 + 38 + 32
                "      goes on past seventy-eight",
                "   4. " + thumbs.repeat(36),
                "      " + thumbs.repeat(7) + " more",
                "   5. " + quoted.repeat(2),                                  // the next "「膝」" would make 80
                "      " + quoted), r.stdout().lines().toList());
    }

    @Test
    void textIsWrappedAndAligned() {
        CliRun r = Hep.run("summary", FIXTURE);
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                Knee *Care* Plan
                ================
                Knee pain, mild

                Do these exercises twice a day, 5 days a week.

                1. Wall push
                   Builds strength in your arms.

                   3 sets of 8–12 repetitions · rest 90 seconds between sets
                   How often: twice a day, 5 days a week
                   You need: wall, towel, small
                   Starting position: Stand an arm's length from a wall.

                   1. Put your hands on the wall.
                   2. Bend your elbows to bring your chest to the wall, then push back.

                   Tips for good form:
                   - Keep your body in a straight line from your head to your heels, like a
                     plank on the wall.

                   Take care:
                   ! Stop if your shoulder hurts.

                   Note from your therapist: Say "ouch" if it hurts.

                2. Calf hold

                   Hold 30 seconds, 2 times, each side · use 2 kg
                   How often: twice a day, 5 days a week

                   1. Rise onto your toes and hold.

                Advice and when to stop
                -----------------------
                - Call us if the pain gets worse.
                """, r.stdout());
        assertEquals("", r.err());
    }

    /** A therapist's note that is only words for other sides is no note: null, and no empty label in the PDF. */
    @Test
    void aNoteOnlyForOtherSidesIsNoNote() throws Exception {
        byte[] plan = """
                title: T
                exercises:
                  - use: squat
                    notes: "{each:Then switch legs.}"
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CliRun json = Hep.runWithStdin(plan, "summary", "-", "--format", "json");
        assertTrue(json.stdout().contains("\"notes\": null"), json.stdout());
        CliRun pdf = Hep.runWithStdin(plan, "generate", "-", "-o", "-");
        assertEquals(0, pdf.exit(), pdf.err());
        String text = org.hep.testing.PdfProbe.of(pdf.out()).text();
        assertFalse(text.contains("Note from your therapist"), text);
    }

    /** Text that would be a heading, a list, a quote, struck through or an entity in a renderer prints as itself. */
    @Test
    void markdownEscapesWhatWouldStartABlockOrStrikeThrough() {
        byte[] plan = """
                title: "Knee ##"
                exercises:
                  - name: "Lunge #"
                    steps: ["# Big heading", "> quote", "- item", "1) x", "+ plus", "Do ~~not~~ run.", "Hold 2 ## 3",
                        "Use 5 &times; 2 kg, not &#53;0 kg."]
                    cues: ["- keep going", "Use __both__ legs"]
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CliRun r = Hep.runWithStdin(plan, "summary", "-", "--format", "markdown");
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                # Knee \\##

                ## 1. Lunge \\#

                1. \\# Big heading
                2. \\> quote
                3. \\- item
                4. 1\\) x
                5. \\+ plus
                6. Do \\~\\~not\\~\\~ run.
                7. Hold 2 ## 3
                8. Use 5 \\&times; 2 kg, not \\&#53;0 kg.

                **Tips for good form**

                - \\- keep going
                - Use \\_\\_both\\_\\_ legs
                """, r.stdout());
    }

    @Test
    void markdownHasHeadingsNumberedStepsAndEscapedText() {
        CliRun r = Hep.run("summary", FIXTURE, "--format", "markdown");
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                # Knee \\*Care\\* Plan

                *Knee pain, mild*

                Do these exercises twice a day, 5 days a week.

                ## 1. Wall push

                *Builds strength in your arms.*

                **3 sets of 8–12 repetitions · rest 90 seconds between sets**\s\s
                **How often:** twice a day, 5 days a week

                **You need:** wall, towel, small

                **Starting position:** Stand an arm's length from a wall.

                1. Put your hands on the wall.
                2. Bend your elbows to bring your chest to the wall, then push back.

                **Tips for good form**

                - Keep your body in a straight line from your head to your heels, like a plank on the wall.

                **Take care**

                - Stop if your shoulder hurts.

                **Note from your therapist:** Say "ouch" if it hurts.

                ## 2. Calf hold

                **Hold 30 seconds, 2 times, each side · use 2 kg**\s\s
                **How often:** twice a day, 5 days a week

                1. Rise onto your toes and hold.

                ## Advice and when to stop

                - Call us if the pain gets worse.
                """, r.stdout());
    }

    @Test
    void jsonHasTheDocumentedKeysWithNumbersAndNulls() throws Exception {
        CliRun r = Hep.run("summary", FIXTURE, "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(List.of("version", "id", "title", "condition", "language", "schedule", "education", "exercises",
                "advice"), fieldNames(root));
        assertEquals(1, root.get("version").intValue());
        assertEquals("fixture-plan", root.get("id").textValue());
        assertEquals("Knee *Care* Plan", root.get("title").textValue());
        assertEquals("Knee pain, mild", root.get("condition").textValue());
        assertEquals("en", root.get("language").textValue());
        assertEquals(2, root.at("/schedule/per_day").intValue());
        assertEquals(5, root.at("/schedule/days_per_week").intValue());
        assertEquals("twice a day, 5 days a week", root.at("/schedule/words").textValue());
        assertEquals("Call us if the pain gets worse.", root.at("/advice/0").textValue());
        assertEquals("Why it hurts", root.at("/education/0/heading").textValue());
        assertEquals("The tissue at the front of the knee is sore.", root.at("/education/0/paragraphs/0").textValue());
        assertEquals("Pain should settle within a day.", root.at("/education/0/bullets/0").textValue());
        assertTrue(root.at("/exercises/0/video").isNull());

        JsonNode first = root.at("/exercises/0");
        assertEquals(List.of("number", "id", "name", "summary", "dose", "dose_words", "frequency_words", "dose_strip",
                "dose_strip_words", "ticks", "progress", "start",
                "steps", "cues", "cautions", "notes", "equipment", "video", "picture_alt", "pictures"), fieldNames(first));
        assertEquals(1, first.get("number").intValue());
        assertEquals("wall-push", first.get("id").textValue());
        assertEquals(List.of("sets", "reps_min", "reps_max", "hold_seconds", "rest_seconds", "sides", "count", "per_day",
                "days_per_week", "load"), fieldNames(first.get("dose")));
        assertTrue(first.at("/dose/sets").isInt());
        assertEquals(3, first.at("/dose/sets").intValue());
        assertEquals(8, first.at("/dose/reps_min").intValue());
        assertEquals(12, first.at("/dose/reps_max").intValue());
        assertTrue(first.at("/dose/hold_seconds").isNull());
        assertEquals(90, first.at("/dose/rest_seconds").intValue());
        assertTrue(first.at("/dose/sides").isNull());
        assertEquals("3 sets of 8–12 repetitions · rest 90 seconds between sets", first.get("dose_words").textValue());
        assertEquals("Say \"ouch\" if it hurts.", first.get("notes").textValue());
        assertEquals("towel, small", first.at("/equipment/1").textValue());
        assertEquals(2, first.get("steps").size());

        JsonNode second = root.at("/exercises/1");
        assertEquals(30, second.at("/dose/hold_seconds").intValue());
        assertEquals("each", second.at("/dose/sides").textValue());
        assertEquals("2 kg", second.at("/dose/load").textValue());
        assertTrue(second.get("summary").isNull());
        assertTrue(second.get("notes").isNull());
        assertEquals(0, second.get("cues").size());
    }

    @Test
    void csvHasAHeaderAndOneRowPerExercise() throws Exception {
        CliRun r = Hep.run("summary", FIXTURE, "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.stdout())).getRecords();
        assertEquals(2, rows.size());
        CSVRecord first = rows.get(0);
        assertEquals(List.of("plan_id", "number", "id", "name", "sets", "reps_min", "reps_max", "hold_seconds",
                "rest_seconds", "sides", "count", "per_day", "days_per_week", "load", "dose_words", "frequency_words",
                "equipment", "notes", "dose_strip", "progress_words", "picture_alts"), first.getParser().getHeaderNames());
        assertEquals("fixture-plan", first.get("plan_id"));
        assertEquals("1", first.get("number"));
        assertEquals("3", first.get("sets"));
        assertEquals("", first.get("hold_seconds"));
        assertEquals("wall; towel, small", first.get("equipment"));
        assertEquals("Say \"ouch\" if it hurts.", first.get("notes"));
        assertEquals("Hold 30 seconds, 2 times, each side · use 2 kg", rows.get(1).get("dose_words"));
        assertEquals("each", rows.get(1).get("sides"));
        assertEquals("", rows.get(1).get("count"), "said only for alternating sides");
    }

    @Test
    void doseOptionsChangeTheSummaryTheSameWayAsTheHandout() throws Exception {
        CliRun r = Hep.run("summary", FIXTURE, "--format", "json", "--sets", "5", "--sides", "left",
                "--dose", "calf-hold:hold=1 min", "--exclude", "wall-push");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(1, root.get("exercises").size());
        JsonNode calf = root.at("/exercises/0");
        assertEquals(1, calf.get("number").intValue());
        assertEquals(5, calf.at("/dose/sets").intValue());
        assertEquals("left", calf.at("/dose/sides").textValue());
        assertEquals(60, calf.at("/dose/hold_seconds").intValue());
        assertEquals("Hold 1 minute, 5 times, left side only · use 2 kg", calf.get("dose_words").textValue());
    }

    /** A walk timed in minutes, a counted exercise in sets, a counted hold done once. */
    private static final String GLOBAL_PLAN = """
            title: Global options
            exercises:
              - name: Walk
                steps: [Walk at an easy pace.]
                dose: {hold: "10 min"}
              - name: Squat
                steps: [Squat down and stand up.]
                dose: {sets: 2, reps: 10, rest: 30}
              - name: Press
                steps: [Press your heel down.]
                dose: {reps: 5, hold: 10}
              - name: Lift
                steps: [Lift your arm.]
                dose: {sets: 3, reps: 8}
            """;

    private static List<String> doseWords(Path dir, String... options) throws Exception {
        Path plan = dir.resolve("global.yaml");
        Files.writeString(plan, GLOBAL_PLAN);
        List<String> args = new java.util.ArrayList<>(List.of("summary", plan.toString(), "--format", "json"));
        args.addAll(List.of(options));
        CliRun r = Hep.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        List<String> words = new java.util.ArrayList<>();
        JSON.readTree(r.out()).get("exercises").forEach(e -> words.add(e.get("dose_words").textValue()));
        return words;
    }

    @Test
    void globalSetsChangeOnlyExercisesDoneInSets(@TempDir Path dir) throws Exception {
        assertEquals(List.of("Hold 10 minutes", "4 sets of 10 repetitions · rest 30 seconds between sets",
                "5 repetitions · hold 10 seconds", "4 sets of 8 repetitions"), doseWords(dir, "--sets", "4"));
    }

    @Test
    void globalRestChangesOnlyExercisesWithARestOrMoreThanOneSet(@TempDir Path dir) throws Exception {
        assertEquals(List.of("Hold 10 minutes", "2 sets of 10 repetitions · rest 90 seconds between sets",
                "5 repetitions · hold 10 seconds", "3 sets of 8 repetitions · rest 90 seconds between sets"),
                doseWords(dir, "--rest", "90"));
        assertEquals(List.of("Hold 10 minutes", "2 sets of 10 repetitions · rest 90 seconds between sets",
                "5 repetitions · hold 10 seconds", "1 set of 8 repetitions"),
                doseWords(dir, "--rest", "90", "--dose", "exercise-4:sets=1"), "one set left: nothing to rest between");
        assertEquals(List.of("Hold 10 minutes", "2 sets of 10 repetitions · rest 30 seconds between sets",
                "5 repetitions · hold 10 seconds", "1 set of 8 repetitions · rest 1 minute"),
                doseWords(dir, "--dose", "exercise-4:sets=1,rest=60"), "--dose sets anything on one exercise");
    }

    @Test
    void aGlobalOptionNoExerciseTakesIsAUsageError(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("global.yaml");
        Files.writeString(plan, GLOBAL_PLAN);
        CliRun r = Hep.run("summary", plan.toString(), "--only", "exercise-1", "--sets", "3");
        assertEquals(2, r.exit());
        assertEquals("hep: --sets: no exercise in the handout is done in sets, so it would change nothing; "
                + "a dose for one exercise (ID:sets=…) can add it\n", r.err());
        assertEquals("", r.stdout());
        r = Hep.run("summary", plan.toString(), "--only", "exercise-1,exercise-3", "--rest", "30");
        assertEquals(2, r.exit());
        assertEquals("hep: --rest: no exercise in the handout has a rest or more than one set, so it would change "
                + "nothing; a dose for one exercise (ID:rest=…) can add it\n", r.err());
        r = Hep.run("summary", plan.toString(), "--sides", "left");
        assertEquals(2, r.exit());
        assertEquals("hep: --sides: no exercise in the handout is done one side at a time, so it would change "
                + "nothing; a dose for one exercise (ID:sides=…) can add it\n", r.err());
    }

    @Test
    void readsStdinAndWritesUtf8ToAFile(@TempDir Path dir) throws Exception {
        byte[] plan = Files.readAllBytes(Path.of(FIXTURE));
        Path out = dir.resolve("plan.md");
        CliRun r = Hep.runWithStdin(plan, "summary", "-", "--format", "markdown", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.stdout());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Knee \\*Care\\* Plan\n"), text);
        assertTrue(text.contains("8–12"), text);
    }

    @Test
    void aBadDoseValueIsAUsageError() {
        CliRun r = Hep.run("summary", FIXTURE, "--sets", "40");
        assertEquals(2, r.exit());
        assertEquals("hep: --sets: 'sets' must be a whole number from 1 to 20, found 40\n", r.err());
        assertEquals("", r.stdout());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun r = Hep.run("summary", FIXTURE, "--format", "yaml");
        assertEquals(2, r.exit());
        assertEquals("hep: --format: must be text, markdown, json or csv, found 'yaml' (see 'hep summary --help')\n",
                r.err());
    }

    /** Read as the string options are: a stray space from quoting is no error; a typo still is, with a hint. */
    @Test
    void formatWordsIgnoreSurroundingSpacesAndCase() {
        CliRun r = Hep.run("summary", FIXTURE, "--format", " JSON ");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().startsWith("{"), r.stdout());
        r = Hep.run("summary", FIXTURE, "--format", " jsn ");
        assertEquals(2, r.exit());
        assertEquals("hep: --format: must be text, markdown, json or csv, found 'jsn' (did you mean 'json'?)"
                + " (see 'hep summary --help')\n", r.err());
        assertEquals(0, Hep.run("list", " Plans").exit());
    }

    @Test
    void wordsFollowThePlanLanguageLikeTheHandout() {
        String plan = """
                title: Genou
                language: fr
                schedule: {per_day: 2}
                exercises:
                  - name: Pont
                    steps: [Levez les hanches.]
                    cues: [Serrez les fessiers.]
                    sets: 3
                    reps: 12
                """;
        CliRun r = Hep.runWithStdin(plan.getBytes(StandardCharsets.UTF_8), "summary", "-");
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                Genou
                =====

                Faites ces exercices deux fois par jour.

                1. Pont

                   3 séries de 12 répétitions
                   Fréquence\u00a0: deux fois par jour

                   1. Levez les hanches.

                   Conseils pour bien faire\u00a0:
                   - Serrez les fessiers.
                """, r.stdout());
        // Markdown too; JSON and CSV keep the text as written, for programs.
        CliRun md = Hep.runWithStdin(plan.getBytes(StandardCharsets.UTF_8), "summary", "-", "--format", "markdown");
        assertTrue(md.stdout().contains("**Fréquence\u00a0:** deux fois par jour"), md.stdout());
    }

    @Test
    void aBuiltInPlanById() throws Exception {
        CliRun r = Hep.run("summary", "it-band-syndrome", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("it-band-syndrome", JSON.readTree(r.out()).get("id").textValue());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
