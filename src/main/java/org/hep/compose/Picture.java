package org.hep.compose;

import java.nio.file.Path;

/** A picture file with its pixel size (for the aspect ratio) and the words a screen reader says for it. */
public record Picture(Path path, int width, int height, String alt) {
}
