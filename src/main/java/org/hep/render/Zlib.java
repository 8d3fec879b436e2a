package org.hep.render;

import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Flate compression with one compressor per thread, reset for each stream: PDFBox makes and
 * frees a new one (some 256 KB of zlib state) for every stream it compresses.
 */
final class Zlib {
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(Deflater::new);

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
}
