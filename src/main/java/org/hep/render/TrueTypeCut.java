package org.hep.render;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import org.hep.render.fontbuild.SfntTables;

/**
 * A built-in face cut to some characters' glyphs, written exactly as FontBox's TTFSubsetter
 * writes it with the tables of {@link FontboxFace#TABLES}, so handouts keep their bytes: glyphs
 * renumbered in their original order, composite glyphs' parts kept and renumbered, long glyph
 * offsets, and the tables in tag order with FontBox's checksums.
 */
final class TrueTypeCut {
    private static final int ARGS_ARE_WORDS = 1;
    private static final int HAS_SCALE = 1 << 3;
    private static final int MORE_COMPONENTS = 1 << 5;
    private static final int HAS_X_AND_Y_SCALE = 1 << 6;
    private static final int HAS_TWO_BY_TWO = 1 << 7;
    private static final int HAS_INSTRUCTIONS = 1 << 8;

    private final BuiltInFace font;
    private final ByteBuffer data;
    /** Original numbers of the glyphs kept, ascending. */
    private final int[] glyphs;
    /** New number of each original glyph kept, -1 for the others. */
    private final int[] newOfOld;

    private TrueTypeCut(BuiltInFace font, BitSet kept) {
        this.font = font;
        this.data = ByteBuffer.wrap(font.file);
        this.glyphs = new int[kept.cardinality()];
        for (int g = kept.nextSetBit(0), i = 0; g >= 0; g = kept.nextSetBit(g + 1)) {
            glyphs[i++] = g;
        }
        this.newOfOld = new int[font.glyphCount];
        Arrays.fill(newOfOld, -1);
        for (int i = 0; i < glyphs.length; i++) {
            newOfOld[glyphs[i]] = i;
        }
    }

    static FaceProgram.Cut of(BuiltInFace font, BitSet codePoints) {
        BitSet kept = new BitSet(font.glyphCount);
        kept.set(0);
        for (int cp = codePoints.nextSetBit(0); cp >= 0; cp = codePoints.nextSetBit(cp + 1)) {
            kept.set(font.glyphId(cp));
        }
        addParts(font, kept);
        TrueTypeCut cut = new TrueTypeCut(font, kept);
        return new FaceProgram.Cut(cut.glyphs.clone(), cut.write());
    }

    /** Adds the glyphs composite glyphs are made of, and theirs, until none is missing. */
    private static void addParts(BuiltInFace font, BitSet kept) {
        ByteBuffer data = ByteBuffer.wrap(font.file);
        BitSet added;
        do {
            added = new BitSet();
            for (int g = kept.nextSetBit(0); g >= 0; g = kept.nextSetBit(g + 1)) {
                int start = font.glyphStart(g);
                if (font.glyphStart(g + 1) - start < 2 || data.getShort(start) != -1) {
                    continue;
                }
                int off = start + 10;
                int flags;
                do {
                    flags = data.getShort(off) & 0xffff;
                    int part = data.getShort(off + 2) & 0xffff;
                    if (!kept.get(part)) {
                        added.set(part);
                    }
                    off += 4 + partArguments(flags);
                } while ((flags & MORE_COMPONENTS) != 0);
            }
            kept.or(added);
        } while (!added.isEmpty());
    }

    /** Bytes after a component's flags and glyph number: its offsets and its scale. */
    private static int partArguments(int flags) {
        int size = (flags & ARGS_ARE_WORDS) != 0 ? 4 : 2;
        if ((flags & HAS_TWO_BY_TWO) != 0) {
            size += 8;
        } else if ((flags & HAS_X_AND_Y_SCALE) != 0) {
            size += 4;
        } else if ((flags & HAS_SCALE) != 0) {
            size += 2;
        }
        return size;
    }

    private byte[] write() {
        int[] offsets = new int[glyphs.length + 1];
        Map<String, byte[]> tables = new TreeMap<>();
        tables.put("glyf", glyf(offsets));
        tables.put("head", head());
        tables.put("hhea", hhea());
        tables.put("hmtx", hmtx());
        tables.put("loca", loca(offsets));
        tables.put("maxp", maxp());
        int count = tables.size();
        int highest = Integer.highestOneBit(count);
        int searchRange = highest * 16;
        int entrySelector = 31 - Integer.numberOfLeadingZeros(highest);
        int rangeShift = 16 * count - searchRange;
        int size = 12 + 16 * count;
        for (byte[] t : tables.values()) {
            size += SfntTables.padded(t.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(0x00010000).putShort((short) count).putShort((short) searchRange).putShort((short) entrySelector)
                .putShort((short) rangeShift);
        long sum = 0x00010000L + ((long) count << 16 | searchRange) + ((long) entrySelector << 16 | rangeShift);
        int offset = 12 + 16 * count;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            long checksum = SfntTables.checksum(t);
            int tag = ByteBuffer.wrap(e.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).getInt();
            out.putInt(tag).putInt((int) checksum).putInt(offset).putInt(t.length);
            sum += (tag & 0xffffffffL) + 2 * checksum + offset + t.length;
            offset += SfntTables.padded(t.length);
        }
        ByteBuffer.wrap(tables.get("head")).putInt(8, (int) (0xB1B0AFBAL - (sum & 0xffffffffL)));
        for (byte[] t : tables.values()) {
            out.put(t).position(out.position() + SfntTables.padded(t.length) - t.length);
        }
        return out.array();
    }

    /** The kept outlines in their new order, composite glyphs pointing at their parts' new numbers. */
    private byte[] glyf(int[] offsets) {
        ByteBuffer out = ByteBuffer.allocate(font.glyphStart(font.glyphCount) - font.glyf + 4 * glyphs.length);
        for (int n = 0; n < glyphs.length; n++) {
            offsets[n] = out.position();
            int start = font.glyphStart(glyphs[n]);
            int length = font.glyphStart(glyphs[n] + 1) - start;
            if (length >= 2 && data.getShort(start) == -1) {
                int from = out.position();
                out.put(font.file, start, length);
                int off = from + 10;
                int flags;
                do {
                    flags = out.getShort(off) & 0xffff;
                    out.putShort(off + 2, (short) newOfOld[out.getShort(off + 2) & 0xffff]);
                    off += 4 + partArguments(flags);
                } while ((flags & MORE_COMPONENTS) != 0);
                if ((flags & HAS_INSTRUCTIONS) != 0) {
                    off += 2 + (out.getShort(off) & 0xffff);
                }
                // What followed the last part (padding) is dropped, as FontBox does.
                Arrays.fill(out.array(), off, out.position(), (byte) 0);
                out.position(off);
            } else {
                out.put(font.file, start, length);
            }
            out.position(SfntTables.padded(out.position()));
        }
        offsets[glyphs.length] = out.position();
        return Arrays.copyOf(out.array(), out.position());
    }

    private static byte[] loca(int[] offsets) {
        ByteBuffer out = ByteBuffer.allocate(4 * offsets.length);
        for (int o : offsets) {
            out.putInt(o);
        }
        return out.array();
    }

    /** The original header with long glyph offsets and the checksum adjustment left for {@link #write}. */
    private byte[] head() {
        byte[] head = Arrays.copyOfRange(font.file, font.head, font.head + 54);
        ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) 1);
        return head;
    }

    /** The original horizontal header, counting the advances the cut keeps. */
    private byte[] hhea() {
        byte[] hhea = Arrays.copyOfRange(font.file, font.hhea, font.hhea + 36);
        int metrics = font.horizontalMetrics;
        int kept = 0;
        while (kept < glyphs.length && glyphs[kept] < metrics) {
            kept++;
        }
        if (glyphs[glyphs.length - 1] >= metrics && newOfOld[metrics - 1] < 0) {
            kept++;
        }
        ByteBuffer.wrap(hhea).putShort(34, (short) kept);
        return hhea;
    }

    /**
     * Advance and left side bearing of each glyph kept; past the font's last full metric only the
     * bearing, after that metric's advance once (which applies to all later glyphs) if it is not kept.
     */
    private byte[] hmtx() {
        int metrics = font.horizontalMetrics;
        ByteBuffer out = ByteBuffer.allocate(4 * glyphs.length + 2);
        boolean lastAdvanceNeeded = glyphs[glyphs.length - 1] >= metrics && newOfOld[metrics - 1] < 0;
        for (int g : glyphs) {
            if (g < metrics) {
                out.put(font.file, font.hmtx + 4 * g, 4);
            } else {
                if (lastAdvanceNeeded) {
                    lastAdvanceNeeded = false;
                    out.put(font.file, font.hmtx + 4 * (metrics - 1), 2);
                }
                out.put(font.file, font.hmtx + 4 * metrics + 2 * (g - metrics), 2);
            }
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    /** Version 1.0 with the new glyph count and the original maxima. */
    private byte[] maxp() {
        byte[] maxp = Arrays.copyOfRange(font.file, font.maxp, font.maxp + 32);
        ByteBuffer.wrap(maxp).putInt(0, 0x00010000).putShort(4, (short) glyphs.length);
        return maxp;
    }
}
