package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Read off the printed page: body, card name, section heading and title each a clear step apart; one left edge per card. */
class TypeScaleTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"standard", "compact", "large-print"})
    void eachLevelIsAQuarterLargerThanTheOneBelow(String template) {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", template, "--date", "2026-03-01");
        float body = sizeOf(pdf, "Bend your knees");
        float card = sizeOf(pdf, "Squat");
        float section = sizeOf(pdf, "Your exercises");
        float title = sizeOf(pdf, "IT Band Syndrome");
        float[] scale = {body, card, section, title};
        for (int i = 1; i < scale.length; i++) {
            float step = scale[i] / scale[i - 1];
            assertTrue(step >= 1.2f && step <= 1.3f, template + ": step " + i + " is " + step + " in " + List.of(body,
                    card, section, title));
        }
    }

    @Test
    void nameDoseHeadingsAndListTextShareTheCardsLeftEdge() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01");
        int page = pdf.pageOf("Squat Builds strength");
        float edge = xOf(pdf, page, "Squat");
        for (String words : List.of("Builds strength", "Sets", "You need", "Starting position",
                "Bend your knees", "Tips for good form", "Keep your back", "\u26A0 Take care", "Stop if you feel",
                "Note from your therapist")) {
            float x = xOf(pdf, page, words);
            assertEquals(edge, x, 0.6f, "'" + words + "' starts at the card's text edge");
        }
        assertTrue(xOf(pdf, page, "1.") < edge, "step numbers hang left of the text");
    }

    /** The largest size {@code words} are printed at (a card's name is also in the plan at a glance, smaller). */
    static float sizeOf(PdfProbe pdf, String words) {
        float size = 0;
        for (int p = 1; p <= pdf.pageCount(); p++) {
            for (PdfProbe.Line line : pdf.lines(p)) {
                int at = line.text().indexOf(words);
                if (at >= 0) {
                    size = Math.max(size, line.glyphs().get(at).size());
                }
            }
        }
        assertTrue(size > 0, "not printed: " + words);
        return size;
    }

    /** Where {@code words} start on page {@code page}, the first time they occur there. */
    static float xOf(PdfProbe pdf, int page, String words) {
        for (PdfProbe.Line line : pdf.lines(page)) {
            int at = line.text().indexOf(words);
            if (at >= 0) {
                return line.glyphs().get(at).x();
            }
        }
        throw new AssertionError("not on page " + page + ": " + words);
    }
}
