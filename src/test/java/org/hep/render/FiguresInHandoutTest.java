package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The IT band handout shows its three exercises' start and end positions as drawn figures, tagged for screen readers. */
class FiguresInHandoutTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"standard", "large-print", "compact"})
    void eachExerciseHasATaggedFigureWithAltTextAndABox(String template) throws Exception {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", template, "--date", "2026-03-01");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            List<String> alts = new ArrayList<>();
            for (PDStructureElement e : elements(doc.getDocumentCatalog().getStructureTreeRoot())) {
                if (e.getStructureType().equals("Figure")) {
                    PDRectangle box = ((PDLayoutAttributeObject) e.getAttributes().getObject(0)).getBBox();
                    assertTrue(box.getWidth() > 40 && box.getHeight() > 40, "a figure a reader can see: " + box);
                    alts.add(e.getAlternateDescription());
                }
            }
            assertEquals(List.of(
                    "Start position of Squat: A person stands with a chair behind, then bends the knees and pushes the"
                            + " hips back as if to sit.",
                    "End position of Squat.",
                    "Start position of Forward lunge: A person steps one foot forward and bends both knees, the back knee"
                            + " lowering toward the floor.",
                    "End position of Forward lunge.",
                    "Start position of Side-lying leg raise: A person lies on one side with legs straight and raises the"
                            + " top leg.",
                    "End position of Side-lying leg raise."), alts);
        }
    }

    @org.junit.jupiter.api.Test
    void aFrenchHandoutDescribesItsFiguresInFrench() throws Exception {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--language", "fr", "--date", "2026-03-01");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            List<String> alts = elements(doc.getDocumentCatalog().getStructureTreeRoot()).stream()
                    .filter(e -> e.getStructureType().equals("Figure")).map(PDStructureElement::getAlternateDescription)
                    .toList();
            assertEquals(6, alts.size(), alts.toString());
            assertEquals("Position de départ de Flexion des jambes : Une personne debout, une chaise derrière elle, plie"
                    + " les genoux et pousse les fesses en arrière comme pour s'asseoir.", alts.get(0));
            // The start picture told the whole move; the end one says which it is.
            assertEquals("Position finale de Flexion des jambes.", alts.get(1));
        }
    }

    /** A clinic's own figure without alt text: the words come from its poses, in the plan's language. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "en"})
    void aClinicFigureWithoutAltIsDescribedInThePlansLanguage(String language) throws Exception {
        Path plan = java.nio.file.Files.writeString(dir.resolve("plan-" + language + ".yaml"), "title: Plan\nlanguage: "
                + language + "\nexercises:\n  - name: Squat\n    steps: [Bend.]\n    figure:\n      props: [chair]\n"
                + "      poses:\n        start: standing\n        end: {knee: 60, hip: 50}\n");
        PdfProbe pdf = Hep.generate(dir, plan.toString(), "--date", "2026-03-01");
        String alt;
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            alt = elements(doc.getDocumentCatalog().getStructureTreeRoot()).stream()
                    .filter(e -> e.getStructureType().equals("Figure")).map(PDStructureElement::getAlternateDescription)
                    .findFirst().orElseThrow();
        }
        assertEquals(switch (language) {
            case "fr" -> "Image de Squat : debout, puis les genoux et les hanches bougent. Avec une chaise.";
            case "es" -> "Imagen de Squat: de pie, luego las rodillas y las caderas se mueven. Con una silla.";
            default -> "Picture of Squat: standing, then the knees and the hips move. With a chair.";
        }, alt);
        org.hep.testing.CliRun html = Hep.run("generate", plan.toString(), "--format", "html", "-o", "-");
        assertEquals(alt, org.jsoup.Jsoup.parse(html.stdout()).selectFirst("article svg title").text(), "the HTML says the same");
    }

    @ParameterizedTest
    @ValueSource(strings = {"standard", "large-print", "compact"})
    void theHandoutWithFiguresStaysUnder80KB(String template) {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", template, "--date", "2026-03-01");
        assertTrue(pdf.bytes().length < 80 * 1024, template + ": " + pdf.bytes().length + " bytes");
    }

    private static List<PDStructureElement> elements(PDStructureNode node) {
        List<PDStructureElement> out = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                out.addAll(elements(e));
            }
        }
        return out;
    }
}
