package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.TestPictures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exercise with a start and an end photo: both on the card with their captions in the plan's
 * language, each a tagged Figure with its own alt text; the start one on the plan at a glance;
 * both in the HTML and the summaries.
 */
class StartEndPicturesTest {
    @TempDir
    Path dir;

    private Path plan(String language) throws IOException {
        Files.write(dir.resolve("start.png"), TestPictures.png(solid(120, 90, 0xD02020)));
        Files.write(dir.resolve("end.png"), TestPictures.png(solid(120, 90, 0x2020D0)));
        return Files.writeString(dir.resolve("plan-" + language + ".yaml"), "title: Two pictures\nlanguage: " + language
                + "\nexercises:\n  - name: Wall squat\n    steps:\n      - Slide down the wall.\n"
                + "    image: start.png\n    image_alt: Standing with the back on a wall.\n"
                + "    image_end: end.png\n    image_end_alt: Knees bent, back still on the wall.\n");
    }

    private static BufferedImage solid(int w, int h, int rgb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }

    private byte[] pdf(Path plan) throws IOException {
        Path out = dir.resolve(plan.getFileName() + ".pdf");
        CliRun r = Hep.run("generate", plan.toString(), "--date", "2026-03-01", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        return Files.readAllBytes(out);
    }

    @Test
    void theCardShowsStartAndEndWithCaptionsAndEachIsAFigureWithItsOwnAlt() throws IOException {
        for (String[] lang : new String[][] {{"en", "Start", "End"}, {"fr", "Début", "Fin"}, {"es", "Inicio", "Final"}}) {
            try (PDDocument doc = Loader.loadPDF(pdf(plan(lang[0])))) {
                int card = cardPage(doc);
                List<Integer> drawn = drawnColours(doc.getPage(card));
                // Content flows: on page one the card follows the glance, whose thumbnail is drawn first.
                List<Integer> onCard = drawn.subList(card == 0 ? 1 : 0, drawn.size());
                assertEquals(List.of(0xD02020, 0x2020D0), onCard, "start, then end, on the card");
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(card + 1);
                text.setEndPage(card + 1);
                String page = text.getText(doc);
                assertTrue(page.contains(lang[1] + "\n" + lang[2]) || page.contains(lang[1]) && page.contains(lang[2])
                        && page.indexOf(lang[1]) < page.indexOf(lang[2]), lang[0] + ": " + page);
                List<String> tags = new ArrayList<>();
                for (PDStructureElement e : elements(doc.getDocumentCatalog().getStructureTreeRoot())) {
                    if (e.getStructureType().equals("Figure") && e.getAlternateDescription() != null
                            && !e.getAlternateDescription().startsWith("QR")) {
                        tags.add(e.getAlternateDescription());
                    }
                }
                assertEquals(List.of("Standing with the back on a wall.", "Knees bent, back still on the wall."), tags);
            }
        }
    }

    @Test
    void thePlanAtAGlanceShowsTheStartPicture() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(plan("en")))) {
            List<Integer> drawn = drawnColours(doc.getPage(0));
            // The glance comes first; the card may follow it on page one (start, then end).
            assertTrue(drawn.equals(List.of(0xD02020)) || drawn.equals(List.of(0xD02020, 0xD02020, 0x2020D0)),
                    "the glance thumbnail is the start position: " + drawn);
        }
    }

    @Test
    void htmlShowsBothCaptionedAndTheSummariesListThem() throws Exception {
        Path plan = plan("fr");
        CliRun r = Hep.run("generate", plan.toString(), "--format", "html", "-o", "-");
        assertEquals(0, r.exit(), r.err());
        Document html = Jsoup.parse(r.stdout());
        List<Element> figures = html.select("article .pictures figure");
        assertEquals(2, figures.size());
        assertEquals("Début", figures.get(0).selectFirst("figcaption").text());
        assertEquals("Fin", figures.get(1).selectFirst("figcaption").text());
        assertEquals("Standing with the back on a wall.", figures.get(0).selectFirst("img").attr("alt"));
        assertEquals("Knees bent, back still on the wall.", figures.get(1).selectFirst("img").attr("alt"));

        JsonNode json = new ObjectMapper().readTree(Hep.run("summary", plan.toString(), "--format", "json").stdout());
        JsonNode pictures = json.at("/exercises/0/pictures");
        assertEquals(2, pictures.size());
        assertEquals("photo", pictures.at("/0/kind").textValue());
        assertEquals("start", pictures.at("/0/position").textValue());
        assertEquals("Début", pictures.at("/0/caption").textValue());
        assertEquals("end", pictures.at("/1/position").textValue());
        assertEquals("Knees bent, back still on the wall.", pictures.at("/1/alt").textValue());

        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Hep.run("summary", plan.toString(), "--format", "csv").stdout())).getRecords().get(0);
        assertEquals("Standing with the back on a wall.; Knees bent, back still on the wall.", row.get("picture_alts"));
    }

    @Test
    void aClinicExerciseTranslatesBothDescriptions() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("exercises"));
        Files.write(lib.resolve("start.png"), TestPictures.png(solid(40, 30, 0xD02020)));
        Files.write(lib.resolve("end.png"), TestPictures.png(solid(40, 30, 0x2020D0)));
        Files.writeString(lib.resolve("wall-squat.yaml"), "name: Wall squat\nsteps: [Slide down the wall.]\n"
                + "image: start.png\nimage_alt: Standing on a wall.\nimage_end: end.png\nimage_end_alt: Knees bent.\n");
        Files.createDirectories(lib.resolve("i18n/fr"));
        Files.writeString(lib.resolve("i18n/fr/wall-squat.yaml"), "name: Squat au mur\nsteps: [Glissez le long du mur.]\n"
                + "image_alt: Debout contre un mur.\nimage_end_alt: Genoux pliés.\n");
        Path plan = Files.writeString(dir.resolve("wall.yaml"), "title: Wall\nexercises:\n  - use: wall-squat\n");
        Files.createDirectories(dir.resolve("i18n/fr"));
        Files.writeString(dir.resolve("i18n/fr/wall.yaml"), "language: fr\ntitle: Mur\n");
        CliRun r = Hep.run("generate", plan.toString(), "--language", "fr", "--library", lib.toString(), "--format", "html",
                "-o", "-");
        assertEquals(0, r.exit(), r.err());
        List<String> alts = Jsoup.parse(r.stdout()).select("article img").eachAttr("alt");
        assertEquals(List.of("Debout contre un mur.", "Genoux pliés."), alts);
    }

    @Test
    void anEndPictureNeedsAStartPictureAndItsOwnAlt() throws Exception {
        Files.write(dir.resolve("end.png"), TestPictures.png(solid(20, 20, 0x2020D0)));
        assertProblem("image_end: end.png\nimage_end_alt: Knees bent.\n",
                "3:12: 'image_end' is the end position: it needs 'image' for the start position");
        Files.write(dir.resolve("start.png"), TestPictures.png(solid(20, 20, 0xD02020)));
        assertProblem("image: start.png\nimage_alt: Standing.\nimage_end: end.png\n",
                "5:12: 'image_end' needs 'image_end_alt': a short description for screen readers");
        assertProblem("image: start.png\nimage_alt: Standing.\nimage_end_alt: Knees bent.\n",
                "5:16: 'image_end_alt' describes 'image_end', which is missing");
        assertProblem("image: start.png\nimage_alt: Standing.\nimage_end: missing.png\nimage_end_alt: Knees bent.\n",
                "5:12: image_end file not found: missing.png");
        assertProblem("figure:\n  layout: start-and-end\n  poses: {start: standing, end: {knee: 20}}\n",
                "4:11: 'layout' must be overlay or side-by-side or start-end, found 'start-and-end'");
    }

    private void assertProblem(String keys, String expected) throws Exception {
        Path file = dir.resolve("move.yaml");
        Files.writeString(file, "name: Move\nsteps: [Move.]\n" + keys);
        CliRun r = Hep.run("validate", file.toString());
        assertEquals(file + ":" + expected + "\n1 problem found in 1 of 1 file\n", r.err());
        assertEquals(1, r.exit());
    }

    /** The index of the page that holds the exercise card (its steps). */
    private static int cardPage(PDDocument doc) throws IOException {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDFTextStripper t = new PDFTextStripper();
            t.setStartPage(i + 1);
            t.setEndPage(i + 1);
            if (t.getText(doc).contains("Slide down the wall.")) {
                return i;
            }
        }
        throw new AssertionError("no card");
    }

    /** The colour of each picture drawn on the page, in drawing order (the test photos are one colour each). */
    private static List<Integer> drawnColours(PDPage page) throws IOException {
        List<Integer> out = new ArrayList<>();
        PDFStreamEngine engine = new PDFStreamEngine() {
            {
                addOperator(new DrawObject(this) {
                    @Override
                    public void process(Operator operator, List<COSBase> operands) throws IOException {
                        if (!operands.isEmpty() && operands.get(0) instanceof COSName name
                                && getContext().getResources().getXObject(name) instanceof PDImageXObject img) {
                            BufferedImage pixels = img.getImage();
                            out.add(pixels.getRGB(pixels.getWidth() / 2, pixels.getHeight() / 2) & 0xFFFFFF);
                        }
                    }
                });
            }
        };
        engine.processPage(page);
        return out;
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
