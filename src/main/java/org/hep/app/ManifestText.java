package org.hep.app;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A manifest's bytes as characters, one at a time, each with its line and column. Decoding is
 * done here rather than by a {@link java.io.Reader} because a reader decodes ahead in blocks:
 * a bad byte on line 3 was reported on line 1 and ended the run. Here a byte that is not UTF-8
 * becomes U+FFFD with {@link #invalid} set, so only its own row fails. Line breaks (LF, CRLF or
 * CR) all read as one {@code '\n'}; a leading byte-order mark is skipped.
 *
 * <p>The first line break decides what a lone CR is. In a file whose lines end in LF or CRLF
 * (RFC 4180's own line end), a CR not followed by LF is no line break: it is read as the
 * character {@code '\r'}, a control character in its cell, so that row fails alone instead of
 * being cut in two ("Ann\rBob" printing a handout for "Ann"). A file whose first line ends in a
 * lone CR (an old Mac export) has CR line ends throughout, and reads as before.
 */
final class ManifestText implements Closeable {
    static final int EOF = -1;

    private final InputStream in;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private int nextLine = 1;
    private int nextCol = 1;
    /** How a lone CR reads, known at the first line break: as one (old Mac files) or as a character. */
    private LineEnds lineEnds = LineEnds.UNKNOWN;

    private enum LineEnds { UNKNOWN, LF, CR }
    /** Where the character last read is. */
    int line;
    int col;
    /** True when the character last read stands for bytes that are not UTF-8. */
    boolean invalid;

    /** "UTF-16" or "UTF-32" when the manifest is saved so (a spreadsheet's "Unicode text"), else null. */
    final String wideEncoding;

    ManifestText(InputStream in) throws IOException {
        this.in = in;
        int head = fill(4);
        wideEncoding = org.hep.load.Utf8.wideEncoding(java.util.Arrays.copyOfRange(buf, pos, pos + head));
        if (peek() == 0xEF) {
            fill(3);
            if (end - pos >= 3 && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
                pos += 3;
            }
        }
    }

    int read() throws IOException {
        line = nextLine;
        col = nextCol;
        invalid = false;
        int b = take();
        if (b == '\r') {
            if (peek() == '\n') {
                take();
                b = '\n';
            } else if (lineEnds != LineEnds.LF) {
                lineEnds = LineEnds.CR;
                b = '\n';
            }
        }
        if (b == '\n') {
            if (lineEnds == LineEnds.UNKNOWN) {
                lineEnds = LineEnds.LF;
            }
            nextLine++;
            nextCol = 1;
            return b;
        }
        if (b == EOF) {
            return b;
        }
        nextCol++;
        return b < 0x80 ? b : decode(b);
    }

    /** The rest of a multi-byte character (RFC 3629: no overlong forms, surrogates or values above U+10FFFF). */
    private int decode(int lead) throws IOException {
        int more;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            more = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            more = 2;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            more = 3;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return bad();
        }
        int cp = lead & (0x3F >> more);
        for (int i = 0; i < more; i++) {
            int b = peek();
            if (b < low || b > high) {
                return bad(); // the byte that breaks the sequence is read again as a character of its own
            }
            take();
            cp = (cp << 6) | (b & 0x3F);
            low = 0x80;
            high = 0xBF;
        }
        return cp;
    }

    private int bad() {
        invalid = true;
        return 0xFFFD;
    }

    private int take() throws IOException {
        if (pos == end && fill(1) == 0) {
            return EOF;
        }
        return buf[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos == end && fill(1) == 0) {
            return EOF;
        }
        return buf[pos] & 0xFF;
    }

    /** Makes at least {@code want} bytes available when the input has them; returns how many are. */
    private int fill(int want) throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        while (end < want) {
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                break;
            }
            end += n;
        }
        return end;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
