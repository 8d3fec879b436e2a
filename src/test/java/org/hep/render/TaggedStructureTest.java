package org.hep.render;

import static org.hep.render.SampleHandouts.PLAIN;
import static org.hep.render.SampleHandouts.generate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What readers and assistive tools see beyond what veraPDF requires. */
class TaggedStructureTest {
    @TempDir
    Path dir;

    @Test
    void headerAndCatalogBothSayPdf17() throws Exception {
        byte[] pdf = generate(new SampleHandouts(dir).pictures(), "standard", PLAIN);
        assertEquals("%PDF-1.7", new String(Arrays.copyOf(pdf, 8), StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("1.7", doc.getDocumentCatalog().getVersion());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
        }
    }

    @Test
    void picturesAndQrCodeAreFiguresWithAltTextAndABoxOnThePage() throws Exception {
        byte[] pdf = generate(new SampleHandouts(dir).pictures(), "standard", PLAIN);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> figures = new ArrayList<>();
            PDRectangle page = doc.getPage(0).getMediaBox();
            for (PDStructureElement e : elements(doc.getDocumentCatalog().getStructureTreeRoot())) {
                if (e.getStructureType().equals("Figure")) {
                    PDLayoutAttributeObject layout = (PDLayoutAttributeObject) e.getAttributes().getObject(0);
                    PDRectangle box = layout.getBBox();
                    assertTrue(box.getWidth() > 0 && box.getUpperRightX() <= page.getWidth()
                            && box.getUpperRightY() <= page.getHeight(), e.getAlternateDescription());
                    figures.add(e.getAlternateDescription());
                }
            }
            assertEquals(List.of("A person leans on a wall with bent knees.",
                    "QR code linking to the video for Wall squat", "A drawing of a foot up on its toes."), figures);
        }
    }

    @Test
    void theLogHasAHeaderRowAndOneBodyRowPerExerciseAndOneForPain() throws Exception {
        byte[] pdf = generate(new SampleHandouts(dir).pictures(), "standard", PLAIN);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDStructureElement table = elements(doc.getDocumentCatalog().getStructureTreeRoot()).stream()
                    .filter(e -> e.getStructureType().equals("Table")).findFirst().orElseThrow();
            List<String> parts = new ArrayList<>();
            for (Object kid : table.getKids()) {
                PDStructureElement part = (PDStructureElement) kid;
                parts.add(part.getStructureType() + "×" + part.getKids().size());
            }
            // The first table is the plan at a glance, which is the log: a row per exercise (two), then the pain row.
            assertEquals(List.of("THead×1", "TBody×3"), parts);
        }
    }

    @Test
    void withoutTheTitleTheHeadingOutlineStillStartsAtH1() throws Exception {
        SampleHandouts samples = new SampleHandouts(dir);
        byte[] pdf = generate(samples.pictures(), samples.reorderedTemplates().get(0), PLAIN);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> headings = elements(doc.getDocumentCatalog().getStructureTreeRoot()).stream()
                    .map(PDStructureElement::getStructureType).filter(t -> t.matches("H\\d")).toList();
            assertEquals(List.of("H1", "H2", "H2", "H1", "H1"), headings);
        }
    }

    /** Every structure element, in reading order. */
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
