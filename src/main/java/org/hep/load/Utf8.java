package org.hep.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How hep reads text files: UTF-8, strictly (a bad byte is an error to report, not a '?'),
 * with a leading byte-order mark skipped, since Windows editors and spreadsheets write one.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** 3 when {@code bytes} start with the UTF-8 byte-order mark EF BB BF, else 0. */
    public static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /**
     * "UTF-16" or "UTF-32" when {@code bytes} start with that encoding's byte-order mark (Windows
     * Notepad's "Unicode", a spreadsheet's "Unicode text"), or with ASCII text in it without one
     * (zero bytes beside each letter, which no UTF-8 YAML file has); else null.
     */
    public static String wideEncoding(byte[] bytes) {
        int n = bytes.length;
        int b0 = n > 0 ? bytes[0] & 0xFF : -1;
        int b1 = n > 1 ? bytes[1] & 0xFF : -1;
        int b2 = n > 2 ? bytes[2] & 0xFF : -1;
        int b3 = n > 3 ? bytes[3] & 0xFF : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0
                || b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0 && b3 < 0x80 || b0 > 0 && b0 < 0x80 && b1 == 0 && b2 == 0 && b3 == 0) {
            return "UTF-32";
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            return "UTF-16";
        }
        boolean littleEndian = b0 > 0 && b0 < 0x80 && b1 == 0 && b2 > 0 && b2 < 0x80 && b3 == 0;
        boolean bigEndian = b0 == 0 && b1 > 0 && b1 < 0x80 && b2 == 0 && b3 > 0 && b3 < 0x80;
        return littleEndian || bigEndian ? "UTF-16" : null;
    }

    /** {@code in} without its byte-order mark, if it starts with one. */
    public static InputStream withoutBom(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 3);
        byte[] head = p.readNBytes(3);
        if (bomLength(head) == 0) {
            p.unread(head);
        }
        return p;
    }

    /** A decoder that throws on malformed or unmappable bytes instead of replacing them. */
    public static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
