package org.hep.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The {@code -o} value as a path: checked before any work, so a typo costs nothing. */
final class OutputPath {
    private OutputPath() {
    }

    /** null for stdout ({@code -} or no option). */
    static Path of(String value) {
        if (value == null || value.equals("-")) {
            return null;
        }
        if (value.isBlank()) {
            throw new UsageException("-o: the output file name is empty; give a file name, or - for stdout");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("-o: cannot use this file name (" + Cli.oneLine(e.getReason()) + ")");
        }
    }
}
