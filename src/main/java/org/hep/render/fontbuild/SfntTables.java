package org.hep.render.fontbuild;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** The tables of a TrueType file by tag, read from and written back to the sfnt container. */
public final class SfntTables {
    final Map<String, byte[]> tables = new TreeMap<>();

    static SfntTables read(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file);
        SfntTables t = new SfntTables();
        int count = b.getShort(4) & 0xffff;
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(file, entry, 4, StandardCharsets.US_ASCII);
            int offset = b.getInt(entry + 8);
            int length = b.getInt(entry + 12);
            byte[] data = new byte[length];
            System.arraycopy(file, offset, data, 0, length);
            t.tables.put(tag, data);
        }
        return t;
    }

    /** Tables in tag order, each 4-byte aligned, with checksums and the head checksum adjustment. */
    byte[] write() {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] data : tables.values()) {
            size += padded(data.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int highest = Integer.highestOneBit(count);
        out.putInt(0x00010000).putShort((short) count).putShort((short) (highest * 16))
                .putShort((short) (31 - Integer.numberOfLeadingZeros(highest))).putShort((short) (count * 16 - highest * 16));
        int offset = 12 + 16 * count;
        int headOffset = -1;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] data = e.getValue();
            if (e.getKey().equals("head")) {
                headOffset = offset;
                ByteBuffer.wrap(data).putInt(8, 0);
            }
            out.put(e.getKey().getBytes(StandardCharsets.US_ASCII)).putInt((int) checksum(data))
                    .putInt(offset).putInt(data.length);
            offset += padded(data.length);
        }
        for (byte[] data : tables.values()) {
            out.put(data).put(new byte[padded(data.length) - data.length]);
        }
        byte[] file = out.array();
        if (headOffset >= 0) {
            ByteBuffer.wrap(file).putInt(headOffset + 8, (int) (0xB1B0AFBAL - checksum(file)));
        }
        return file;
    }

    /** {@code length} rounded up to the 4-byte boundary tables start on. */
    public static int padded(int length) {
        return (length + 3) & ~3;
    }

    /** A table's checksum: the sum of its big-endian 32-bit words, zero-padded. */
    public static long checksum(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i++) {
            sum += (data[i] & 0xffL) << (24 - 8 * (i % 4));
        }
        return sum & 0xffffffffL;
    }
}
