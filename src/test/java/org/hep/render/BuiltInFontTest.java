package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in font: DejaVu Sans cut at build time to the scripts hep prints, without hinting. */
class BuiltInFontTest {
    @TempDir
    Path dir;

    @Test
    void handoutsEmbedTheRenamedFontWithoutHintingPrograms() throws IOException {
        Path out = dir.resolve("it-band.pdf");
        Hep.expectExit(0, Hep.run("generate", "it-band-syndrome", "--date", "2026-03-01", "-o", out.toString()));
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    String base = font.getName().substring(7); // after the subset tag "ABCDEF+"
                    if (names.contains(base)) {
                        continue;
                    }
                    names.add(base);
                    PDType0Font type0 = (PDType0Font) font;
                    try (InputStream in = type0.getDescendantFont().getFontDescriptor().getFontFile2().createInputStream()) {
                        TrueTypeFont ttf = new TTFParser(true).parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
                        for (String hinting : List.of("fpgm", "prep", "cvt ", "gasp")) {
                            assertFalse(ttf.getTableMap().containsKey(hinting), base + " carries " + hinting);
                        }
                    }
                }
            }
        }
        names.sort(null);
        assertEquals(List.of("HepSans", "HepSans-Bold"), names);
    }

    /**
     * Italics are the book face drawn through a text matrix sheared by DejaVu Sans Oblique's
     * 11°: the handout embeds two faces, and the italic words still read back as written.
     */
    @Test
    void italicsAreTheBookFaceSlantedByElevenDegrees() throws IOException {
        Path out = dir.resolve("it-band.pdf");
        Hep.expectExit(0, Hep.run("generate", "it-band-syndrome", "--date", "2026-03-01", "-o", out.toString()));
        StringBuilder slanted = new StringBuilder();
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        float shear = p.getTextMatrix().getShearX() / p.getTextMatrix().getScaleY();
                        if (shear != 0) {
                            assertEquals(Math.tan(Math.toRadians(11)), shear, 0.001, "slant of '" + p.getUnicode() + "'");
                            slanted.append(p.getUnicode());
                            String name = p.getFont().getName().substring(7);
                            if (!fonts.contains(name)) {
                                fonts.add(name);
                            }
                        }
                    }
                }
            }.getText(doc);
        }
        assertEquals(List.of("HepSans"), fonts);
        // The squat's summary, its card's italic line.
        assertTrue(slanted.toString().contains("Builds strength in your thighs and buttocks for stairs and walking."),
                "slanted text: " + slanted);
    }

    @Test
    void scriptsOutsideLatinGreekAndCyrillicPrintAsQuestionMarks() throws IOException {
        Path plan = Hep.write(dir, "armenian.yaml", """
                title: Hello
                exercises:
                  - name: Greet
                    steps:
                      - "Say Բարեւ, Γεια, Привет and Ahoj."
                """);
        // Without the machine's fonts, one of which may well have Armenian.
        Path template = Hep.write(dir, "own-fonts-only.yaml", "extends: standard\nsystem_fonts: false\n");
        Path out = dir.resolve("armenian.pdf");
        // Twice in one run of the JVM: the second handout lays out texts it has cleaned before, and must warn alike.
        for (int i = 0; i < 2; i++) {
            CliRun r = Hep.run("generate", plan.toString(), "-o", out.toString(), "--date", "2026-03-01",
                    "--template", template.toString());
            Hep.expectExit(0, r);
            assertEquals(plan + ": warning: 5 characters are not in any font and print as '?': U+0532, U+0561,"
                    + " U+0565, U+0580, U+0582\n", r.err(), "run " + (i + 1));
            assertTrue(Files.size(out) > 0);
        }
    }
}
