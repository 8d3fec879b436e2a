package org.hep.cli;

import java.nio.file.InvalidPathException;

/**
 * Why a file name cannot be used, in words: Java's reason under {@code LC_ALL=C} (as under cron)
 * is "Malformed input or input contains unmappable characters", which names no cause a user can
 * act on. The cause is the locale: it has no way to spell a non-ASCII name.
 */
final class FileNameWords {
    private FileNameWords() {
    }

    /** "cannot use this file name: …", without the name itself. */
    static String cannotUse(InvalidPathException e) {
        String reason = e.getReason() == null ? "" : e.getReason();
        if (reason.startsWith("Malformed input") || reason.contains("unmappable")) {
            return "cannot use this file name: the system's locale cannot represent its characters; "
                    + "run hep under a UTF-8 locale such as C.UTF-8";
        }
        if (reason.startsWith("Nul character")) {
            return "cannot use this file name: it holds a NUL character";
        }
        return "cannot use this file name (" + Cli.oneLine(reason) + ")";
    }
}
