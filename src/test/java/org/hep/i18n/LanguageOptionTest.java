package org.hep.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --language}: a handout, summary, card or list in one language from end to end, or a clear refusal. */
class LanguageOptionTest {
    @TempDir
    Path dir;

    @Test
    void aBuiltInPlanPrintsInFrench() {
        PdfProbe pdf = Hep.generate(dir, "neck-pain", "--language", "fr", "--date", "2026-03-01");
        assertEquals("fr", pdf.language());
        assertEquals("Mal au cou", pdf.title());
        pdf.assertInOrder(List.of("Mal au cou", "Cervicalgie commune", "1 mars 2026", "Votre programme d’un coup d’œil",
                "Semaine 1", "Semaine 2", "Douleur 0–10", "De quoi s'agit-il", "Vos exercices", "Rentrer le menton",
                "Glissez doucement le menton", "Note de votre thérapeute", "Gardez les yeux à l'horizontale"));
        // The advice follows the exercises, or fills the gap the first card leaves when it moves to a fresh page.
        assertTrue(pdf.text().contains("Conseils et quand arrêter"), pdf.text());
        assertTrue(pdf.page(1).contains("Une question\u202f? Un appel à la clinique, et on vous aide."), pdf.page(1));
        assertFalse(pdf.text().contains("Slide your chin"), "no English step");
    }

    @Test
    void englishAndUpperCaseAreAccepted() {
        assertEquals("Neck Pain", Hep.generate(dir, "neck-pain", "--language", "en").title());
        assertEquals("fr", Hep.generate(dir, "neck-pain", "--language", "FR").language());
    }

    @Test
    void aLanguageWithoutLabelsIsAUsageError() {
        CliRun r = Hep.run("generate", "neck-pain", "--language", "de", "-o", dir.resolve("x.pdf").toString());
        assertEquals(2, r.exit());
        assertEquals("hep: --language: must be en, fr or es, found 'de'\n", r.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void aPlanWithoutThatTranslationIsRefusedNamingTheLanguagesItHas() {
        Path plan = Hep.write(dir, "knee.yaml", "title: Knee\nexercises:\n  - use: squat\n");
        CliRun r = Hep.run("generate", plan.toString(), "--language", "fr", "-o", dir.resolve("x.pdf").toString());
        assertEquals(2, r.exit());
        assertEquals("hep: --language: " + plan + " has no French (fr) translation; it is available in English (en)\n",
                r.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void aClinicPlanTakesItsTranslationFromBesideIt() {
        Path plan = Hep.write(dir, "knee.yaml", """
                title: Knee
                exercises:
                  - use: squat
                    notes: Hold a chair.
                advice: [Walk every day.]
                """);
        Hep.write(dir, "i18n/fr/knee.yaml", """
                language: fr
                title: Genou
                notes:
                  squat: Tenez une chaise.
                advice: [Marchez chaque jour.]
                """);
        PdfProbe pdf = Hep.generate(dir, plan.toString(), "--language", "fr");
        assertEquals("Genou", pdf.title());
        pdf.assertInOrder(List.of("Genou", "Flexion des jambes", "Tenez une chaise."));
        assertTrue(pdf.text().contains("Marchez chaque jour."), pdf.text());
        assertEquals("Knee", Hep.generate(dir, plan.toString()).title(), "without --language, the plan's own");
    }

    @Test
    void aPlanWrittenInFrenchPrintsBuiltInExercisesInFrench() {
        Path plan = Hep.write(dir, "genou.yaml", "title: Genou\nlanguage: fr\nexercises:\n  - use: squat\n");
        PdfProbe pdf = Hep.generate(dir, plan.toString());
        pdf.assertInOrder(List.of("Flexion des jambes", "Pliez les genoux"));
        assertFalse(pdf.text().contains("Bend your knees"), pdf.text());
    }

    @Test
    void aClinicExerciseWithoutTheTranslationIsRefused() {
        Path lib = dir.resolve("exercises");
        Hep.write(lib, "squat.yaml", "name: Chair squat\nsteps: [Sit down., Stand up.]\n");
        CliRun r = Hep.run("generate", "neck-pain", "--only", "chin-tuck", "--language", "fr", "--library", lib.toString(),
                "-o", dir.resolve("x.pdf").toString());
        assertEquals(0, r.exit(), "an exercise the handout does not print needs no translation: " + r.err());
        r = Hep.run("summary", "it-band-syndrome", "--language", "fr", "--library", lib.toString());
        assertEquals(2, r.exit());
        assertEquals("hep: --language: no French (fr) translation of " + lib.resolve("squat.yaml") + " (add "
                + lib.resolve("i18n/fr/squat.yaml") + ")\n", r.err());
    }

    @Test
    void anExerciseWrittenInsideThePlanCannotBeTranslated() {
        Path plan = Hep.write(dir, "wall.yaml", "title: Wall\nexercises:\n  - name: Wall push\n    steps: [Push.]\n");
        Hep.write(dir, "i18n/fr/wall.yaml", "language: fr\ntitle: Mur\n");
        CliRun r = Hep.run("summary", plan.toString(), "--language", "fr");
        assertEquals(2, r.exit());
        assertEquals("hep: --language: no French (fr) translation of exercise 'Wall push' of " + plan
                + " (written inside the plan: move it to an exercise file in a --library folder, with"
                + " i18n/fr/exercise-1.yaml beside it)\n", r.err());
    }

    @Test
    void summaryAndShowSpeakTheLanguage() throws Exception {
        CliRun r = Hep.run("summary", "neck-pain", "--language", "fr", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("fr", json.get("language").textValue());
        assertEquals("Mal au cou", json.get("title").textValue());
        r = Hep.run("show", "squat", "--language", "fr");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().startsWith("Flexion des jambes\n   Renforce vos cuisses"), r.stdout());
        assertTrue(r.stdout().contains("3 séries de 10 à 20 répétitions"), r.stdout());
        // French punctuation as the PDF prints it: a no-break space before the colon.
        assertTrue(r.stdout().contains("Position de départ\u00a0: Tenez-vous droit"), r.stdout());
    }

    @Test
    void showFindsAnExerciseByItsTranslatedAlias() {
        CliRun r = Hep.run("show", "s'asseoir et se lever", "--language", "fr");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().startsWith("Flexion des jambes\n"), r.stdout());
    }

    @Test
    void showRefusesAnExerciseWithoutTheTranslation() {
        Path lib = dir.resolve("exercises");
        Hep.write(lib, "reach.yaml", "name: Reach\nsteps: [Reach up.]\n");
        CliRun r = Hep.run("show", "reach", "--language", "fr", "--library", lib.toString());
        assertEquals(2, r.exit());
        assertEquals("hep: --language: " + lib.resolve("reach.yaml") + " has no French (fr) translation (add "
                + lib.resolve("i18n/fr/reach.yaml") + ")\n", r.err());
    }

    @Test
    void listShowsWhatIsAvailableInTheLanguageInItsWords() {
        Path lib = dir.resolve("exercises");
        Hep.write(lib, "reach.yaml", "name: Reach\nregion: [shoulder]\nsteps: [Reach up.]\n");
        CliRun r = Hep.run("list", "plans", "--language", "fr", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().contains("\nneck-pain,Mal au cou,"), r.stdout());
        r = Hep.run("list", "exercises", "--language", "fr", "--region", "shoulder", "--library", lib.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().matches("(?s).*\\npendulum +Pendule +shoulder\\n.*"), r.stdout());
        assertFalse(r.stdout().contains("reach"), "an exercise without a French translation is not listed");
        r = Hep.run("list", "templates", "--language", "fr");
        assertEquals(2, r.exit());
        assertEquals("hep: --language applies to plans and exercises, not templates\n", r.err());
    }

    /** French prints one apostrophe, the typographic one, whether a text was typed with it or not. */
    @Test
    void frenchPrintsOneKindOfApostrophe() throws Exception {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--language", "fr", "--date", "2026-03-01");
        String text = pdf.text();
        assertTrue(text.contains("De quoi s\u2019agit-il"), text);
        assertTrue(text.contains("d\u2019un coup d\u2019\u0153il"), text);
        assertFalse(java.util.regex.Pattern.compile("\\p{L}'\\p{L}").matcher(text).find(),
                "a straight apostrophe between letters: " + text);
        Path html = dir.resolve("fr.html");
        assertEquals(0, Hep.run("generate", "it-band-syndrome", "--language", "fr", "-o", html.toString()).exit());
        assertTrue(java.nio.file.Files.readString(html).contains("s\u2019agit-il"));
        // Quotation marks are left alone, and English keeps what it was written with.
        assertEquals("\u2019", org.hep.compose.Glue.of(org.hep.model.Language.FR).apply("l'eau").substring(1, 2));
        assertEquals("'oui'", org.hep.compose.Glue.of(org.hep.model.Language.FR).apply("'oui'"));
        assertEquals("don't", org.hep.compose.Glue.of(org.hep.model.Language.EN).apply("don't"));
        // An address keeps what a patient must type.
        String address = "Voir fr.example.org/wiki/l'épaule ou écrire à j'ai@example.org";
        assertEquals(address, org.hep.compose.Glue.of(org.hep.model.Language.FR).apply(address));
    }

    @Test
    void aClinicsOwnTemplateWordsPrintAsWrittenAndTheSampleWordsInTheLanguage() {
        Path branded = Hep.write(dir, "branded.yaml", """
                extends: standard
                clinic:
                  name: Physio Nord
                footer: Une question ? 514-555-0199
                """);
        PdfProbe pdf = Hep.generate(dir, "neck-pain", "--language", "fr", "--template", branded.toString());
        assertTrue(pdf.page(1).contains("Physio Nord"), pdf.page(1));
        // As written, with French spacing: a narrow no-break space keeps the question mark on its line.
        assertTrue(pdf.page(1).contains("Une question\u202f? 514-555-0199"), pdf.page(1));
        assertFalse(pdf.text().contains("rue Principale"), "no invented sample address: " + pdf.page(1));
        assertFalse(pdf.text().contains("Main Street"), pdf.text());
    }
}
