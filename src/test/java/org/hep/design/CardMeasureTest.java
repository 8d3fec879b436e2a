package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cards as printed: in the compact template two to a row with a quarter-inch gutter, equal heights
 * and an odd last card at the same width; in every template lines a comfortable length to read.
 */
class CardMeasureTest {
    private static final List<String> PLANS = List.of("it-band-syndrome", "low-back-pain", "neck-pain",
            "ankle-sprain");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"it-band-syndrome", "low-back-pain", "neck-pain", "ankle-sprain"})
    void compactRowsHaveAQuarterInchGutterAndEqualHeights(String plan) {
        PdfProbe pdf = Hep.generate(dir, plan, "--template", "compact", "--date", "2026-03-01");
        List<PdfProbe.Shape> frames = frames(pdf);
        float width = frames.get(0).right() - frames.get(0).left();
        for (PdfProbe.Shape f : frames) {
            assertEquals(width, f.right() - f.left(), 0.5f, "every card a column wide, an odd last one too");
        }
        int rows = 0;
        for (PdfProbe.Shape a : frames) {
            for (PdfProbe.Shape b : frames) {
                if (a.page() == b.page() && Math.abs(a.top() - b.top()) < 0.5f && b.left() > a.right()) {
                    rows++;
                    assertTrue(b.left() - a.right() >= 18f - 0.01f, "gutter " + (b.left() - a.right()) + " pt");
                    assertEquals(a.bottom() - a.top(), b.bottom() - b.top(), 0.5f, "cards in a row equally tall");
                }
            }
        }
        assertTrue(rows >= 1, "cards side by side");
    }

    /** 45–75 characters a line in a card, the measure a reader is at ease with, in compact columns and standard cards alike. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compact", "standard"})
    void cardLinesKeepAReadableMeasure(String template) {
        int longest = 0;
        for (String plan : PLANS) {
            PdfProbe pdf = Hep.generate(dir, plan, "--template", template, "--date", "2026-03-01");
            for (String line : cardLines(pdf)) {
                longest = Math.max(longest, line.length());
                assertTrue(line.length() <= 75, template + ", " + plan
                        + ": " + line.length() + " characters: " + line);
            }
        }
        assertTrue(longest >= 45, template + ": the longest card line has only " + longest + " characters");
    }

    /**
     * The compact template's running text (the advice, beside a card or under the cards) keeps the
     * cards' measure too: in two columns, not lines of about a hundred characters across the page.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"it-band-syndrome", "low-back-pain", "neck-pain", "ankle-sprain"})
    void compactRunningTextKeepsAReadableMeasure(String plan) {
        PdfProbe pdf = Hep.generate(dir, plan, "--template", "compact", "--date", "2026-03-01");
        float body = bodySize(pdf);
        int longest = 0;
        for (PdfProbe.Line line : java.util.stream.IntStream.rangeClosed(1, pdf.pageCount())
                .mapToObj(pdf::lines).flatMap(List::stream).toList()) {
            List<PdfProbe.Glyph> text = line.glyphs().stream()
                    .filter(g -> !g.furniture() && Math.abs(g.size() - body) < 0.01f).toList();
            // A gap wider than a few spaces parts two columns (or two labelled fields).
            StringBuilder run = new StringBuilder();
            PdfProbe.Glyph prev = null;
            for (PdfProbe.Glyph g : text) {
                if (prev != null && g.x() - (prev.x() + prev.width()) > body * 1.2f) {
                    longest = Math.max(longest, check(plan, run.toString().strip()));
                    run.setLength(0);
                }
                run.append(g.text());
                prev = g;
            }
            longest = Math.max(longest, check(plan, run.toString().strip()));
        }
        assertTrue(longest >= 45, plan + ": the longest line has only " + longest + " characters");
    }

    private static int check(String plan, String line) {
        assertTrue(line.length() <= 75, "compact, " + plan + ": " + line.length() + " characters: " + line);
        return line.length();
    }

    /** Card frames: stroked outlines a third of the page wide or more, in page order. */
    static List<PdfProbe.Shape> frames(PdfProbe pdf) {
        List<PdfProbe.Shape> out = new ArrayList<>();
        for (int p = 1; p <= pdf.pageCount(); p++) {
            pdf.shapes(p).stream().filter(s -> s.stroked() && s.right() - s.left() > pdf.pageWidth() / 3f
                    && s.bottom() - s.top() > 36f).forEach(out::add);
        }
        return out;
    }

    /** The text of every line of body text inside a card frame (lines split per frame, so two columns stay apart). */
    static List<String> cardLines(PdfProbe pdf) {
        List<String> out = new ArrayList<>();
        for (PdfProbe.Shape f : frames(pdf)) {
            Map<Integer, List<PdfProbe.Glyph>> lines = new TreeMap<>();
            for (PdfProbe.Glyph g : pdf.glyphs()) {
                if (g.page() == f.page() && g.x() >= f.left() && g.x() + g.width() <= f.right() + 0.5f
                        && g.baseline() > f.top() && g.baseline() < f.bottom()) {
                    lines.computeIfAbsent(Math.round(g.baseline()), k -> new ArrayList<>()).add(g);
                }
            }
            float body = bodySize(pdf);
            for (List<PdfProbe.Glyph> line : lines.values()) {
                if (line.stream().allMatch(g -> Math.abs(g.size() - body) < 0.01f)) {
                    line.sort(Comparator.comparingDouble(PdfProbe.Glyph::x));
                    StringBuilder sb = new StringBuilder();
                    line.forEach(g -> sb.append(g.text()));
                    out.add(sb.toString().strip());
                }
            }
        }
        return out;
    }

    /** The size most glyphs are printed at. */
    private static float bodySize(PdfProbe pdf) {
        Map<Float, Integer> count = new TreeMap<>();
        pdf.glyphs().forEach(g -> count.merge(g.size(), 1, Integer::sum));
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
