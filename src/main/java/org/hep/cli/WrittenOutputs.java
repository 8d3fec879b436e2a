package org.hep.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The outputs a batch has written, each kept as 12 bytes (a 64-bit fingerprint of its real
 * path and the line that wrote it) instead of the path itself, so a manifest of a hundred
 * thousand rows still runs in a small, flat heap. Two different paths share a fingerprint with
 * a chance of about one in 10^9 for a million rows (the first 8 bytes of SHA-256).
 */
final class WrittenOutputs {
    private long[] keys = new long[1024];
    private int[] lines = new int[1024];
    private int size;

    /** Records that {@code line} wrote {@code real}. */
    void add(Path real, int line) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        if (put(keys, lines, fingerprint(real), line)) {
            size++;
        }
    }

    /** The line that wrote {@code real}, or 0 when none did. */
    int lineOf(Path real) {
        long key = fingerprint(real);
        int mask = keys.length - 1;
        for (int i = slot(key, mask); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return lines[i];
            }
        }
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[2 * oldKeys.length];
        lines = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(keys, lines, oldKeys[i], oldLines[i]);
            }
        }
    }

    /** @return whether the key is new */
    private static boolean put(long[] keys, int[] lines, long key, int line) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        boolean added = keys[i] == 0;
        keys[i] = key;
        lines[i] = line;
        return added;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /** Never 0, which marks an empty slot. */
    private static long fingerprint(Path real) {
        byte[] d;
        try {
            d = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = (key << 8) | (d[i] & 0xff);
        }
        return key == 0 ? 1 : key;
    }
}
