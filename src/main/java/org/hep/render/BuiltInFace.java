package org.hep.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import org.hep.layout.Face;

/**
 * One of the jar's own faces (Hep Sans, made at build time), read straight from its tables.
 * FontBox's parser reads every table and builds a calendar for the header's dates, which was
 * most of a one-off handout's font work; these faces are known (one Unicode BMP cmap, long
 * glyph offsets), so the few values layout and embedding need are read where they lie, and
 * {@link TrueTypeCut} cuts the program as FontBox's subsetter would, byte for byte
 * (BuiltInFaceTest holds both to FontBox). Immutable, so every thread shares one per face.
 */
final class BuiltInFace implements FaceProgram {
    /** Book and bold; italics are the book face slanted (FontSet#slanted). */
    private static final String[] FILES = {"HepSans.ttf", "HepSans-Bold.ttf"};
    private static final BuiltInFace[] LOADED = new BuiltInFace[FILES.length];

    final byte[] file;
    private final ByteBuffer data;
    private final String name;
    final int head;
    final int hhea;
    final int maxp;
    final int hmtx;
    final int glyf;
    private final int loca;
    private final boolean longOffsets;
    final int glyphCount;
    final int horizontalMetrics;
    private final int unitsPerEm;
    private final int capHeight;
    private final float italicAngle;
    /** Glyph of each BMP code point; the faces have no others. */
    private final char[] glyphOfChar = new char[0x10000];

    /** The built-in program of {@code face}, read once and shared. */
    static BuiltInFace of(Face face) {
        int i = index(face);
        synchronized (LOADED) {
            BuiltInFace f = LOADED[i];
            if (f == null) {
                f = new BuiltInFace(FILES[i], read(FILES[i]));
                LOADED[i] = f;
            }
            return f;
        }
    }

    private static int index(Face face) {
        if (face == Face.ITALIC) {
            throw new IllegalArgumentException("no built-in italic face: italics are the book face slanted");
        }
        return face == Face.BOLD ? 1 : 0;
    }

    /** The built-in font file {@code name} from the jar. */
    static byte[] read(String name) {
        try (InputStream in = org.hep.resource.BuiltInResource.open("/hep/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in font missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in font " + name, e);
        }
    }

    /** The file name of {@code face}'s built-in font. */
    static String file(Face face) {
        return FILES[index(face)];
    }

    BuiltInFace(String fileName, byte[] file) {
        this.file = file;
        this.data = ByteBuffer.wrap(file).asReadOnlyBuffer();
        int[] at = new int[7];
        String[] tags = {"head", "hhea", "maxp", "hmtx", "glyf", "loca", "cmap"};
        int os2 = -1;
        int post = -1;
        int names = -1;
        int count = u16(4);
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(file, entry, 4, StandardCharsets.US_ASCII);
            int offset = data.getInt(entry + 8);
            for (int t = 0; t < tags.length; t++) {
                if (tags[t].equals(tag)) {
                    at[t] = offset;
                }
            }
            switch (tag) {
                case "OS/2" -> os2 = offset;
                case "post" -> post = offset;
                case "name" -> names = offset;
                default -> { }
            }
        }
        for (int t = 0; t < tags.length; t++) {
            if (at[t] == 0) {
                throw new IllegalStateException("built-in font " + fileName + " lacks its " + tags[t] + " table");
            }
        }
        head = at[0];
        hhea = at[1];
        maxp = at[2];
        hmtx = at[3];
        glyf = at[4];
        loca = at[5];
        unitsPerEm = u16(head + 18);
        longOffsets = data.getShort(head + 50) != 0;
        glyphCount = u16(maxp + 4);
        horizontalMetrics = u16(hhea + 34);
        italicAngle = post < 0 ? 0 : (float) (data.getShort(post + 4) + u16(post + 6) / 65536.0);
        capHeight = os2 >= 0 && u16(os2) >= 2 ? data.getShort(os2 + 88) : ascender();
        name = names < 0 ? null : postScriptName(names);
        readCmap(at[6]);
    }

    private int u16(int offset) {
        return data.getShort(offset) & 0xffff;
    }

    /** The Windows Unicode format 4 subtable, as FontBox reads it (segments ending at U+FFFF left out). */
    private void readCmap(int cmap) {
        int subtable = -1;
        for (int i = 0, n = u16(cmap + 2); i < n; i++) {
            int record = cmap + 4 + 8 * i;
            if (u16(record) == 3 && u16(record + 2) == 1) {
                subtable = cmap + data.getInt(record + 4);
            }
        }
        if (subtable < 0 || u16(subtable) != 4) {
            throw new IllegalStateException("built-in font without a Unicode BMP cmap (format 4)");
        }
        int segments = u16(subtable + 6) / 2;
        int ends = subtable + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int i = 0; i < segments; i++) {
            int start = u16(starts + 2 * i);
            int end = u16(ends + 2 * i);
            int delta = data.getShort(deltas + 2 * i);
            int rangeOffset = u16(rangeOffsets + 2 * i);
            if (start == 0xffff || end == 0xffff) {
                continue;
            }
            for (int c = start; c <= end; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xffff;
                } else {
                    glyph = u16(rangeOffsets + 2 * i + rangeOffset + 2 * (c - start));
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xffff;
                }
                glyphOfChar[c] = (char) glyph;
            }
        }
    }

    private String postScriptName(int names) {
        int strings = names + u16(names + 4);
        for (int i = 0, n = u16(names + 2); i < n; i++) {
            int record = names + 6 + 12 * i;
            if (u16(record) == 3 && u16(record + 2) == 1 && u16(record + 4) == 0x409 && u16(record + 6) == 6) {
                return new String(file, strings + u16(record + 10), u16(record + 8), StandardCharsets.UTF_16BE).trim();
            }
        }
        return null;
    }

    /** Where glyph {@code g}'s outline starts in the file; it ends where glyph g + 1's starts. */
    int glyphStart(int g) {
        return glyf + (longOffsets ? data.getInt(loca + 4 * g) : 2 * u16(loca + 2 * g));
    }

    @Override
    public String postScriptName() {
        return name;
    }

    @Override
    public int unitsPerEm() {
        return unitsPerEm;
    }

    @Override
    public int glyphId(int codePoint) {
        return codePoint >= 0 && codePoint < glyphOfChar.length ? glyphOfChar[codePoint] : 0;
    }

    @Override
    public int advance(int glyph) {
        int g = glyph < horizontalMetrics ? glyph : horizontalMetrics - 1;
        return horizontalMetrics == 0 ? 250 : u16(hmtx + 4 * g);
    }

    @Override
    public int ascender() {
        return data.getShort(hhea + 4);
    }

    @Override
    public int descender() {
        return data.getShort(hhea + 6);
    }

    @Override
    public int[] box() {
        return new int[] {data.getShort(head + 36), data.getShort(head + 38), data.getShort(head + 40),
            data.getShort(head + 42)};
    }

    @Override
    public float italicAngle() {
        return italicAngle;
    }

    @Override
    public int capHeight() {
        return capHeight;
    }

    @Override
    public Cut cut(BitSet codePoints) {
        return TrueTypeCut.of(this, codePoints);
    }
}
