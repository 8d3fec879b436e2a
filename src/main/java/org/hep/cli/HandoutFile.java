package org.hep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hep.io.AtomicFile;
import org.hep.io.ExistingFile;
import org.hep.diag.IoMessages;

/**
 * Where {@code generate} and {@code batch} put a handout (and {@code figures} its sheet and
 * pictures), with the same rules for all:
 * missing folders are made, only a file of the handout's own kind (or an empty one) is replaced,
 * and with {@code --no-clobber} an existing file is kept.
 */
final class HandoutFile {
    private HandoutFile() {
    }

    /** Makes the folder {@code target} goes into when it is missing, as for every file hep writes. */
    static void makeFolder(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            if (dir != null && !Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new UncheckedIOException(target + ": cannot write: not a directory", e);
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + IoMessages.reason(e), e);
        }
    }

    static void write(Path target, byte[] bytes, boolean noClobber) {
        write(target, bytes, noClobber, null);
    }

    /** @param placed run as the file is put in place (see {@link AtomicFile#write(Path, byte[], boolean, Runnable)}) */
    static void write(Path target, byte[] bytes, boolean noClobber, Runnable placed) {
        makeFolder(target);
        if (!noClobber) {
            ExistingFile.refuseOtherKinds(target, bytes);
            AtomicFile.write(target, bytes, true, placed);
            return;
        }
        try {
            AtomicFile.write(target, bytes, false, placed);
        } catch (AtomicFile.ExistsException e) {
            throw new UncheckedIOException(target + ": cannot write: already exists (--no-clobber keeps it)",
                    e.getCause());
        }
    }
}
