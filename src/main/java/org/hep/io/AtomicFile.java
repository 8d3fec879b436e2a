package org.hep.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
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

    /** Bytes already made; a class rather than a lambda, which a one-off handout would link at its end. */
    private static final class Bytes implements Content {
        private final byte[] bytes;

        Bytes(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(bytes);
        }
    }

    /** The target existed and the write was asked not to replace it. */
    public static final class ExistsException extends UncheckedIOException {
        ExistsException(Path target, IOException cause) {
            super(target + ": already exists", cause);
        }
    }

    /**
     * True once Ctrl-C or SIGTERM has started the JVM's shutdown: from then on a write in
     * progress fails because its temporary file was removed, not because of its content.
     */
    public static boolean stopping() {
        return TempFiles.closing();
    }

    /**
     * Runs {@code step} unless Ctrl-C or SIGTERM has stopped the writes, under the lock the stop takes:
     * a batch counts a failed row this way, so the closing count and the report (both written after the
     * stop) never disagree about a row that failed in the same instant.
     *
     * @return false when the writes had stopped and {@code step} did not run
     */
    public static boolean unlessStopping(Runnable step) {
        return TempFiles.unlessClosing(step);
    }

    /**
     * Stops every write now: from here on no file is renamed into place, and the temporary files of
     * writes in progress are removed. Ctrl-C and SIGTERM do this anyway; a shutdown hook that reports
     * what was written calls it first, so that nothing is written after it counted.
     */
    public static void stopWrites() {
        TempFiles.removeAll();
    }

    public static void write(Path target, byte[] bytes) {
        write(target, new Bytes(bytes));
    }

    /**
     * Like {@link #write(Path, byte[])} (or {@link #writeNew} when {@code replace} is false), and runs
     * {@code placed} in the same step as the file is put in place, so that a count kept by it agrees
     * with the files there even when Ctrl-C or SIGTERM stops the run.
     */
    public static void write(Path target, byte[] bytes, boolean replace, Runnable placed) {
        write(target, new Bytes(bytes), replace, placed);
    }

    /**
     * Like {@link #write(Path, byte[])}, also after {@link #stopWrites}: for the one file a shutdown hook
     * writes to say what an interrupted run did (a batch's report). Still atomic; its temporary file is
     * its own to remove, since the removal of the others may be running.
     */
    public static void writeWhileStopping(Path target, byte[] bytes) {
        write(target, new Bytes(bytes), true, null, true);
    }

    /**
     * Like {@link #write(Path, byte[])}, but an existing file is never replaced
     * ({@link ExistsException}); a device or FIFO is still written through.
     */
    public static void writeNew(Path target, byte[] bytes) {
        write(target, new Bytes(bytes), false, null);
    }

    public static void write(Path target, Content content) {
        write(target, content, true, null);
    }

    private static void write(Path target, Content content, boolean replace, Runnable placed) {
        write(target, content, replace, placed, false);
    }

    private static void write(Path target, Content content, boolean replace, Runnable placed, boolean whileStopping) {
        OutputTarget to = OutputTarget.of(target);
        if (to.stream()) {
            stream(target, to.path(), content);
            if (placed != null) {
                placed.run();
            }
            return;
        }
        Path tmp = null;
        try {
            tmp = whileStopping ? TempFiles.createUnwatched(to.path().getParent()) : TempFiles.create(to.path().getParent());
            // The temp file is in the output's folder, which someone else may be able to write to: it
            // is never followed if it was swapped for a link, and must still be the file made here
            // when it is put in place (a root job must not write, chown or rename someone's link).
            Object made = identity(tmp);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                content.writeTo(out);
            }
            if (replace) {
                keepPermissions(to.path(), tmp);
            }
            if (!made.equals(identity(tmp))) {
                throw new IOException("its temporary file was replaced by another while it was written");
            }
            Path from = tmp;
            TempFiles.Placing place = () -> {
                if (replace) {
                    replace(from, to.path());
                } else {
                    placeNew(from, to.path());
                }
                // Swapped in the instant before the rename: what was put in place is a link (which the
                // next run would follow) or no file at all. Take it away again and say so. Its type, not
                // its inode: a FAT stick on a Mac numbers a file by where its name is, so a rename
                // changes the number of the very file written.
                if (!Files.isRegularFile(to.path(), LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(to.path());
                    throw new IOException("its temporary file was replaced by another while it was written");
                }
                if (placed != null) {
                    placed.run();
                }
            };
            if (whileStopping) {
                place.run();
            } else {
                TempFiles.commit(place);
            }
            if (replace) {
                TempFiles.done(tmp);
                tmp = null;
            }
        } catch (FileAlreadyExistsException e) {
            throw new ExistsException(target, e);
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

    private static void replace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file itself (device and inode), a link never followed: a regular file, or an IOException. */
    private static Object identity(Path tmp) throws IOException {
        java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(tmp,
                java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile()) {
            throw new IOException("its temporary file was replaced by another while it was written");
        }
        return a.fileKey() != null ? a.fileKey() : Boolean.TRUE; // a file system without inodes: the type only
    }

    /** A device or FIFO: written through, as {@code > /dev/null} or a named pipe would be by the shell. */
    private static void stream(Path target, Path device, Content content) {
        try (OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + IoMessages.reason(e), e);
        }
    }

    /**
     * A hard link fails if the name is taken, so a file another process made a moment ago is
     * never replaced; the temp name is removed afterwards by the caller's cleanup.
     */
    private static void placeNew(Path tmp, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // no hard links here (e.g. a FAT stick): a plain move still refuses an existing name
            Files.move(tmp, target);
        }
    }

    /**
     * A private (rw-------) handout stays private when it is written again, and stays its owner's:
     * a clinic's nightly job run as root must not take a therapist's handout (or its group's, the
     * front desk's) away from them.
     */
    static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.isRegularFile(target)) {
            return;
        }
        try {
            keepOwner(target, tmp);
            // After the owner: changing a file's owner can clear its set-id bits. Never through a link.
            Files.getFileAttributeView(tmp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setPermissions(Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps the folder's default
        }
    }

    /**
     * The old file's owner and group for the new one, as far as this user may give them (root may;
     * others may give a group they belong to): a refusal leaves the writer's own, as before.
     */
    private static void keepOwner(Path target, Path tmp) throws IOException {
        PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes now = view.readAttributes();
        if (!old.owner().equals(now.owner())) {
            try {
                view.setOwner(old.owner());
            } catch (FileSystemException notPermitted) {
                // only root may give a file away
            }
        }
        if (!old.group().equals(now.group())) {
            try {
                view.setGroup(old.group());
            } catch (FileSystemException notPermitted) {
                // not a member of that group
            }
        }
    }
}
