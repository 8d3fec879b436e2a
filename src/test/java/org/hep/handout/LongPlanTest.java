package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A plan far longer than any shipped one: 26 inline exercises, words of 200+ letters, long
 * paragraphs, and one exercise too tall for any page. It must paginate without breaking the rules.
 */
class LongPlanTest {
    static final int SHORT_CARDS = 25;
    static final int TALL_STEPS = 70;
    static final String LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(5);

    @TempDir
    Path dir;

    static String plan() {
        String paragraph = "Move a little every day and build up slowly over the weeks. ".repeat(14).strip();
        StringBuilder y = new StringBuilder();
        y.append("title: A very long plan with ").append(LONG_WORD).append('\n');
        y.append("condition: Many things at once\n");
        y.append("education:\n");
        for (int s = 1; s <= 3; s++) {
            y.append("  - heading: About part ").append(s).append('\n');
            y.append("    text: |\n");
            for (int p = 0; p < 3; p++) {
                y.append("      ").append(paragraph).append("\n\n");
            }
            y.append("    bullets:\n      - A bullet with ").append(LONG_WORD).append(" in it.\n");
        }
        y.append("exercises:\n");
        for (int i = 1; i <= SHORT_CARDS; i++) {
            String n = String.format("%02d", i);
            y.append("  - name: Move ").append(n).append('\n');
            y.append("    summary: Keeps joint ").append(n).append(" moving.\n");
            y.append("    sets: 2\n    reps: 10\n");
            y.append("    steps:\n");
            y.append("      - First step of move ").append(n).append(". Stand up tall and breathe out slowly.\n");
            y.append("      - Second step of move ").append(n).append(". Lift your arm up to the side.\n");
            if (i % 5 == 0) {
                y.append("      - Hold the word ").append(LONG_WORD).append(" in mind.\n");
            }
            y.append("      - Last step of move ").append(n).append(". Lower your arm down again.\n");
            y.append("    cues:\n      - Cue for move ").append(n).append(", keep your back straight.\n");
            y.append("    cautions:\n      - Stop move ").append(n).append(" if it hurts.\n");
        }
        y.append("  - name: Tall move\n    steps:\n");
        for (int s = 1; s <= TALL_STEPS; s++) {
            y.append("      - Tall step ").append(s).append(" of ").append(TALL_STEPS)
                    .append(", move slowly and keep breathing the whole time.\n");
        }
        y.append("advice:\n");
        for (int a = 1; a <= 8; a++) {
            y.append("  - Advice line ").append(a).append(". ").append(paragraph, 0, 120).append('\n');
        }
        y.append("disclaimer: General education only.\n");
        return y.toString();
    }

    private PdfProbe render(PageGeometry.Layout layout) {
        Path plan = Hep.write(dir, "long.yaml", plan());
        return Hep.generate(dir, plan.toString(), "--template", layout.template, "--date", "2026-03-01",
                "--patient", "Ana " + LONG_WORD);
    }

    @ParameterizedTest
    @EnumSource(PageGeometry.Layout.class)
    void longTextStaysInsideTheMarginsAndNoPageEndsWithAHeading(PageGeometry.Layout layout) {
        PdfProbe pdf = render(layout);
        assertTrue(pdf.pageCount() >= 6, "pages: " + pdf.pageCount());
        PageGeometry.assertInsideMargins(pdf, layout.margin, "long plan / " + layout.template);
        PageGeometry.assertNoPageEndsWithAHeading(pdf, layout.smallestHeading(), "long plan / " + layout.template);
        assertTrue(PdfProbe.flat(pdf.text()).contains(LONG_WORD), "the long word is printed whole, wrapped");
    }

    @ParameterizedTest
    @EnumSource(PageGeometry.Layout.class)
    void longClinicDetailsAndFooterStayInsideTheMargins(PageGeometry.Layout layout) {
        Path template = Hep.write(dir, "branded-" + layout.template + ".yaml", "extends: " + layout.template + "\n"
                + "clinic:\n  name: Clinic " + LONG_WORD + "\n  address: " + "12 Long Road, ".repeat(12) + "Town\n"
                + "  phone: 555-0100\n  website: example.org/" + LONG_WORD + "\n"
                + "footer: Call us any day of the week, we are happy to help. Harbour Physiotherapy and Sports Care.\n");
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", template.toString(), "--date", "2026-03-01",
                "--therapist", "Sam " + LONG_WORD, "--notes", "Take it slow. " + LONG_WORD);
        PageGeometry.assertInsideMargins(pdf, layout.margin, "branded " + layout.template);
        PageGeometry.assertNoPageEndsWithAHeading(pdf, layout.smallestHeading(), "branded " + layout.template);
    }

    @ParameterizedTest
    @EnumSource(PageGeometry.Layout.class)
    void aCardThatFitsOnAPageIsNeverSplit(PageGeometry.Layout layout) {
        PdfProbe pdf = render(layout);
        for (int i = 1; i <= SHORT_CARDS; i++) {
            String n = String.format("%02d", i);
            int first = pdf.pageOf("First step of move " + n + ".");
            assertTrue(first > 0, "move " + n + " is missing");
            // The title is on the first step's page (the plan at a glance names every move earlier on).
            assertTrue(PdfProbe.flat(pdf.page(first)).contains(PdfProbe.flat("Move " + n)),
                    "move " + n + ": title and first step");
            assertEquals(first, pdf.pageOf("Last step of move " + n + "."), "move " + n + ": first and last step");
            // "Take care" stays with the last step, even in a card taller than a page.
            int caution = pdf.pageOf("Stop move " + n + " if it hurts.");
            assertEquals(first, caution, "move " + n + ": first step and caution");
        }
    }

    @ParameterizedTest
    @EnumSource(PageGeometry.Layout.class)
    void aCardTallerThanAPageContinuesUnderAContinuedHeading(PageGeometry.Layout layout) {
        PdfProbe pdf = render(layout);
        int start = pdf.pageOf("Tall step 1 of " + TALL_STEPS);
        int end = pdf.pageOf("Tall step " + TALL_STEPS + " of " + TALL_STEPS);
        assertTrue(start > 0 && end > start, "the tall card spans pages " + start + "–" + end);
        String continued = PdfProbe.flat((SHORT_CARDS + 1) + ". Tall move (continued)");
        assertFalse(PdfProbe.flat(pdf.page(start)).contains(continued), "no continued heading where the card starts");
        for (int p = start + 1; p <= end; p++) {
            String page = PdfProbe.flat(pdf.page(p));
            assertTrue(page.contains(continued), "page " + p + " continues the card: " + pdf.page(p));
            assertTrue(page.indexOf(continued) < page.indexOf("Tallstep"), "the continued heading comes first on page " + p);
        }
        pdf.assertInOrder(java.util.stream.IntStream.rangeClosed(1, TALL_STEPS)
                .mapToObj(s -> "Tall step " + s + " of " + TALL_STEPS + ",").toList());
    }
}
