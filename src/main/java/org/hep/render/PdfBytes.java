package org.hep.render;

import java.io.OutputStream;

/** A growable byte buffer without ByteArrayOutputStream's locking, and PDF's token spacing. */
final class PdfBytes extends OutputStream {
    byte[] buf;
    int count;
    /** Whether the last token ends in a regular character, so a number or word needs a space first. */
    boolean spaced;
    /** A builder's characters, copied out to be written; see {@link #usAscii(StringBuilder)}. */
    private char[] chars = new char[0];

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

    PdfBytes ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[count++] = (byte) s.charAt(i);
        }
        return this;
    }

    /**
     * The characters as {@code String.getBytes(US_ASCII)} gives them (what PDFBox's content stream
     * writes for a command), without making the string and its bytes first. A StringBuilder and
     * a String each have their own copy: through {@code CharSequence} every character was an
     * interface call the compiler could not inline, and a builder's characters are copied out in
     * one go (its {@code charAt} checks the index and the coder every time).
     */
    PdfBytes usAscii(StringBuilder s) {
        int n = s.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        s.getChars(0, n, chars, 0);
        room(n);
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c > 0x7f) {
                return usAscii(s.toString());
            }
            buf[count + i] = (byte) c;
        }
        count += n;
        return this;
    }

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
