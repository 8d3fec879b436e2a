package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;

/**
 * A page's commands written straight into the buffer are the bytes PDFBox's content stream
 * writes for them ({@code String.getBytes(US_ASCII)}), and a name written from its kept spelling
 * is the name spelled afresh.
 */
class PdfBytesTest {
    private static final String[] PIECES = {"1 0 0 1 ", "12.5", " Td\n", "/F1", "(", ")", "\\", "é", "€",
        "\ud83d\ude00", "\ud83d", "q", " ", "\n", "Ω", "BT", "\u007f", "\u0080"};

    @Test
    void commandsAreWhatPdfBoxWouldWrite() {
        Random random = new Random(17);
        PdfBytes out = new PdfBytes(4);
        StringBuilder line = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (int n = 0; n < 5000; n++) {
            line.setLength(0);
            for (int k = random.nextInt(6); k >= 0; k--) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
            }
            out.usAscii(line.toString());
            all.append(line);
        }
        assertArrayEquals(all.toString().getBytes(StandardCharsets.US_ASCII), out.toByteArray());
    }

    @Test
    void aKeptNameIsTheNameSpelledAgain() {
        for (String s : new String[] {"P", "Span", "A name (with) #odd/ bytes é", "x/y", "Tabs", "", "€%[]"}) {
            COSName name = COSName.getPDFName(s);
            PdfBytes fresh = new PdfBytes(8);
            PdfFile.spell(fresh, name);
            byte[] kept = PdfFile.spelled(name);
            assertArrayEquals(fresh.toByteArray(), kept, s);
            assertArrayEquals(kept, PdfFile.spelled(name), s);
            assertArrayEquals(fresh.toByteArray(), Arrays.copyOf(PdfFile.spelled(name), kept.length), s);
        }
    }

    @Test
    void numbersAreWrittenAsTheyWereBuiltAsText() {
        Random random = new Random(23);
        long[] edges = {0, 1, -1, 5, -5, 10, 100, 1250, 66757, 99999, 100000, 100001, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MIN_VALUE + 1, Integer.MAX_VALUE, 123456789012L};
        for (int decimals : new int[] {2, 3, 5}) {
            for (long v : edges) {
                assertEquals(PdfBytes.decimalText(v, decimals), text(new PdfBytes(1).decimal(v, decimals)));
            }
            for (int n = 0; n < 20000; n++) {
                long v = n % 2 == 0 ? random.nextInt(2000001) - 1000000 : random.nextLong() / (1L << random.nextInt(60));
                assertEquals(PdfBytes.decimalText(v, decimals), text(new PdfBytes(1).decimal(v, decimals)));
            }
        }
    }

    private static String text(PdfBytes b) {
        return new String(b.toByteArray(), StandardCharsets.US_ASCII);
    }

    @Test
    void markedContentAndTextObjectsAreWhatPdfBoxWouldWrite() throws Exception {
        PdfBytes ours = new PdfBytes(16);
        java.io.ByteArrayOutputStream theirs = new java.io.ByteArrayOutputStream();
        org.apache.pdfbox.pdmodel.PDPageContentStream box = new org.apache.pdfbox.pdmodel.PDPageContentStream(null,
                new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(
                        new org.apache.pdfbox.cos.COSStream()), theirs);
        try (PageWriter w = new PageWriter(ours, new org.apache.pdfbox.cos.COSDictionary())) {
            int mcid = 0;
            for (String role : new String[] {"H1", "P", "Span", "Figure", "TD", "L-I", "Odd name"}) {
                for (boolean textual : new boolean[] {false, true}) {
                    w.beginArtifact(textual);
                    w.beginTagged(role, mcid, textual);
                    org.apache.pdfbox.cos.COSDictionary props = new org.apache.pdfbox.cos.COSDictionary();
                    props.setInt(org.apache.pdfbox.cos.COSName.MCID, mcid);
                    if (textual) {
                        box.beginText();
                    }
                    box.beginMarkedContent(org.apache.pdfbox.cos.COSName.getPDFName("Artifact"));
                    box.endMarkedContent();
                    box.beginMarkedContent(org.apache.pdfbox.cos.COSName.getPDFName(role),
                            org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList.create(props));
                    box.endMarkedContent();
                    if (textual) {
                        box.endText();
                    }
                    if (role.equals("P")) {
                        // PDFBox's stream made inside the text object: it is in it, and ends it once.
                        w.cs();
                    }
                    w.beginArtifact(false);
                    box.beginMarkedContent(org.apache.pdfbox.cos.COSName.getPDFName("Artifact"));
                    box.endMarkedContent();
                    mcid += 1000;
                }
            }
        }
        box.close();
        assertEquals(theirs.toString(StandardCharsets.US_ASCII), new String(ours.toByteArray(), StandardCharsets.US_ASCII));
    }
}
