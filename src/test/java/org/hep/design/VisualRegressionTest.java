package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hep.app.Generator;
import org.hep.app.HandoutRequest;
import org.hep.dose.DoseOverrides;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.load.Source;
import org.hep.model.HandoutDetails;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders chosen pages of reference handouts and compares them with committed PNGs
 * (src/test/resources/visual/). A page may differ in at most 0.5% of its pixels (anti-aliasing
 * across JDKs); on failure the actual page and a red diff image go to target/visual-diff/.
 * Refresh on purpose after a design change:
 * {@code mvn -B test -Dtest=VisualRegressionTest -Dhep.visual.update=true}, then look at the PNGs.
 */
class VisualRegressionTest {
    private static final Path REFERENCES = Path.of("src/test/resources/visual");
    private static final Path DIFFS = Path.of("target/visual-diff");
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/visual");
    private static final float DPI = 50f;
    private static final double TOLERANCE = 0.005;

    static Stream<Arguments> pages() {
        return Stream.of(
                // Page one (with the plan at a glance, which is the log), a card with its dose strip, and the
                // last page (a card, the advice, the disclaimer).
                Arguments.of("it-band-standard", "builtin:it-band-syndrome", "standard", 0),
                Arguments.of("it-band-standard", "builtin:it-band-syndrome", "standard", 2),
                Arguments.of("it-band-standard", "builtin:it-band-syndrome", "standard", 3),
                // Large print: the education, cards, and the plan at a glance (the log) on the last page.
                Arguments.of("it-band-large-print", "builtin:it-band-syndrome", "large-print", 0),
                Arguments.of("it-band-large-print", "builtin:it-band-syndrome", "large-print", 1),
                Arguments.of("it-band-large-print", "builtin:it-band-syndrome", "large-print", 2),
                Arguments.of("it-band-large-print", "builtin:it-band-syndrome", "large-print", 3),
                Arguments.of("it-band-large-print", "builtin:it-band-syndrome", "large-print", 6),
                Arguments.of("it-band-compact", "builtin:it-band-syndrome", "compact", 0),
                Arguments.of("it-band-compact", "builtin:it-band-syndrome", "compact", 1),
                Arguments.of("picture-clinic", "picture-plan.yaml", FIXTURES.resolve("clinic.yaml").toString(), 0),
                Arguments.of("picture-clinic", "picture-plan.yaml", FIXTURES.resolve("clinic.yaml").toString(), 1));
    }

    @ParameterizedTest(name = "{0} page {3}")
    @MethodSource("pages")
    void pageLooksLikeTheReference(String name, String plan, String template, int page) throws IOException {
        BufferedImage actual = render(plan, template, page);
        Path reference = REFERENCES.resolve(name + "-p" + (page + 1) + ".png");
        if (Boolean.getBoolean("hep.visual.update") || !Files.exists(reference)) {
            Files.createDirectories(REFERENCES);
            ImageIO.write(actual, "png", reference.toFile());
            if (!Boolean.getBoolean("hep.visual.update")) {
                fail("no reference for " + reference + "; wrote one — look at it and commit it");
            }
            return;
        }
        BufferedImage expected = ImageIO.read(reference.toFile());
        double differing = compare(expected, actual, name + "-p" + (page + 1));
        assertTrue(differing <= TOLERANCE, String.format(
                "%s page %d differs from its reference in %.2f%% of pixels (allowed %.2f%%); see %s",
                name, page + 1, differing * 100, TOLERANCE * 100, DIFFS.toAbsolutePath()));
    }

    static BufferedImage render(String plan, String template, int page) throws IOException {
        Source source = plan.startsWith("builtin:")
                ? BuiltIns.source("plans/" + plan.substring(8) + ".yaml")
                : Source.file(FIXTURES.resolve(plan));
        HandoutRequest request = new HandoutRequest(template, null,
                new HandoutDetails("Ana Lopez", "Sam Lee", LocalDate.of(2026, 3, 14), null), DoseOverrides.NONE);
        byte[] pdf = Generator.generate(source, Library.builtIn(), request).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page, DPI, ImageType.RGB);
        }
    }

    /** Fraction of pixels whose colour differs noticeably; writes actual and diff images when any differ. */
    private static double compare(BufferedImage expected, BufferedImage actual, String name) throws IOException {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            writeDiff(actual, null, name);
            return 1.0;
        }
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long bad = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                boolean differs = channel(a, e, 16) > 40 || channel(a, e, 8) > 40 || channel(a, e, 0) > 40;
                if (differs) {
                    bad++;
                }
                int grey = (((e >> 16) & 0xff) + ((e >> 8) & 0xff) + (e & 0xff)) / 3;
                int faint = 0xC0 + grey / 4;
                diff.setRGB(x, y, differs ? 0xFF0000 : (faint << 16) | (faint << 8) | faint);
            }
        }
        if (bad > 0) {
            writeDiff(actual, diff, name);
        }
        return bad / (double) (actual.getWidth() * actual.getHeight());
    }

    private static int channel(int a, int b, int shift) {
        return Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
    }

    private static void writeDiff(BufferedImage actual, BufferedImage diff, String name) throws IOException {
        Files.createDirectories(DIFFS);
        ImageIO.write(actual, "png", DIFFS.resolve(name + "-actual.png").toFile());
        if (diff != null) {
            ImageIO.write(diff, "png", DIFFS.resolve(name + "-diff.png").toFile());
        }
    }
}
