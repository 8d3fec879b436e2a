package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hep.testing.PdfProbe;

/** Page rules every handout keeps, checked on the glyphs of a rendered PDF. */
final class PageGeometry {
    /** Margins per built-in template, in points; headings are bold at 0.95 × heading size or more. */
    enum Layout {
        STANDARD("standard", 46.8f, 16f, 12f), LARGE_PRINT("large-print", 36f, 22f, 18f),
        COMPACT("compact", 36f, 13f, 10.5f);

        final String template;
        final float margin;
        final float headingSize;
        final float bodySize;

        Layout(String template, float margin, float headingSize, float bodySize) {
            this.template = template;
            this.margin = margin;
            this.headingSize = headingSize;
            this.bodySize = bodySize;
        }

        float smallestHeading() {
            return headingSize * 0.95f;
        }
    }

    static final float TOLERANCE = 1f;

    private PageGeometry() {
    }

    /** Every glyph's box lies inside the page margins. */
    static void assertInsideMargins(PdfProbe pdf, float margin, String what) {
        assertFalse(pdf.glyphs().isEmpty(), what + ": no text at all");
        float w = pdf.pageWidth();
        float h = pdf.pageHeight();
        for (PdfProbe.Glyph g : pdf.glyphs()) {
            boolean inside = g.x() >= margin - TOLERANCE && g.x() + g.width() <= w - margin + TOLERANCE
                    && g.top() >= margin - TOLERANCE && g.bottom() <= h - margin + TOLERANCE;
            assertTrue(inside, () -> what + ": glyph '" + g.text() + "' on page " + g.page() + " at x " + g.x()
                    + "–" + (g.x() + g.width()) + ", y " + g.top() + "–" + g.bottom() + " is outside the "
                    + margin + " pt margins of a " + w + "×" + h + " page");
        }
    }

    /** The last line above the footer on every page is not a heading (bold, heading size). */
    static void assertNoPageEndsWithAHeading(PdfProbe pdf, float headingSize, String what) {
        for (int p = 1; p <= pdf.pageCount(); p++) {
            List<PdfProbe.Line> lines = pdf.lines(p);
            assertTrue(lines.size() >= 2, what + ": page " + p + " has no body text");
            PdfProbe.Line footer = lines.get(lines.size() - 1);
            assertTrue(footer.text().contains("Page " + p + " of " + pdf.pageCount()),
                    what + ": page " + p + " should end with its footer, found '" + footer.text() + "'");
            PdfProbe.Line last = lines.get(lines.size() - 2);
            if (!last.isHeading(headingSize)) {
                continue;
            }
            // Ruled writing lines or a picture may follow a heading; the footer rule does not count.
            float headingBottom = last.glyphs().stream().map(PdfProbe.Glyph::bottom).reduce(Float::max).orElseThrow();
            float footerTop = footer.glyphs().stream().map(PdfProbe.Glyph::top).reduce(Float::min).orElseThrow();
            boolean somethingBelow = pdf.shapes(p).stream()
                    .anyMatch(s -> s.top() > headingBottom && s.top() < footerTop - 6f);
            int page = p;
            assertTrue(somethingBelow, () -> what + ": page " + page + " ends with the heading '" + last.text() + "'");
        }
    }

    /**
     * A continued title ("2. Forward lunge (continued)") has its card's own text under it: the line
     * after it is neither missing nor set as large as the title (the next card's name or a section
     * heading).
     */
    static void assertContinuedTitlesHaveTheirCardUnder(PdfProbe pdf, String what) {
        for (int p = 1; p <= pdf.pageCount(); p++) {
            List<PdfProbe.Line> lines = pdf.lines(p);
            for (int i = 0; i < lines.size(); i++) {
                PdfProbe.Line title = lines.get(i);
                if (!title.text().endsWith("(continued)")) {
                    continue;
                }
                float size = title.glyphs().get(0).size();
                PdfProbe.Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                boolean content = next != null && !next.glyphs().get(0).furniture() && !next.isHeading(size);
                int page = p;
                assertTrue(content, () -> what + ": page " + page + " has '" + title.text() + "' with "
                        + (next == null ? "nothing" : "'" + next.text() + "'") + " under it");
            }
        }
    }

    /**
     * No page ends with the head of a card: its last line of body text is neither a card's name
     * nor a line of its dose band (the bold figures, "Tick a circle…"), nor a section heading.
     * Card names and dose figures are bold from 1.25 × the body size up to the section heading's
     * size; the phone line closing the plan at a glance is larger and may end a page.
     */
    /** True when at least two ruled lines (thin, a third of the page wide) are drawn under {@code line}, above the footer. */
    private static boolean writeInLinesUnder(PdfProbe pdf, int page, PdfProbe.Line line) {
        List<PdfProbe.Line> lines = pdf.lines(page);
        PdfProbe.Line footer = lines.get(lines.size() - 1);
        float bottom = line.glyphs().stream().map(PdfProbe.Glyph::bottom).reduce(Float::max).orElseThrow();
        float footerTop = footer.glyphs().stream().map(PdfProbe.Glyph::top).reduce(Float::min).orElseThrow();
        return pdf.shapes(page).stream().filter(s -> s.top() > bottom && s.top() < footerTop - 6f
                && s.bottom() - s.top() < 2f && s.right() - s.left() > pdf.pageWidth() / 3f).count() >= 2;
    }

    static void assertNoPageEndsWithACardsHead(PdfProbe pdf, Layout layout, String tickLine, String what) {
        float least = layout.bodySize * 1.2f;
        float most = Math.max(layout.headingSize, layout.bodySize * 1.25f * 1.25f) * 1.05f;
        for (int p = 1; p <= pdf.pageCount(); p++) {
            List<PdfProbe.Line> body = pdf.lines(p).stream()
                    .filter(l -> l.glyphs().stream().anyMatch(g -> !g.furniture() && !g.text().isBlank())).toList();
            if (body.isEmpty()) {
                continue;
            }
            PdfProbe.Line last = body.get(body.size() - 1);
            boolean head = last.glyphs().stream().anyMatch(g -> g.bold() && g.size() >= least && g.size() <= most)
                    || PdfProbe.flat(last.text()).contains(PdfProbe.flat(tickLine));
            if (head && writeInLinesUnder(pdf, p, last)) {
                // The notes heading with its ruled lines, in the gap before a plan at a glance.
                continue;
            }
            int page = p;
            assertFalse(head, () -> what + ": page " + page + " ends with '" + last.text() + "'");
        }
    }
}
