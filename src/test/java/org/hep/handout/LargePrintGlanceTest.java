package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large print's plan at a glance says each dose in fewer words, built from the same dose as the
 * card ("3 sets of 10–20, rest 1 minute"), so on letter paper each row is its name and at most two
 * lines of dose beside the days; the handout takes seven pages.
 */
class LargePrintGlanceTest {
    @TempDir
    Path dir;

    @Test
    void eachDoseIsOneOrTwoLinesInFewerWords() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", "large-print", "--page-size", "letter",
                "--date", "2026-03-14");
        assertEquals(7, pdf.pageCount());
        int last = pdf.pageCount();
        List<String> lines = pdf.lines(last).stream().map(l -> PdfProbe.flat(l.text())).toList();
        assertTrue(lines.contains(PdfProbe.flat("3 sets of 10–20, rest 1 minute")), lines.toString());
        assertTrue(lines.contains(PdfProbe.flat("3 sets of 10–20, each side")), lines.toString());
        int lunge = lines.indexOf(PdfProbe.flat("3 sets of 10–20 per side,"));
        assertTrue(lunge > 0, lines.toString());
        assertEquals(PdfProbe.flat("alternating sides, rest 1 minute"), lines.get(lunge + 1));
        assertEquals(PdfProbe.flat("3. Side-lying leg raise"), lines.get(lunge + 2), "the lunge's dose ends there");
    }
}
