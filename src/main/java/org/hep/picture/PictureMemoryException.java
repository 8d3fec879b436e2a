package org.hep.picture;

import java.nio.file.Path;

/**
 * A picture that the heap cannot hold while it is decoded. Reported by the picture's name, so a
 * clinic knows which photo to make smaller, instead of as a nameless "out of memory".
 */
public final class PictureMemoryException extends RuntimeException {
    private final transient Path path;

    PictureMemoryException(Path path) {
        super(path + ": not enough memory to decode this picture");
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
