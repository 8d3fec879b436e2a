package org.hep.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * One face cut down to the characters a document draws, ready to embed: the compressed font
 * program, each character's id (the glyph's number in the subset, so no CID-to-glyph map is
 * needed), the widths in that order and the compressed Unicode map. Immutable, so handouts
 * that draw the same characters share one (see {@link SubsetCache}).
 */
record FaceSubset(String tag, byte[] fontFile, int fontLength, CidTable cids, int[] widths,
                  byte[] toUnicode) {
    static FaceSubset of(FaceProgram face, BitSet codePoints) throws IOException {
        FaceProgram.Cut cut = face.cut(codePoints);
        int[] oldOfNew = cut.glyphs();
        Map<Integer, Integer> firstCodeOfGlyph = new HashMap<>();
        for (int cp = codePoints.nextSetBit(0); cp >= 0; cp = codePoints.nextSetBit(cp + 1)) {
            int gid = face.glyphId(cp);
            if (gid != 0) {
                firstCodeOfGlyph.putIfAbsent(gid, cp);
            }
        }
        Map<Integer, Integer> oldToNew = new HashMap<>();
        int[] widths = new int[oldOfNew.length];
        float scale = 1000f / face.unitsPerEm();
        TreeMap<Integer, Integer> unicodeOfCid = new TreeMap<>();
        for (int cid = 0; cid < oldOfNew.length; cid++) {
            oldToNew.put(oldOfNew[cid], cid);
            widths[cid] = Math.round(face.advance(oldOfNew[cid]) * scale);
            Integer cp = firstCodeOfGlyph.get(oldOfNew[cid]);
            if (cp != null) {
                unicodeOfCid.put(cid, cp);
            }
        }
        Map<Integer, Integer> cids = new HashMap<>();
        for (int cp = codePoints.nextSetBit(0); cp >= 0; cp = codePoints.nextSetBit(cp + 1)) {
            Integer cid = oldToNew.get(face.glyphId(cp));
            if (cid != null) {
                cids.put(cp, cid);
            }
        }
        byte[] raw = cut.program();
        return new FaceSubset(tag(oldOfNew), deflate(raw), raw.length, new CidTable(cids), widths,
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
    private static String tag(int[] glyphs) {
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
