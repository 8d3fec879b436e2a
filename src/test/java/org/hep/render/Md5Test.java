package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The file identifier's MD5 is the JDK's, for short and long messages and every padding case. */
class Md5Test {
    @Test
    void asTheJdkDigests() throws NoSuchAlgorithmException {
        Random random = new Random(5);
        for (int length = 0; length < 300; length++) {
            byte[] message = new byte[length];
            random.nextBytes(message);
            assertArrayEquals(MessageDigest.getInstance("MD5").digest(message), Md5.digest(message), "length " + length);
        }
        byte[] id = Long.toString(Long.MIN_VALUE).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertArrayEquals(MessageDigest.getInstance("MD5").digest(id), Md5.digest(id));
    }
}
