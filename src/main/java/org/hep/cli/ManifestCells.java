package org.hep.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hep.model.SafeText;

/** Checks on the raw cells of one manifest row, before any of them is used. */
final class ManifestCells {
    private ManifestCells() {
    }

    /** A cell that is not a usable path: it carries the row's message. */
    static final class BadPath extends RuntimeException {
        BadPath(String message) {
            super(message);
        }
    }

    /**
     * One message per cell holding a control character (a NUL, an escape sequence that would
     * hide text on a terminal…); those cells are not used further.
     */
    static void controls(Map<String, String> cells, List<String> problems, String at) {
        cells.forEach((column, value) -> {
            int i = SafeText.firstForbidden(value);
            if (i >= 0) {
                problems.add(at + "'" + column + "' contains the " + SafeText.describe(value.codePointAt(i))
                        + "; remove it from the manifest");
            }
        });
    }

    static boolean clean(String value) {
        return value == null || SafeText.firstForbidden(value) < 0;
    }

    /** The cell as a path; a name the locale cannot encode (non-ASCII under LC_ALL=C) is a row problem. */
    static Path path(String cell) {
        try {
            return Path.of(cell);
        } catch (InvalidPathException e) {
            throw new BadPath("cannot use the file name '" + Cli.oneLine(cell)
                    + "' under this locale; run hep under a UTF-8 locale such as C.UTF-8");
        }
    }

    /** The folder a manifest file sits in (the working folder for a bare file name). */
    static Path folderOf(Path manifest) {
        Path parent = manifest.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }
}
