package org.hep.picture;

import java.nio.file.Path;

/** A PNG or JPEG whose header reads (the loader checked it) but whose picture data does not decode. */
public final class DamagedPictureException extends RuntimeException {
    private final transient Path path;

    DamagedPictureException(Path path, Throwable cause) {
        super(path + ": picture data is damaged", cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
