package org.hep.model;

import java.nio.file.Path;

/** A PNG or JPEG on disk, with its pixel size read once at load time (for the aspect ratio). */
public record ImageFile(Path path, int width, int height) {
}
