package org.hep.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translation files are checked like every file hep reads: each mistake once, at its line and
 * column, with a suggestion for a misspelt key; a translation must match its base's shape.
 */
class TranslationFilesTest {
    @TempDir
    Path dir;

    private Path c;

    @BeforeEach
    void clinic() {
        c = dir.resolve("c");
        Hep.write(c, "exercises/band-walk.yaml", """
                name: Band walk
                summary: Makes the side of your hip stronger.
                region: [hip]
                steps:
                  - Put the band around your knees.
                  - Step to the side, {reps}.
                  - Bring the other foot in.
                cues: [Stay low., Keep your toes forward.]
                dose: {sets: 2, reps: 10, load: red band}
                """);
        Hep.write(c, "knee.yaml", """
                title: Knee
                condition: Knee pain
                education:
                  - heading: What is it?
                    text: Your knee hurts.
                  - heading: What helps
                    bullets: [Move., Rest.]
                exercises:
                  - use: squat
                    notes: Hold a chair.
                  - use: calf-raise
                    load: 2 kg
                advice: [Walk every day.]
                """);
    }

    @Test
    void anExerciseTranslationHasTheBaseShape() {
        Hep.write(c, "exercises/i18n/fr/band-walk.yaml", """
                name: Pas chassés avec bande
                steps:
                  - Mettez la bande autour des genoux.
                  - Faites un pas de côté.
                cue: [Restez bas.]
                image_alt: Une personne.
                """);
        String t = c + "/exercises/i18n/fr/band-walk.yaml";
        String base = c + "/exercises/band-walk.yaml";
        assertEquals(t + ":1:1: missing 'summary': " + base + " has it, and a handout must not mix languages\n"
                + t + ":1:1: missing 'cues': " + base + " has it, and a handout must not mix languages\n"
                + t + ":1:1: missing 'load': " + base + " has it, and a handout must not mix languages\n"
                + t + ":3:3: 'steps' has 2 items but " + base + " has 3; translate each item, in the same order\n"
                + t + ":5:1: unknown key 'cue' (did you mean 'cues'?)\n"
                + t + ":6:12: 'image_alt' has nothing to translate: " + base + " has no 'image_alt'\n"
                + "6 problems found in 1 of 2 files\n", validate(c.resolve("exercises")).err());
    }

    @Test
    void placeholdersInATranslationMustFitTheBaseDose() {
        Hep.write(c, "exercises/i18n/fr/band-walk.yaml", """
                name: Pas chassés avec bande
                summary: Renforce le côté de la hanche.
                steps:
                  - Mettez la bande autour des genoux.
                  - Faites un pas de côté, {reps}.
                  - Ramenez l'autre pied et tenez {hold}.
                cues: [Restez bas., "Gardez les orteils vers l'avant {hlod}."]
                load: bande rouge
                """);
        String t = c + "/exercises/i18n/fr/band-walk.yaml";
        assertEquals(t + ":6:35: {hold} needs 'hold' in the dose\n"
                + t + ":7:54: unknown placeholder {hlod} (did you mean {hold}?); the placeholders are {hold}, {reps},"
                + " {sets}, {rest} and {side}\n"
                + "2 problems found in 1 of 2 files\n", validate(c.resolve("exercises")).err());
    }

    @Test
    void aTranslatedTextNamesTheSamePlaceholdersAsItsBase() {
        Hep.write(c, "exercises/lift.yaml", """
                name: Leg lift
                start: Lie on your back for {rest}.
                steps:
                  - Lift your leg and hold for {hold}.
                  - Do this {reps}.
                cautions:
                  - Stop if it hurts.
                dose: {sets: 3, reps: 10, hold: 5, rest: 30}
                """);
        Hep.write(c, "exercises/i18n/fr/lift.yaml", """
                name: Lever la jambe
                start: Allongez-vous sur le dos.
                steps:
                  - Levez la jambe et tenez {reps}, {hold}.
                  - Faites cela une fois.
                cautions:
                  - Arrêtez si ça fait mal, {hlod}.
                """);
        Hep.write(c, "lift-plan.yaml", "title: Leg plan\nexercises:\n  - use: lift\n");
        Hep.write(c, "i18n/fr/lift-plan.yaml", "language: fr\ntitle: Programme\n");
        String t = c + "/exercises/i18n/fr/lift.yaml";
        String base = c + "/exercises/lift.yaml";
        String same = "; name the same dose placeholders as the base, so the text never contradicts the dose"
                + " printed beside it";
        String expected = t + ":2:8: 'start' names no placeholder but " + base + " names {rest}" + same + "\n"
                + t + ":4:5: step 1 names {hold} and {reps} but " + base + " names {hold}" + same + "\n"
                + t + ":5:5: step 2 names no placeholder but " + base + " names {reps}" + same + "\n"
                + t + ":7:29: unknown placeholder {hlod} (did you mean {hold}?); the placeholders are {hold}, {reps},"
                + " {sets}, {rest} and {side}\n";
        CliRun v = validate(c.resolve("exercises"));
        assertEquals(expected + "4 problems found in 1 of 3 files\n", v.err());
        assertEquals(1, v.exit());
        Path pdf = dir.resolve("fr.pdf");
        CliRun g = Hep.run("generate", c.resolve("lift-plan.yaml").toString(), "--library",
                c.resolve("exercises").toString(), "--language", "fr", "-o", pdf.toString());
        assertEquals(expected, g.err(), "generate refuses the same texts");
        assertEquals(1, g.exit());
        assertTrue(!java.nio.file.Files.exists(pdf), "no handout is written");
    }

    @Test
    void aTranslatedNoteNamesTheSamePlaceholdersAsItsBase() {
        Hep.write(c, "hold.yaml", """
                title: Hold
                exercises:
                  - use: squat
                    notes: Rest a minute after {reps}.
                """);
        Hep.write(c, "i18n/fr/hold.yaml", """
                language: fr
                title: Tenir
                notes:
                  squat: Reposez-vous une minute ensuite.
                """);
        String t = c + "/i18n/fr/hold.yaml";
        assertEquals(t + ":4:10: the note for 'squat' names no placeholder but " + c + "/hold.yaml names {reps};"
                + " name the same dose placeholders as the base, so the text never contradicts the dose printed"
                + " beside it\n" + c + "/hold.yaml:4:17: warning: 'a minute' may contradict the dose; write {rest} so"
                + " the text always says what the dose says\n" + t + ":4:23: warning: 'une minute' may contradict the"
                + " dose; write {rest} so the text always says what the dose says\n"
                + "1 problem found in 1 of 2 files, 2 warnings\n", validate(c.resolve("hold.yaml"), c.resolve("i18n")).err());
    }

    @Test
    void aLibraryFolderOfAnyNameIsCheckedAsExercisesWithTheirTranslations() {
        Path lib = dir.resolve("lib");
        Hep.write(lib, "lift.yaml", "name: Leg lift\nsteps:\n  - Lift your leg {reps}.\ndose: {sets: 3, reps: 10}\n");
        Hep.write(lib, "i18n/fr/lift.yaml", "name: Lever la jambe\nsteps:\n  - Levez la jambe {reps}.\n");
        CliRun r = validate(lib);
        assertEquals("2 files OK\n", r.err());
        assertEquals(0, r.exit());
        assertEquals("1 file OK\n", Hep.run("validate", "--library", lib.toString(), lib.resolve("i18n").toString())
                .err());

        Hep.write(lib, "i18n/fr/lift.yaml", "name: Lever la jambe\nsteps:\n  - Levez la jambe.\ntitle: Jambe\n");
        String t = lib + "/i18n/fr/lift.yaml";
        CliRun bad = validate(lib);
        assertEquals(t + ":3:5: step 1 names no placeholder but " + lib + "/lift.yaml names {reps}; name the same dose"
                + " placeholders as the base, so the text never contradicts the dose printed beside it\n"
                + t + ":4:1: unknown key 'title'\n"
                + "2 problems found in 1 of 2 files\n", bad.err(), "the translation is checked as an exercise's");
        assertEquals(1, bad.exit());
    }

    @Test
    void aProgressionThatStepsTheLoadIsTranslatedStepByStepNeverDropped() throws java.io.IOException {
        Hep.write(c, "exercises/band-row.yaml", """
                name: Band row
                steps:
                  - Pull the band {reps}.
                dose: {sets: 3, reps: 10, load: light band}
                progress:
                  load: light band -> medium band -> heavy band
                  every: 1 week
                """);
        Hep.write(c, "exercises/i18n/fr/band-row.yaml",
                "name: Tirage avec bande\nsteps:\n  - Tirez la bande {reps}.\nload: bande légère\n");
        Hep.write(c, "p.yaml", "title: P\nexercises:\n  - use: band-row\n");
        Hep.write(c, "i18n/fr/p.yaml", "language: fr\ntitle: Programme\n");
        String t = c + "/exercises/i18n/fr/band-row.yaml";
        String base = c + "/exercises/band-row.yaml";
        CliRun missing = validate(c.resolve("exercises"));
        assertEquals(t + ":1:1: missing 'progress_load': " + base + " steps the load (light band -> medium band ->"
                + " heavy band), and a handout must not mix languages; give each step in these words, the first being"
                + " 'load'\n1 problem found in 1 of 3 files\n", missing.err());
        assertEquals(1, missing.exit());
        Path pdf = dir.resolve("fr.pdf");
        CliRun refused = Hep.run("generate", c.resolve("p.yaml").toString(), "--library", c.resolve("exercises")
                .toString(), "--language", "fr", "-o", pdf.toString());
        assertEquals(1, refused.exit());
        assertEquals(List.of(t + ":1:1: missing 'progress_load': " + base + " steps the load (light band -> medium"
                + " band -> heavy band), and a handout must not mix languages; give each step in these words, the first"
                + " being 'load'"), refused.errLines());
        assertTrue(!java.nio.file.Files.exists(pdf));

        Hep.write(c, "exercises/i18n/fr/band-row.yaml", "name: Tirage avec bande\nsteps:\n  - Tirez la bande {reps}.\n"
                + "load: bande légère\nprogress_load: bande rouge -> bande forte\n");
        assertEquals(t + ":5:16: 'progress_load' has 2 steps but " + base + " has 3 (light band -> medium band ->"
                + " heavy band); translate each step, in the same order\n1 problem found in 1 of 3 files\n",
                validate(c.resolve("exercises")).err());
        Hep.write(c, "exercises/i18n/fr/band-row.yaml", "name: Tirage avec bande\nsteps:\n  - Tirez la bande {reps}.\n"
                + "load: bande légère\nprogress_load: bande rouge -> bande moyenne -> bande forte\n");
        assertEquals(t + ":5:16: step 1 of 'progress_load' is 'bande rouge' but the translated load is 'bande légère';"
                + " the first step is the dose's load, in the same words\n1 problem found in 1 of 3 files\n",
                validate(c.resolve("exercises")).err());

        Hep.write(c, "exercises/i18n/fr/band-row.yaml", "name: Tirage avec bande\nsteps:\n  - Tirez la bande {reps}.\n"
                + "load: bande légère\nprogress_load: [bande légère, bande moyenne, bande forte]\n");
        assertEquals("3 files OK\n", validate(c.resolve("exercises")).err());
        CliRun made = Hep.run("generate", c.resolve("p.yaml").toString(), "--library", c.resolve("exercises")
                .toString(), "--language", "fr", "-o", pdf.toString());
        assertEquals("", made.err());
        String text = org.hep.testing.PdfProbe.flat(org.hep.testing.PdfProbe.of(java.nio.file.Files.readAllBytes(pdf))
                .text());
        assertTrue(text.contains(org.hep.testing.PdfProbe.flat("Augmentez chaque semaine si c'est facile : bande légère → bande moyenne → bande forte")), text);
    }

    @Test
    void aPlanEntrysOwnLoadStepsAreTranslatedUnderProgressLoads() {
        Hep.write(c, "row.yaml", """
                title: Row
                exercises:
                  - use: squat
                    load: light band
                    progress:
                      load: light band -> heavy band
                      every: 2 weeks
                """);
        Hep.write(c, "i18n/fr/row.yaml", "language: fr\ntitle: Tirage\nloads:\n  squat: bande légère\n");
        String t = c + "/i18n/fr/row.yaml";
        assertEquals(t + ":1:1: missing 'progress_loads': " + c + "/row.yaml steps the load of squat in 'progress',"
                + " and a handout must not mix languages\n1 problem found in 1 of 2 files\n",
                validate(c.resolve("row.yaml"), c.resolve("i18n")).err());
        Hep.write(c, "i18n/fr/row.yaml", "language: fr\ntitle: Tirage\nloads:\n  squat: bande légère\n"
                + "progress_loads:\n  squat: bande légère -> bande forte\n");
        assertEquals("2 files OK\n", validate(c.resolve("row.yaml"), c.resolve("i18n")).err());
        CliRun json = Hep.run("summary", c.resolve("row.yaml").toString(), "--language", "fr", "--format", "json");
        assertTrue(json.stdout().contains("bande légère → bande forte"), json.stdout());
    }

    @Test
    void aPlanTranslationHasTheBaseShapeAndNotesForItsEntries() {
        Hep.write(c, "i18n/fr/knee.yaml", """
                language: fr
                title: Genou
                education:
                  - heading: De quoi s'agit-il ?
                    bullets: [Votre genou a mal.]
                  - heading: Ce qui aide
                    bullets: [Bougez.]
                notes:
                  squatt: Tenez une chaise.
                  calf-raise: Tenez un comptoir.
                advice: [Marchez chaque jour.]
                """);
        String t = c + "/i18n/fr/knee.yaml";
        String base = c + "/knee.yaml";
        String expected = t + ":1:1: missing 'condition': " + base + " has it, and a handout must not mix languages\n"
                + t + ":1:1: missing 'loads': " + base + " gives a load for calf-raise, and a handout must not mix languages\n"
                + t + ":4:5: education section 1 needs 'text': " + base + " has it, and a handout must not mix languages\n"
                + t + ":5:14: education section 1 has 'bullets' but " + base + " has none there\n"
                + t + ":7:14: education section 2 has 1 bullet but " + base + " has 2; translate each item, in the same order\n"
                + t + ":9:3: unknown key 'squatt' (did you mean 'squat'?)\n"
                + t + ":9:3: missing 'squat' in 'notes': " + base + " gives it notes, and a handout must not mix languages\n"
                + t + ":10:3: 'calf-raise' has nothing to translate here: " + base + " gives it no notes\n";
        assertEquals(expected + "8 problems found in 1 of 2 files\n", validate(c.resolve("knee.yaml"), c.resolve("i18n")).err());
        CliRun r = Hep.run("generate", c.resolve("knee.yaml").toString(), "--language", "fr", "-o",
                dir.resolve("x.pdf").toString());
        assertEquals(1, r.exit());
        assertEquals(expected, r.err(), "generate reports the same problems");
    }

    @Test
    void theLanguageFolderMustBeOneWithLabelsAndMatchTheFile() {
        Hep.write(c, "i18n/de/knee.yaml", "language: de\ntitle: Knie\n");
        Hep.write(c, "i18n/es/knee.yaml", "language: fr\ntitle: Rodilla\n");
        String de = c + "/i18n/de/knee.yaml";
        String es = c + "/i18n/es/knee.yaml";
        List<String> lines = validate(c.resolve("i18n")).errLines();
        assertEquals(de + ":1:1: translations can be printed in en, fr, es only (the languages hep has labels for);"
                + " this file is in the 'de' folder", lines.get(0));
        assertTrue(lines.contains(es + ":1:11: 'language' is 'fr' but the file is in the 'es' folder; they must match"),
                String.join("\n", lines));
    }

    @Test
    void aTranslationWithoutItsBaseIsAnError() {
        Hep.write(c, "i18n/fr/hip.yaml", "language: fr\ntitle: Hanche\n");
        assertEquals(c + "/i18n/fr/hip.yaml:1:1: no file to translate: " + c + "/hip.yaml does not exist\n"
                + "1 problem found in 1 of 1 file\n", validate(c.resolve("i18n/fr/hip.yaml")).err());
    }

    @Test
    void theBuiltInTranslationsAreValidatedWithTheLibrary() {
        CliRun r = Hep.run("validate", "plans", "templates");
        assertEquals(0, r.exit(), r.err());
    }

    private static CliRun validate(Path... paths) {
        String[] args = new String[paths.length + 1];
        args[0] = "validate";
        for (int i = 0; i < paths.length; i++) {
            args[i + 1] = paths[i].toString();
        }
        return Hep.run(args);
    }

}
