package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Remembered compression gives back what the bytes compress to, even when the caller's buffer is reused. */
class ZlibTest {
    @Test
    void aReusedBufferGetsItsNewContentsCompressed() throws Exception {
        byte[] buffer = "<</S/P/P 13 0 R/Pg 9 0 R/K 1>>".repeat(20).getBytes(StandardCharsets.US_ASCII);
        byte[] first = Zlib.deflateRemembered(buffer, buffer.length, 6);
        byte[] before = buffer.clone();
        buffer[5] = 'H'; // the same array, now other bytes (as a writer reusing its buffer would)
        byte[] second = Zlib.deflateRemembered(buffer, buffer.length, 6);
        assertArrayEquals(before, inflate(first));
        assertArrayEquals(buffer, inflate(second));
        assertArrayEquals(Zlib.deflate(buffer, buffer.length, 6), second);
    }

    @Test
    void onlyTheGivenLengthCounts() throws Exception {
        byte[] buffer = "BT /T1 12 Tf (abc) Tj ET\n".repeat(10).getBytes(StandardCharsets.US_ASCII);
        byte[] part = Zlib.deflateRemembered(buffer, 25, 6);
        assertArrayEquals(java.util.Arrays.copyOf(buffer, 25), inflate(part));
    }

    private static byte[] inflate(byte[] z) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(z);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1024];
        while (!inflater.finished()) {
            out.write(chunk, 0, inflater.inflate(chunk));
        }
        inflater.end();
        return out.toByteArray();
    }
}
