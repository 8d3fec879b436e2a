package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hep.app.Generator;
import org.hep.app.HandoutRequest;
import org.hep.dose.DoseOverrides;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.load.Source;
import org.hep.model.HandoutDetails;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Every handout hep can write is checked by veraPDF as PDF/UA-1 (accessible) and PDF/A-2b
 * (archivable): each built-in plan in each built-in template, plus plans with pictures,
 * a video QR code and text in several scripts.
 */
class ConformanceTest {
    private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_B);
    private static final LocalDate DATE = LocalDate.of(2026, 3, 14);

    @TempDir
    static Path dir;

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @TestFactory
    Stream<DynamicTest> builtInPlansInEveryTemplate() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String plan : BuiltIns.list("plans")) {
            for (String template : BuiltIns.list("templates")) {
                String t = Library.stem(template);
                tests.add(check(Library.stem(plan) + " in " + t,
                        () -> generate(BuiltIns.source("plans/" + plan), t, new HandoutDetails(null, null, DATE, null))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> plansWithPicturesVideoAndManyScripts() throws IOException {
        Path pictures = picturesPlan();
        Path scripts = write("scripts.yaml", """
                title: Genou — exercices à la maison
                language: fr
                condition: Douleur fémoro-patellaire
                education:
                  - heading: Ce qu'il faut savoir
                    text: |
                      Le genou est souvent sensible à l'effort. Ça va mieux avec des exercices réguliers.

                      Po polsku: zażółć gęślą jaźń. Ελληνικά: γόνατο και πόνος. По-русски: колено и боль.
                    bullets:
                      - Évitez les mouvements brusques.
                      - Ćwicz powoli i bez bólu.
                exercises:
                  - name: Élévation de la jambe tendue
                    steps: [Allongez-vous sur le dos., Levez la jambe tendue., Redescendez lentement.]
                    cues: [Gardez le dos à plat.]
                    cautions: [Arrêtez si la douleur est vive.]
                    sets: 3
                    reps: "8-12"
                    sides: each
                advice:
                  - Appelez la clinique si le genou gonfle.
                """);
        HandoutDetails details = new HandoutDetails("Zoë Łukasiewicz-Παπαδοπούλου", "Андрей Ferrand", DATE,
                "Faites les exercices après la marche.");
        List<String> templates = new ArrayList<>(BuiltIns.list("templates").stream().map(Library::stem).toList());
        String clinic = clinicTemplate().toString();
        templates.add(clinic);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(check("it-band-syndrome in a clinic template",
                () -> generate(BuiltIns.source("plans/it-band-syndrome.yaml"), clinic, details)));
        for (String t : templates) {
            tests.add(check("pictures and video in " + t, () -> generate(Source.file(pictures), t, details)));
            tests.add(check("French, Polish, Greek and Cyrillic text in " + t,
                    () -> generate(Source.file(scripts), t, details)));
        }
        return tests.stream();
    }

    /** Guards the check itself: the same handout without its document language must be refused. */
    @Test
    void theCheckRefusesAHandoutWithoutALanguage() throws Exception {
        byte[] good = generate(Source.file(picturesPlan()), "standard", new HandoutDetails(null, null, DATE, null));
        byte[] bad;
        try (PDDocument doc = Loader.loadPDF(good)) {
            doc.getDocumentCatalog().setLanguage(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            bad = out.toByteArray();
        }
        assertEquals(List.of(), failedRules(good, PDFAFlavour.PDFUA_1));
        assertEquals(List.of("7.2-22", "7.2-33", "7.2-34"),
                failedRules(bad, PDFAFlavour.PDFUA_1).stream().map(Failure::rule).toList());
    }

    /** A plan with a JPEG photo, a PNG drawing with see-through parts, and a video link. */
    private static Path picturesPlan() throws IOException {
        BufferedImage photo = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        BufferedImage drawing = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB); // with see-through parts
        for (BufferedImage img : List.of(photo, drawing)) {
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(30, 120, 200));
            g.fillOval(5, 5, 50, 30);
            g.dispose();
        }
        ImageIO.write(photo, "jpg", dir.resolve("photo.jpg").toFile());
        ImageIO.write(drawing, "png", dir.resolve("drawing.png").toFile());
        return write("pictures.yaml", """
                title: Knee plan with pictures
                exercises:
                  - name: Wall squat
                    steps: [Lean on a wall., Bend your knees a little., Stand back up.]
                    image: photo.jpg
                    image_alt: A person leans on a wall with bent knees.
                    video: https://example.org/videos/wall-squat
                    sets: 3
                    reps: 10
                  - name: Heel raise
                    steps: [Stand tall., Rise onto your toes., Lower slowly.]
                    image: drawing.png
                    image_alt: A drawing of a foot up on its toes.
                    sides: each
                    hold: 5
                """);
    }

    /** A clinic's own template: A4, its logo (a PNG with see-through parts) and its own font file. */
    private static Path clinicTemplate() throws IOException {
        try (InputStream font = ConformanceTest.class.getResourceAsStream("/hep/fonts/DejaVuSans-Oblique.ttf")) {
            Files.copy(font, dir.resolve("clinic.ttf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return write("clinic.yaml", """
                extends: standard
                page: a4
                font: clinic.ttf
                clinic:
                  name: Côte-Nord Physio
                  phone: 555-0199
                  logo: drawing.png
                footer: Des questions ? Appelez-nous.
                """);
    }

    private static Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    }

    private static byte[] generate(Source source, String template, HandoutDetails details) {
        HandoutRequest request = new HandoutRequest(template, null, details, DoseOverrides.NONE, List.of());
        return Generator.generate(source, Library.builtIn(), request).pdf();
    }

    private interface Pdf {
        byte[] make() throws Exception;
    }

    private static DynamicTest check(String name, Pdf pdf) {
        return DynamicTest.dynamicTest(name, () -> {
            byte[] bytes = pdf.make();
            List<Failure> failures = new ArrayList<>();
            for (PDFAFlavour flavour : FLAVOURS) {
                failures.addAll(failedRules(bytes, flavour));
            }
            if (!failures.isEmpty()) {
                fail(name + " breaks " + failures.size() + " veraPDF rule(s):\n  "
                        + String.join("\n  ", failures.stream().map(Failure::toString).toList()));
            }
        });
    }

    /** A broken veraPDF rule: clause-test ("7.1-3"), how often, and what the rule asks. */
    private record Failure(PDFAFlavour flavour, String rule, int count, String description) {
        @Override
        public String toString() {
            return flavour.getId() + " " + rule + " ×" + count + ": " + description;
        }
    }

    private static List<Failure> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<Failure> failures = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                RuleId id = e.getKey();
                Rule rule = validator.getProfile().getRuleByRuleId(id);
                failures.add(new Failure(flavour, id.getClause() + "-" + id.getTestNumber(), e.getValue(),
                        rule == null ? "" : rule.getDescription()));
            }
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add(new Failure(flavour, "none", 0, "not compliant: " + result.getJobEndStatus()));
            }
            failures.sort(Comparator.comparing(Failure::rule));
            return failures;
        }
    }
}
