package org.hep.render;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One font of the fallback chain (a template's {@code fonts:} entry or a system font): which
 * characters it has, their advances and their outlines. Outlines of TrueType and CFF (OpenType
 * "OTTO", Noto CJK) fonts alike are drawn as Type 3 glyphs, so only the glyphs used are
 * embedded whatever the font's size or format.
 */
final class FallbackFont {
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final Path file;

    private FallbackFont(TrueTypeFont ttf, Path file) throws IOException {
        this.ttf = ttf;
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
        this.file = file;
    }

    /**
     * The font at {@code index} of a collection (.ttc), or the font of a .ttf/.otf file.
     *
     * @throws IOException when the file is no usable outline font or forbids embedding
     */
    static FallbackFont open(Path file, int index) throws IOException {
        TrueTypeFont ttf = isCollection(file) ? fromCollection(file, index) : parse(file);
        if (ttf == null) {
            throw new IOException("no font at index " + index);
        }
        boolean outlines = ttf.getTableMap().containsKey("glyf")
                || ttf instanceof OpenTypeFont otf && otf.isPostScript();
        if (!outlines) {
            throw new IOException("no glyph outlines (a bitmap or colour font)");
        }
        if (ttf.getOS2Windows() != null && (ttf.getOS2Windows().getFsType() & 0x0202) != 0) {
            throw new IOException("its licence does not allow embedding");
        }
        if (ttf.getUnicodeCmapLookup() == null) {
            throw new IOException("no Unicode character map");
        }
        return new FallbackFont(ttf, file);
    }

    private static boolean isCollection(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".ttc") || name.endsWith(".otc");
    }

    private static TrueTypeFont parse(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        boolean cff = font.length > 4 && font[0] == 'O' && font[1] == 'T' && font[2] == 'T' && font[3] == 'O';
        RandomAccessReadBuffer in = new RandomAccessReadBuffer(font);
        return cff ? new OTFParser().parse(in) : new TTFParser().parse(in);
    }

    /**
     * One font of a collection, without parsing the others (a CJK collection holds ten, each
     * costing a second to read): its table directory is copied to the front of the file, where
     * a single font's belongs; the offsets in it already count from the start of the file.
     */
    private static TrueTypeFont fromCollection(Path file, int index) throws IOException {
        byte[] all = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(all);
        if (all.length < 16 || b.getInt(0) != 0x74746366 || index < 0 || index >= b.getInt(8)) {
            throw new IOException("not a font collection, or no font at index " + index);
        }
        int at = b.getInt(12 + 4 * index);
        int tables = b.getShort(at + 4) & 0xFFFF;
        int directory = 12 + 16 * tables;
        for (int t = 0; t < tables; t++) {
            if (Integer.toUnsignedLong(b.getInt(at + 12 + 16 * t + 8)) < directory) {
                throw new IOException("a table lies where the directory would go");
            }
        }
        System.arraycopy(all, at, all, 0, directory);
        return parse(all);
    }

    Path file() {
        return file;
    }

    boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** Advance in font units. */
    int advanceUnits(int codePoint) throws IOException {
        return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint));
    }

    float unitsPerEm() {
        return unitsPerEm;
    }

    /** The glyph's outline in font units (y up). */
    GeneralPath outline(int codePoint) throws IOException {
        int gid = cmap.getGlyphId(codePoint);
        if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
            CFFFont cff = otf.getCFF().getFont();
            int key = cff instanceof CFFCIDFont ? cff.getCharset().getCIDForGID(gid) : gid;
            return cff.getType2CharString(key).getPath();
        }
        var glyph = ttf.getGlyph().getGlyph(gid);
        return glyph == null ? new GeneralPath() : glyph.getPath();
    }
}
