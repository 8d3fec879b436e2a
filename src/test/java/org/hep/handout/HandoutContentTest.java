package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hep.dose.DoseOverrides;
import org.hep.dose.DoseResolver;
import org.hep.dose.DosedExercise;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.model.Exercise;
import org.hep.model.Plan;
import org.hep.model.PlanEntry;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a patient finds in a handout: every step and cue, page numbers, their details, metadata. */
class HandoutContentTest {
    @TempDir
    Path dir;

    private static Plan itBand() {
        return PlanLoader.load(BuiltIns.source("plans/it-band-syndrome.yaml"), "it-band-syndrome", Library.builtIn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"standard", "large-print", "compact"})
    void everyStepAndCueOfTheItBandPlanIsPrintedInOrder(String template) {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", template, "--date", "2026-03-01");
        List<String> expected = new ArrayList<>();
        Plan plan = itBand();
        assertEquals(3, plan.entries().size());
        for (DosedExercise e : DoseResolver.resolve(plan, DoseOverrides.NONE).exercises()) {
            Exercise ex = e.exercise();
            expected.add(ex.name());
            expected.addAll(ex.steps());
            expected.addAll(ex.cues());
        }
        pdf.assertInOrder(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"standard", "large-print", "compact"})
    void everyPageSaysPageXOfY(String template) {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", template, "--date", "2026-03-01");
        int n = pdf.pageCount();
        assertTrue(n >= 2, "the IT band handout takes more than one page, got " + n);
        for (int i = 1; i <= n; i++) {
            String page = PdfProbe.flat(pdf.page(i));
            assertTrue(page.contains(PdfProbe.flat("Page " + i + " of " + n)), "page " + i + ": " + pdf.page(i));
            for (int j = 1; j <= n + 1; j++) {
                if (j != i) {
                    assertFalse(page.contains(PdfProbe.flat("Page " + j + " of")), "page " + i + " also says page " + j);
                }
            }
        }
        // "Page 1 of N+1" and not just "of N+1": "3 sets of 10–20" must not count as a page label.
        assertFalse(PdfProbe.flat(pdf.text()).contains(PdfProbe.flat("Page 1 of " + (n + 1))));
    }

    @Test
    void textCopiesAsTypedWithoutLigatureCharacters() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01");
        assertTrue(pdf.text().contains("The area feels stiff, or it burns."), pdf.text());
        // The extracted text is normalised; each glyph's own Unicode value is what other readers copy.
        List<String> ligatures = pdf.glyphs().stream().map(PdfProbe.Glyph::text)
                .filter(t -> t.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06)).toList();
        assertEquals(List.of(), ligatures, "ﬀ/ﬁ/ﬂ ligature glyphs copy as one odd character");
    }

    @Test
    void largePrintTakesMorePagesThanCompact() {
        int large = Hep.generate(dir, "it-band-syndrome", "--template", "large-print", "--date", "2026-03-01").pageCount();
        int compact = Hep.generate(dir, "it-band-syndrome", "--template", "compact", "--date", "2026-03-01").pageCount();
        assertTrue(large > compact, "large-print " + large + " pages, compact " + compact);
    }

    @Test
    void patientTherapistDateAndNotesAreOnPageOne() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--patient", "Ana Lopez", "--therapist", "Sam Ortiz",
                "--date", "2026-03-01", "--notes", "Start gently this week.");
        String one = PdfProbe.flat(pdf.page(1));
        assertTrue(one.contains(PdfProbe.flat("Patient: Ana Lopez")), pdf.page(1));
        assertTrue(one.contains(PdfProbe.flat("Therapist: Sam Ortiz")), pdf.page(1));
        assertTrue(one.contains(PdfProbe.flat("Date: March 1, 2026")), pdf.page(1));
        assertTrue(one.contains(PdfProbe.flat("Notes: Start gently this week.")), pdf.page(1));
    }

    @Test
    void noPatientOrTherapistLabelsWhenNotGiven() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01");
        String all = pdf.text();
        assertFalse(all.contains("Patient:"), all);
        assertFalse(all.contains("Therapist:"), all);
        assertFalse(all.contains("Notes:"), all);
        assertTrue(PdfProbe.flat(pdf.page(1)).contains(PdfProbe.flat("Date: March 1, 2026")), pdf.page(1));
        // A name of invisible characters (a no-break space, a zero-width space) is no name: no blank label.
        all = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01", "--patient", "\u00A0\u200B",
                "--therapist", "\u2060").text();
        assertFalse(all.contains("Patient:"), all);
        assertFalse(all.contains("Therapist:"), all);
    }

    @Test
    void onlyThePatientWhenOnlyThePatientIsGiven() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--patient", "Ana Lopez", "--date", "2026-03-01");
        assertTrue(PdfProbe.flat(pdf.page(1)).contains(PdfProbe.flat("Patient: Ana Lopez")));
        assertFalse(pdf.text().contains("Therapist:"));
    }

    @Test
    void metadataHasTitleLanguageAndTheTherapistAsAuthorWhenNoClinicIsNamed() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01", "--therapist", "Sam Lee");
        assertEquals("IT Band Syndrome", pdf.title());
        assertEquals("en", pdf.language());
        assertEquals("Sam Lee", pdf.author());
    }

    @Test
    void theDefaultTemplateInventsNoClinic() {
        for (String template : List.of("standard", "large-print", "compact")) {
            String text = Hep.generate(dir, "it-band-syndrome", "--template", template, "--date", "2026-03-01").text();
            for (String invented : List.of("Your Clinic Name", "123 Main Street", "555-0100", "example.org")) {
                assertFalse(text.contains(invented), template + " prints an invented '" + invented + "'");
            }
        }
    }

    @Test
    void theClinicPhoneIsInTheFooterOfEveryPage() {
        Path template = Hep.write(dir, "harbour.yaml", """
                extends: standard
                clinic:
                  name: Harbour Physio
                  phone: 416-555-0199
                """);
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", template.toString(), "--date", "2026-03-01");
        for (int i = 1; i <= pdf.pageCount(); i++) {
            assertTrue(PdfProbe.flat(pdf.page(i)).contains(PdfProbe.flat("Questions? Call your clinic. · 416-555-0199")),
                    "page " + i + ": " + pdf.page(i));
        }
    }

    @Test
    void authorComesFromABrandedTemplateAndLanguageFromThePlan() {
        Path template = Hep.write(dir, "northside.yaml", """
                extends: standard
                clinic:
                  name: Northside Physio
                """);
        Path plan = Hep.write(dir, "genou.yaml", """
                title: Exercices pour le genou
                language: fr
                exercises:
                  - use: squat
                """);
        PdfProbe pdf = Hep.generate(dir, plan.toString(), "--template", template.toString(), "--date", "2026-03-01");
        assertEquals("Exercices pour le genou", pdf.title());
        assertEquals("fr", pdf.language());
        assertEquals("Northside Physio", pdf.author());
        assertTrue(pdf.page(1).contains("Northside Physio"), pdf.page(1));
    }
}
