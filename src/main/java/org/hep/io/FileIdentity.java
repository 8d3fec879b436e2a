package org.hep.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file's identity whatever path names it: its device and inode where the file system has
 * them, else its real path. A picture or plan reached through links or {@code ..} is one file,
 * so it is counted, cached and read once.
 */
public final class FileIdentity {
    private FileIdentity() {
    }

    /** The identity of the file at {@code path}; a path that cannot be read stands for itself, normalised. */
    public static Object of(Path path) {
        try {
            return of(path, Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** As {@link #of(Path)}, from attributes the caller has read already. */
    public static Object of(Path path, BasicFileAttributes attributes) throws IOException {
        Object key = attributes.fileKey();
        return key != null ? key : path.toRealPath();
    }
}
