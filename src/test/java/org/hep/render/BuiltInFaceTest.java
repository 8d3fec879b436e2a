package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.hep.layout.Face;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The built-in faces read straight from their tables say what FontBox says of them, and are
 * cut into the very bytes FontBox's subsetter writes: handouts must not change with the reader.
 */
class BuiltInFaceTest {
    private static FontboxFace fontbox(Face face) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(BuiltInFace.read(BuiltInFace.file(face))));
        return new FontboxFace(ttf);
    }

    @ParameterizedTest
    @EnumSource(value = Face.class, names = {"REGULAR", "BOLD"}) // italics are the book face slanted
    void everyCharacterHasFontBoxsGlyphAndWidth(Face face) throws IOException {
        BuiltInFace raw = BuiltInFace.of(face);
        FontboxFace box = fontbox(face);
        int drawable = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            int glyph = box.glyphId(cp);
            if (glyph != raw.glyphId(cp)) {
                assertEquals(glyph, raw.glyphId(cp), "glyph of U+" + Integer.toHexString(cp));
            }
            drawable += glyph != 0 ? 1 : 0;
        }
        assertTrue(drawable > 3000, "characters drawn: " + drawable);
        for (int g = 0; g < raw.glyphCount + 2; g++) {
            assertEquals(box.advance(g), raw.advance(g), "advance of glyph " + g);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Face.class, names = {"REGULAR", "BOLD"}) // italics are the book face slanted
    void headerValuesAreFontBoxs(Face face) throws IOException {
        BuiltInFace raw = BuiltInFace.of(face);
        FontboxFace box = fontbox(face);
        assertEquals(box.postScriptName(), raw.postScriptName());
        assertEquals(box.unitsPerEm(), raw.unitsPerEm());
        assertEquals(box.ascender(), raw.ascender());
        assertEquals(box.descender(), raw.descender());
        assertArrayEquals(box.box(), raw.box());
        assertEquals(box.italicAngle(), raw.italicAngle());
        assertEquals(box.capHeight(), raw.capHeight());
    }

    @ParameterizedTest
    @EnumSource(value = Face.class, names = {"REGULAR", "BOLD"}) // italics are the book face slanted
    void cutsAreFontBoxsByteForByte(Face face) throws IOException {
        BuiltInFace raw = BuiltInFace.of(face);
        String handout = "IT band syndrome — Übungen, séance 3×10 · ½ “quoted” Ω Привет ﬁ ‘’ 12–15 °C ✓";
        List<BitSet> sets = List.of(chars(handout), chars(""), chars("é"), range(0x20, 0x7f), range(0x20, 0x250),
                range(0x370, 0x500), range(0, 0x3000), range(0x2000, 0x2800), range(0, 0x10000));
        for (BitSet set : sets) {
            FaceProgram.Cut expected = fontbox(face).cut(set);
            FaceProgram.Cut actual = raw.cut(set);
            assertArrayEquals(expected.glyphs(), actual.glyphs(), "glyphs for " + set.cardinality() + " characters");
            assertArrayEquals(expected.program(), actual.program(), "program for " + set.cardinality() + " characters");
        }
    }

    private static BitSet chars(String text) {
        BitSet set = new BitSet();
        text.codePoints().forEach(set::set);
        return set;
    }

    private static BitSet range(int from, int to) {
        BitSet set = new BitSet();
        set.set(from, to);
        return set;
    }
}
