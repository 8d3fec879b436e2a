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
