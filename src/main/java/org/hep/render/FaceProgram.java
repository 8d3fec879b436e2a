package org.hep.render;

import java.io.IOException;
import java.util.BitSet;

/**
 * What a handout needs of one face's TrueType program: the glyph of each character, advance
 * widths, the values a PDF font descriptor carries, and the program cut down to the glyphs of
 * some characters. Built-in faces read their tables directly ({@link BuiltInFace}); a
 * template's own font goes through FontBox ({@link FontboxFace}).
 */
interface FaceProgram {
    /** The PostScript name, after the subset tag in the PDF. */
    String postScriptName();

    int unitsPerEm();

    /** The glyph drawing {@code codePoint}; 0 when the face has none. */
    int glyphId(int codePoint);

    /** A glyph's advance width in font units. */
    int advance(int glyph);

    /** The horizontal header's ascender and descender, in font units. */
    int ascender();

    int descender();

    /** The head table's glyph box: xMin, yMin, xMax, yMax in font units. */
    int[] box();

    float italicAngle();

    /** The capital height in font units: the OS/2 table's (version 2 on), else the ascender. */
    int capHeight();

    /** The program cut to the glyphs of {@code codePoints} (and the glyphs those are built from). */
    Cut cut(BitSet codePoints) throws IOException;

    /**
     * A cut program: {@code glyphs[n]} is the original number of the subset's glyph n (in
     * ascending order, .notdef first), {@code program} the TrueType file, uncompressed.
     */
    record Cut(int[] glyphs, byte[] program) {
    }
}
