package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text is written as the embedded subset's glyph numbers, one byte each when a face holds at
 * most 256 glyphs and two bytes otherwise. Either way it must copy back exactly, including the
 * characters whose codes are PDF's string delimiters and line ends.
 */
class EmbeddedTextTest {
    private static final String DELIMITERS = "Ana (Lee) \\ O'Neil";

    @Test
    void aHandoutsFacesUseOneByteCodesAndItsTextCopiesBack(@TempDir Path dir) throws IOException {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01", "--patient", DELIMITERS);
        assertTrue(pdf.pageOf(DELIMITERS) > 0, "patient name copies back");
        assertTrue(pdf.pageOf("Stop if you feel sharp pain in your knee or hip.") > 0);
        assertEquals(Set.of("one byte"), encodings(pdf.bytes()));
    }

    @Test
    void aFaceOfMoreThan256GlyphsUsesTwoByteCodesAndItsTextCopiesBack(@TempDir Path dir) throws IOException {
        StringBuilder many = new StringBuilder(DELIMITERS).append(' ');
        for (int cp = 0x100; cp < 0x17F; cp++) {
            many.appendCodePoint(cp);
        }
        for (int cp = 0x410; cp < 0x450; cp++) {
            many.appendCodePoint(cp);
        }
        for (int cp = 0x3B1; cp <= 0x3C9; cp++) {
            many.appendCodePoint(cp);
        }
        String name = many.toString();
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01", "--patient", name);
        assertTrue(pdf.pageOf(name) > 0, "patient name copies back");
        assertTrue(encodings(pdf.bytes()).contains("Identity-H"), "the face with the name has more than 256 glyphs");
    }

    /** How the handout's embedded faces encode text: "one byte" (hep's CMap) or "Identity-H". */
    private static Set<String> encodings(byte[] bytes) throws IOException {
        Set<String> found = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    COSBase encoding = font.getCOSObject().getDictionaryObject(COSName.ENCODING);
                    if (encoding instanceof COSStream cmap) {
                        found.add(COSName.getPDFName(ToUnicode.ONE_BYTE_NAME).equals(cmap.getItem(COSName.CMAPNAME))
                                ? "one byte" : "other CMap");
                    } else if (encoding instanceof COSName n) {
                        found.add(n.getName());
                    }
                }
            }
        }
        return found;
    }
}
