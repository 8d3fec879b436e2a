package org.hep.render;

import java.io.OutputStream;

/** A growable byte buffer without ByteArrayOutputStream's locking, and PDF's token spacing. */
final class PdfBytes extends OutputStream {
    byte[] buf;
    int count;
    /** Whether the last token ends in a regular character, so a number or word needs a space first. */
    boolean spaced;

    PdfBytes(int capacity) {
        buf = new byte[capacity];
    }

    int size() {
        return count;
    }

    /** Empties the buffer for the next use, keeping its room. */
    void reset() {
        count = 0;
        spaced = false;
    }

    private void room(int n) {
        if (count + n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
        }
    }

    @Override
    public void write(int b) {
        room(1);
        buf[count++] = (byte) b;
    }

    PdfBytes put(int b) {
        write(b);
        return this;
    }

    PdfBytes write(char c) {
        write((int) c);
        return this;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        room(len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    /**
     * The characters as {@code String.getBytes(US_ASCII)} gives them (what PDFBox writes for a
     * command or a keyword), without making a byte array first.
     */
    PdfBytes usAscii(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0x7f) {
                write(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                return this;
            }
            buf[count + i] = (byte) c;
        }
        count += n;
        return this;
    }

    /** Before a number or word: a space when the last token needs one between them. */
    PdfBytes token() {
        if (spaced) {
            write(' ');
        }
        spaced = true;
        return this;
    }

    PdfBytes number(long v) {
        if (v < 0) {
            write('-');
            v = -v;
        }
        room(20);
        int start = count;
        do {
            buf[count++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = start, j = count - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    /**
     * A number given in units of 10^-decimals (2, 3 or 5), written without trailing zeros:
     * 66757 → 667.57, 1250 → 12.5, 5 → 0.05. Written digit by digit into the buffer, as a page
     * writes thousands of them.
     */
    PdfBytes decimal(long scaled, int decimals) {
        if (scaled == Long.MIN_VALUE) {
            return usAscii(decimalText(scaled, decimals)); // no positive counterpart; never a coordinate
        }
        long v = scaled;
        if (v < 0) {
            write('-');
            v = -v;
        }
        long unit = decimals == 2 ? 100 : decimals == 3 ? 1000 : 100000;
        number(v / unit);
        long frac = v % unit;
        if (frac != 0) {
            int digits = decimals == 2 ? 2 : decimals == 3 ? 3 : 5;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            room(digits + 1);
            buf[count++] = '.';
            for (int i = digits - 1; i >= 0; i--) { // leading zeros kept: 5 → "05"
                buf[count + i] = (byte) ('0' + frac % 10);
                frac /= 10;
            }
            count += digits;
        }
        return this;
    }

    /** {@link #decimal} as text, the way it was first written (a string built and trimmed). */
    static String decimalText(long scaled, int decimals) {
        StringBuilder line = new StringBuilder();
        long v = scaled;
        if (v < 0) {
            line.append('-');
            v = -v;
        }
        long unit = decimals == 2 ? 100 : decimals == 3 ? 1000 : 100000;
        line.append(v / unit);
        long frac = v % unit;
        if (frac != 0) {
            line.append('.');
            int start = line.length();
            line.append(frac + unit).deleteCharAt(start);
            while (line.charAt(line.length() - 1) == '0') {
                line.setLength(line.length() - 1);
            }
        }
        return line.toString();
    }

    /** {@code v} big-endian in {@code width} bytes. */
    PdfBytes fixed(long v, int width) {
        room(width);
        for (int i = width - 1; i >= 0; i--) {
            buf[count++] = (byte) (v >>> (8 * i));
        }
        return this;
    }

    void hex(int b) {
        write('#');
        write(Character.toUpperCase(Character.forDigit(b >> 4, 16)));
        write(Character.toUpperCase(Character.forDigit(b & 15, 16)));
    }

    byte[] toByteArray() {
        return java.util.Arrays.copyOf(buf, count);
    }
}
