package org.hep.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.hep.diag.IoMessages;

/**
 * Writes a file through a temporary file in the same folder and a rename, so readers see
 * either the old file or the whole new one, never half a PDF. The temp file is removed on failure.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** What goes into the file; may fail part way, and then the target is left as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            if (Files.isDirectory(abs)) {
                throw new IOException("is a folder");
            }
            tmp = createTemp(dir, abs.getFileName().toString());
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + IoMessages.reason(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more we can do; the failure itself is already being reported
                }
            }
        }
    }

    /** A private (rw-------) handout stays private when it is written again. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.isRegularFile(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps the folder's default
        }
    }

    /**
     * A new hidden file beside the target. Unlike {@link Files#createTempFile}, which makes the
     * file private (rw-------), this keeps the folder's usual mode (rw-r--r-- under umask 022),
     * so a handout can be printed or shared like any file the user saves.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            // Short, so any name that is legal for the target is legal for its temp file too.
            Path tmp = dir.resolve(".hep-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // another writer picked the same name; try another
            }
        }
    }
}
