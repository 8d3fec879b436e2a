package org.hep.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/** A template's own TrueType font, read and cut by FontBox. Not shared between threads. */
final class FontboxFace implements FaceProgram {
    /** What PDF readers use of a TrueType program inside a PDF; no hinting, names or cmap. */
    static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx");

    private final TrueTypeFont ttf;
    private final CmapLookup cmap;

    FontboxFace(TrueTypeFont ttf) throws IOException {
        this.ttf = ttf;
        this.cmap = ttf.getUnicodeCmapLookup();
    }

    TrueTypeFont ttf() {
        return ttf;
    }

    @Override
    public String postScriptName() {
        return table(ttf::getName);
    }

    @Override
    public int unitsPerEm() {
        return table(ttf::getUnitsPerEm);
    }

    @Override
    public int glyphId(int codePoint) {
        return cmap.getGlyphId(codePoint);
    }

    @Override
    public int advance(int glyph) {
        try {
            return ttf.getAdvanceWidth(glyph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font metrics", e);
        }
    }

    @Override
    public int ascender() {
        return table(() -> ttf.getHorizontalHeader().getAscender());
    }

    @Override
    public int descender() {
        return table(() -> ttf.getHorizontalHeader().getDescender());
    }

    @Override
    public int[] box() {
        HeaderTable head = table(ttf::getHeader);
        return new int[] {head.getXMin(), head.getYMin(), head.getXMax(), head.getYMax()};
    }

    @Override
    public float italicAngle() {
        return table(() -> ttf.getPostScript().getItalicAngle());
    }

    @Override
    public int capHeight() {
        OS2WindowsMetricsTable os2 = table(ttf::getOS2Windows);
        return os2 != null && os2.getVersion() >= 2 ? os2.getCapHeight() : ascender();
    }

    /** A table FontBox reads on first use; a font that cannot be read fails as an I/O error. */
    private interface TableRead<T> {
        T read() throws IOException;
    }

    private static <T> T table(TableRead<T> read) {
        try {
            return read.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font tables", e);
        }
    }

    @Override
    public Cut cut(BitSet codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        for (int cp = codePoints.nextSetBit(0); cp >= 0; cp = codePoints.nextSetBit(cp + 1)) {
            subsetter.add(cp);
        }
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        int[] glyphs = new int[newToOld.size()];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            glyphs[e.getKey()] = e.getValue();
        }
        ByteArrayOutputStream program = new ByteArrayOutputStream(32 * 1024);
        subsetter.writeToStream(program);
        return new Cut(glyphs, program.toByteArray());
    }
}
