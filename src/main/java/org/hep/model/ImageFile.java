package org.hep.model;

import java.nio.file.Path;

/**
 * A PNG or JPEG on disk, with its pixel size read once at load time (for the aspect ratio), and
 * where it was named: its data is decoded only when drawn, and a damaged one is reported there.
 */
public record ImageFile(Path path, int width, int height, Origin namedAt) {
}
