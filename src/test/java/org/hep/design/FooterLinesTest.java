package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The footer is the clinic's line on every page, often with its phone number: it wraps onto a
 * second line rather than losing its last words, and a footer too long for three lines is refused
 * rather than cut (the words cut could be the number to call).
 */
class FooterLinesTest {
    private static final String FOOTER = "Questions? Call Harbour Physiotherapy at 416-555-0199.";

    @TempDir
    Path dir;

    @Test
    void aClinicLineTooLongForOneLineInLargePrintWrapsWhole() throws Exception {
        Path template = Hep.write(dir, "clinic.yaml", "extends: large-print\nfooter: \"" + FOOTER + "\"\n");
        Path out = dir.resolve("lp.pdf");
        CliRun r = Hep.run("generate", "it-band-syndrome", "--template", template.toString(), "--date", "2026-03-14",
                "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        PdfProbe pdf = PdfProbe.of(Files.readAllBytes(out));
        for (int page = 1; page <= pdf.pageCount(); page++) {
            List<PdfProbe.Line> lines = pdf.lines(page);
            int at = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).text().startsWith("Questions? Call")) {
                    at = i;
                }
            }
            assertTrue(at >= 0 && at + 1 < lines.size(), "page " + page + " has the footer on two lines");
            String whole = lines.get(at).text() + " " + lines.get(at + 1).text();
            assertTrue(whole.startsWith(FOOTER), "page " + page + ": " + whole);
            assertTrue(lines.get(at + 1).text().endsWith("Page " + page + " of " + pdf.pageCount()),
                    "the page number on the footer's last line: " + lines.get(at + 1).text());
            PdfProbe.Line last = lines.get(at + 1);
            float margin = 36; // large print's half-inch margins
            assertTrue(last.glyphs().stream().allMatch(g -> g.bottom() <= pdf.pageHeight() - margin + 0.5f),
                    "page " + page + ": the footer stays inside the bottom margin");
            // Nothing of the page's content runs into the footer: the footer lines are the last two.
            assertEquals(lines.size() - 2, at, "page " + page + ": " + lines.get(lines.size() - 1).text());
        }
    }

    /**
     * Large print in Spanish on A4: "¿Tiene preguntas? Llame a su clínica." and "Página 6 de 8"
     * share the footer's line. Room kept for "Página 888 de 888" put the number on a line of its
     * own, a line taken from every page.
     */
    @Test
    void theLargePrintPageNumberSharesTheFootersLineInSpanish() throws Exception {
        Path out = dir.resolve("es.pdf");
        CliRun r = Hep.run("generate", "ankle-sprain", "--template", "large-print", "--page-size", "a4", "--language",
                "es", "--date", "2026-03-14", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        PdfProbe pdf = PdfProbe.of(Files.readAllBytes(out));
        for (int page = 1; page <= pdf.pageCount(); page++) {
            List<PdfProbe.Line> lines = pdf.lines(page);
            String last = PdfProbe.flat(lines.get(lines.size() - 1).text());
            assertTrue(last.startsWith(PdfProbe.flat("\u00bfTiene preguntas? Llame a su cl\u00ednica."))
                    && last.endsWith(PdfProbe.flat("P\u00e1gina " + page + " de " + pdf.pageCount())),
                    "page " + page + ": " + last);
        }
    }

    @Test
    void aFooterTooLongForThreeLinesIsRefusedNotCut() throws Exception {
        Path template = Hep.write(dir, "long.yaml", "extends: standard\nfooter: \"Questions about your exercises?"
                + " Call Harbour Physiotherapy on weekdays between 8 and 6. If you have chest pain or cannot breathe,"
                + " call 911 now. Our front desk can also move your visit or answer questions about your bill, and"
                + " tell you how to park. We are open on Saturday mornings too, and the car park is behind the"
                + " building.\"\n");
        Path out = dir.resolve("long.pdf");
        CliRun r = Hep.run("generate", "it-band-syndrome", "--template", template.toString(), "-o", out.toString());
        assertEquals(template + ":2:9: 'footer' is too long for the foot of the printed page: at this type size it takes"
                + " 4 lines, and the most is 3; shorten it\n", r.err());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(out));
        // validate lays a handout out with the template, and finds it before the first handout does.
        r = Hep.run("validate", template.toString());
        assertEquals(template + ":2:9: 'footer' is too long for the foot of the printed page: at this type size it takes 4"
                + " lines, and the most is 3; shorten it\n1 problem found in 1 of 1 file\n", r.err());
        assertEquals(1, r.exit());
        r = Hep.run("generate", "it-band-syndrome", "--template", template.toString(), "-o",
                dir.resolve("long.html").toString());
        assertEquals(1, r.exit(), "the web page reads the same layout and says the same");
        // A template that extends it: the line to fix is in the file that set the footer.
        Path child = Hep.write(dir, "child.yaml", "extends: long.yaml\nmargins: 0.75in\n");
        r = Hep.run("generate", "it-band-syndrome", "--template", child.toString(), "-o", out.toString());
        assertTrue(r.err().startsWith(template + ":2:9: 'footer' is too long"), r.err());
    }
}
