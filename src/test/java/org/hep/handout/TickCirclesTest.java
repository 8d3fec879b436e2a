package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The circles to tick today sit in the dose band right after the number of sets ("3 sets ○ ○ ○"),
 * one per set, on the line of that number; what they are for is said once in the handout, not on
 * every card. Compact prints none.
 */
class TickCirclesTest {
    private static final String TICKS = "Tick a circle for each set you do today.";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"standard, letter", "standard, a4", "large-print, letter", "large-print, a4"})
    void theCirclesFollowTheSetsAndWhatTheyAreForIsSaidOnce(String template, String paper) {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", template, "--page-size", paper,
                "--date", "2026-03-14");
        String text = PdfProbe.flat(pdf.text());
        assertEquals(1, text.split(java.util.regex.Pattern.quote(PdfProbe.flat(TICKS)), -1).length - 1,
                "said once: " + pdf.text());
        List<Integer> perLine = circlesAfterSets(pdf);
        assertEquals(List.of(3, 3, 3), perLine, "three cards of three sets, each its circles after its sets");
    }

    /**
     * The hint is an instruction, not a label: on the labels' line it stands clear of the next
     * part's label by at least two body sizes (24 pt), twice the air between two labels, so it is
     * not read on into it ("… you do today. Repetitions").
     */
    @ParameterizedTest(name = "standard on {0}")
    @CsvSource({"letter", "a4"})
    void theHintStandsClearOfTheNextLabel(String paper) {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--page-size", paper, "--date", "2026-03-14");
        int found = 0;
        for (int p = 1; p <= pdf.pageCount(); p++) {
            for (PdfProbe.Line line : pdf.lines(p)) {
                List<PdfProbe.Glyph> g = line.glyphs().stream().filter(x -> !x.text().isBlank()).toList();
                String text = g.stream().map(PdfProbe.Glyph::text).reduce("", String::concat);
                int end = text.indexOf("today.");
                if (end < 0 || !text.contains("Tickacircle")) {
                    continue;
                }
                found++;
                PdfProbe.Glyph dot = g.get(end + "today.".length() - 1);
                assertTrue(end + "today.".length() < g.size(), "a label follows the hint: " + text);
                PdfProbe.Glyph next = g.get(end + "today.".length());
                float air = next.x() - (dot.x() + dot.width());
                assertTrue(air >= 24f, "only " + air + " pt between the hint and '" + next.text() + "': " + text);
            }
        }
        assertEquals(1, found, "the hint is said once");
    }

    @ParameterizedTest(name = "compact on {0}")
    @CsvSource({"letter", "a4"})
    void compactHasNoCircles(String paper) {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", "compact", "--page-size", paper,
                "--date", "2026-03-14");
        assertTrue(!PdfProbe.flat(pdf.text()).contains(PdfProbe.flat("Tick a circle")), pdf.text());
        List<Integer> perLine = circlesAfterSets(pdf);
        assertTrue(!perLine.isEmpty() && perLine.stream().allMatch(n -> n == 0), perLine.toString());
    }

    /**
     * For each line that reads "3 sets", the round outlines drawn after its "sets" (within six
     * body sizes), their middles between the top and the foot of its letters.
     */
    private static List<Integer> circlesAfterSets(PdfProbe pdf) {
        List<Integer> counts = new ArrayList<>();
        for (int p = 1; p <= pdf.pageCount(); p++) {
            for (PdfProbe.Line line : pdf.lines(p)) {
                List<PdfProbe.Glyph> g = line.glyphs().stream().filter(x -> !x.text().isBlank()).toList();
                int at = setsAt(g);
                if (at < 0 || !g.get(at - 1).text().equals("3") || line.glyphs().stream().anyMatch(
                        PdfProbe.Glyph::furniture)) {
                    continue;
                }
                PdfProbe.Glyph s = g.get(at + 3);
                float right = s.x() + s.width();
                float top = s.top();
                float bottom = s.bottom();
                float reach = right + s.size() * 6f;
                int n = (int) pdf.shapes(p).stream().filter(sh -> sh.stroked()
                        && Math.abs((sh.right() - sh.left()) - (sh.bottom() - sh.top())) < 1f
                        && sh.right() - sh.left() >= 14f && sh.left() > right && sh.left() < reach
                        && (sh.top() + sh.bottom()) / 2f > top && (sh.top() + sh.bottom()) / 2f < bottom).count();
                counts.add(n);
            }
        }
        return counts;
    }

    /** Where "sets" begins among the glyphs, -1 when it is not there. */
    private static int setsAt(List<PdfProbe.Glyph> g) {
        for (int i = 1; i + 3 < g.size(); i++) {
            if ((g.get(i).text() + g.get(i + 1).text() + g.get(i + 2).text() + g.get(i + 3).text()).equals("sets")) {
                return i;
            }
        }
        return -1;
    }
}
