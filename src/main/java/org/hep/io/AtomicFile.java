package org.hep.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
        OutputTarget to = OutputTarget.of(target);
        if (to.stream()) {
            stream(target, to.path(), content);
            return;
        }
        Path tmp = null;
        try {
            tmp = TempFiles.create(to.path().getParent());
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepPermissions(to.path(), tmp);
            try {
                Files.move(tmp, to.path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, to.path(), StandardCopyOption.REPLACE_EXISTING);
            }
            TempFiles.done(tmp);
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
                TempFiles.done(tmp);
            }
        }
    }

    /** A device or FIFO: written through, as {@code > /dev/null} or a named pipe would be by the shell. */
    private static void stream(Path target, Path device, Content content) {
        try (OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + IoMessages.reason(e), e);
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
}
