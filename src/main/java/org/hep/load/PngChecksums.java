package org.hep.load;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * Whether every chunk of a PNG file carries the checksum of its bytes, as libpng and browsers
 * require. Java's reader skips the check, so a PNG damaged in a copy or a mail attachment would
 * print here and be refused by every other program; it is refused here too, when the plan is read.
 */
final class PngChecksums {
    private static final long SIGNATURE = 0x89504E470D0A1A0AL;
    private static final int IEND = 0x49454E44;

    private PngChecksums() {
    }

    /** @return the type of the first chunk whose checksum does not match ("IHDR"), or null when all do */
    static String firstBad(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream, 1 << 16));
        if (in.readLong() != SIGNATURE) {
            return null; // not a PNG: the reader says so
        }
        byte[] buffer = new byte[1 << 16];
        try {
            while (true) {
                long length = in.readInt() & 0xFFFF_FFFFL;
                int type = in.readInt();
                CRC32 crc = new CRC32();
                crc.update(new byte[] {(byte) (type >>> 24), (byte) (type >>> 16), (byte) (type >>> 8), (byte) type});
                for (long left = length; left > 0; ) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        throw new EOFException();
                    }
                    crc.update(buffer, 0, n);
                    left -= n;
                }
                if ((in.readInt() & 0xFFFF_FFFFL) != crc.getValue()) {
                    return new String(new char[] {(char) (type >>> 24), (char) ((type >>> 16) & 0xFF),
                            (char) ((type >>> 8) & 0xFF), (char) (type & 0xFF)});
                }
                if (type == IEND) {
                    return null;
                }
            }
        } catch (EOFException e) {
            return null; // cut short: the decoder reports it when the picture is drawn
        }
    }
}
