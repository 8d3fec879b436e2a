package org.hep.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** A picture file as a data: URI, so the HTML handout is one file that works offline and in e-mail. */
final class DataUri {
    private DataUri() {
    }

    static String of(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
        }
        return "data:" + type(bytes) + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** PNG or JPEG by their magic bytes: the loader has already refused anything else. */
    private static String type(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                ? "image/png" : "image/jpeg";
    }
}
