package org.hep.render;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Flate compression with one compressor per thread, reset for each stream: PDFBox makes and
 * frees a new one (some 256 KB of zlib state) for every stream it compresses.
 */
final class Zlib {
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(Deflater::new);
    /** Bounded: a long batch of varied plans keeps only the latest. */
    private static final int REMEMBERED = 16;

    /** Plain bytes and level, compared by content; the bytes are copied only when kept. */
    private static final class Key {
        final byte[] data;
        final int length;
        final int level;
        final int hash;

        Key(byte[] data, int length, int level) {
            this.data = data;
            this.length = length;
            this.level = level;
            CRC32 crc = new CRC32();
            crc.update(data, 0, length);
            this.hash = (int) crc.getValue() * 31 + level;
        }

        Key kept() {
            return new Key(Arrays.copyOf(data, length), length, level);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.level == level
                    && Arrays.equals(k.data, 0, k.length, data, 0, length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final Map<Key, byte[]> COMPRESSED = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    private Zlib() {
    }

    /** The first {@code length} bytes of {@code data}, compressed at {@code level}. */
    static byte[] deflate(byte[] data, int length, int level) {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setLevel(level);
        deflater.setInput(data, 0, length);
        deflater.finish();
        byte[] out = new byte[Math.max(256, length / 3)];
        int count = 0;
        while (!deflater.finished()) {
            if (count == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            count += deflater.deflate(out, count, out.length - count);
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * Like {@link #deflate}, for bytes that often repeat from one handout to the next (a batch's
     * handouts for one plan differ only in their pages, so their object streams and XMP packets
     * are the same): the same bytes give the compression already made. The result is shared;
     * callers do not change it.
     */
    static byte[] deflateRemembered(byte[] data, int length, int level) {
        Key key = new Key(data, length, level);
        synchronized (COMPRESSED) {
            byte[] known = COMPRESSED.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] made = deflate(data, length, level);
        synchronized (COMPRESSED) {
            COMPRESSED.put(key.kept(), made);
        }
        return made;
    }
}
