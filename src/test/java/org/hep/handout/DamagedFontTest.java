package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template's font that parses but cannot draw would print a handout of blank letters that every
 * PDF checker passes (the text is still there for copying): hep refuses it, saying why.
 */
class DamagedFontTest {
    /** DejaVu Sans as shipped, with its OS/2 table (the built-in cut has none). */
    private static final Path DEJAVU = Path.of("target/fonts-unpacked/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");

    @TempDir
    Path dir;

    @Test
    void glyphOffsetsPastTheGlyphTableAreRefused() throws IOException {
        byte[] font = Files.readAllBytes(DEJAVU);
        ByteBuffer b = ByteBuffer.wrap(font);
        int loca = table(b, "loca");
        boolean longOffsets = b.getShort(table(b, "head") + 50) == 1;
        // Glyph 10's end and every later offset far past the table, still in order.
        int glyphs = b.getShort(table(b, "maxp") + 4) & 0xFFFF;
        for (int i = 11; i <= glyphs; i++) {
            if (longOffsets) {
                b.putInt(loca + 4 * i, 0x7FFFFFFF);
            } else {
                b.putShort(loca + 2 * i, (short) 0xFFFF);
            }
        }
        assertRefused(font, "its glyph table is damaged (glyph 10 lies outside it)");
    }

    @Test
    void scrambledLetterOutlinesAreRefused() throws IOException {
        byte[] font = Files.readAllBytes(DEJAVU);
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
        int gid = ttf.getUnicodeCmapLookup().getGlyphId('A');
        long start = ttf.getIndexToLocation().getOffsets()[gid];
        long end = ttf.getIndexToLocation().getOffsets()[gid + 1];
        ByteBuffer b = ByteBuffer.wrap(font);
        int glyf = table(b, "glyf");
        // Keep the glyph's header (contour count and bounds), scramble its points.
        Arrays.fill(font, (int) (glyf + start + 10), (int) (glyf + end), (byte) 0xFF);
        assertRefused(font, "its letter 'A' is damaged");
    }

    @Test
    void aFontWhoseLicenceForbidsEmbeddingSaysSo() throws IOException {
        byte[] font = Files.readAllBytes(DEJAVU);
        ByteBuffer b = ByteBuffer.wrap(font);
        b.putShort(table(b, "OS/2") + 8, (short) 0x0002); // fsType: restricted licence embedding
        assertRefused(font, "its licence does not allow embedding");
    }

    private void assertRefused(byte[] font, String why) throws IOException {
        Files.write(dir.resolve("clinic.ttf"), font);
        Path template = Hep.write(dir, "clinic.yaml", "extends: standard\nfont: clinic.ttf\n");
        Path out = dir.resolve("x.pdf");
        CliRun r = Hep.run("generate", "it-band-syndrome", "--template", template.toString(), "-o", out.toString());
        assertEquals(template + ":2:7: 'font' is not a usable TrueType font: clinic.ttf: " + why + "\n", r.err());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(out), "no handout of blank letters");
        // Named in a template this one extends, and as a fallback font: at the line that named it.
        Path child = Hep.write(dir, "child.yaml", "extends: clinic.yaml\naccent: \"#224466\"\n");
        r = Hep.run("generate", "it-band-syndrome", "--template", child.toString(), "-o", out.toString());
        assertEquals(template + ":2:7: 'font' is not a usable TrueType font: clinic.ttf: " + why + "\n", r.err());

    }

    /**
     * A font for another script alone parses and draws, but hep's own words, the dose and the page
     * numbers are Latin: every one of them would print blank. Refused by generate and by validate, at the line that names it.
     */
    @Test
    void aMainFontWithoutLatinLettersIsRefused() throws IOException {
        TrueTypeFont dejavu = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(DEJAVU)));
        org.apache.fontbox.ttf.TTFSubsetter greek = new org.apache.fontbox.ttf.TTFSubsetter(dejavu);
        "ΑΒΓΔΕαβγδε0123456789?".codePoints().forEach(greek::add);
        java.io.ByteArrayOutputStream font = new java.io.ByteArrayOutputStream();
        greek.writeToStream(font);
        assertRefused(font.toByteArray(), "it has no 'A' (a handout's own words and numbers need the Latin letters A-Z"
                + " and a-z and the digits 0-9)");
        CliRun r = Hep.run("validate", dir.resolve("clinic.yaml").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith(dir.resolve("clinic.yaml") + ":2:7: 'font' is not a usable TrueType font:"
                + " clinic.ttf: it has no 'A'"), r.err());
    }

    @Test
    void aFallbackFontThatIsNoFontIsNamedAtItsLine() throws IOException {
        Files.writeString(dir.resolve("notes.ttf"), "these are my notes, not a font\n");
        Path template = Hep.write(dir, "fallback.yaml", "extends: standard\nfonts:\n  - notes.ttf\n");
        Path out = dir.resolve("x.pdf");
        CliRun r = Hep.run("generate", "it-band-syndrome", "--template", template.toString(), "-o", out.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith(template + ":3:5: a file of 'fonts' is not a usable font: notes.ttf"), r.err());
        assertFalse(Files.exists(out));
    }

    private static int table(ByteBuffer b, String tag) {
        int tables = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int rec = 12 + 16 * i;
            String t = new String(b.array(), rec, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (t.equals(tag)) {
                return b.getInt(rec + 8);
            }
        }
        throw new IllegalArgumentException("no table " + tag);
    }
}
