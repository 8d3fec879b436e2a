package org.hep.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One face cut down to the characters a document draws, ready to embed: the compressed font
 * program, each character's id (the glyph's number in the subset, so no CID-to-glyph map is
 * needed), the widths in that order and the compressed Unicode map. Immutable, so handouts
 * that draw the same characters share one (see {@link SubsetCache}).
 */
record FaceSubset(String tag, byte[] fontFile, int fontLength, Map<Integer, Integer> cids, int[] widths,
                  byte[] toUnicode) {
    /** What PDF readers use of a TrueType program inside a PDF; no hinting, names or cmap. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx");

    static FaceSubset of(TrueTypeFont ttf, BitSet codePoints) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        Map<Integer, Integer> firstCodeOfGlyph = new HashMap<>();
        for (int cp = codePoints.nextSetBit(0); cp >= 0; cp = codePoints.nextSetBit(cp + 1)) {
            int gid = cmap.getGlyphId(cp);
            if (gid != 0) {
                subsetter.add(cp);
                firstCodeOfGlyph.putIfAbsent(gid, cp);
            }
        }
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        Map<Integer, Integer> oldToNew = new HashMap<>();
        int[] widths = new int[newToOld.size()];
        float scale = 1000f / ttf.getUnitsPerEm();
        TreeMap<Integer, Integer> unicodeOfCid = new TreeMap<>();
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(newToOld).entrySet()) {
            oldToNew.put(e.getValue(), e.getKey());
            widths[e.getKey()] = Math.round(ttf.getAdvanceWidth(e.getValue()) * scale);
            Integer cp = firstCodeOfGlyph.get(e.getValue());
            if (cp != null) {
                unicodeOfCid.put(e.getKey(), cp);
            }
        }
        Map<Integer, Integer> cids = new HashMap<>();
        for (int cp = codePoints.nextSetBit(0); cp >= 0; cp = codePoints.nextSetBit(cp + 1)) {
            Integer cid = oldToNew.get(cmap.getGlyphId(cp));
            if (cid != null) {
                cids.put(cp, cid);
            }
        }
        ByteArrayOutputStream program = new ByteArrayOutputStream(32 * 1024);
        subsetter.writeToStream(program);
        byte[] raw = program.toByteArray();
        return new FaceSubset(tag(newToOld.values()), deflate(raw), raw.length, Map.copyOf(cids), widths,
                deflate(ToUnicode.cmap(unicodeOfCid, oneByte(widths.length)).getBytes(StandardCharsets.US_ASCII)));
    }

    /** At most 256 glyphs: each is drawn with a one-byte code (see {@link ToUnicode#ONE_BYTE}). */
    static boolean oneByte(int glyphs) {
        return glyphs <= 256;
    }

    boolean oneByte() {
        return oneByte(widths.length);
    }

    /** Six capitals from the glyphs kept, as PDF asks of a subset's name; the same glyphs, the same tag. */
    private static String tag(Iterable<Integer> glyphs) {
        CRC32 crc = new CRC32();
        for (int g : glyphs) {
            crc.update(g >> 8);
            crc.update(g);
        }
        long v = crc.getValue();
        StringBuilder sb = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('A' + v % 26));
            v /= 26;
        }
        return sb.toString();
    }

    static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
            z.write(data);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
