package org.hep.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The hidden temporary files of writes in progress. Ctrl-C or SIGTERM runs the JVM's shutdown
 * hooks, and ours removes every one of them, so an interrupted run leaves no {@code .hep-*.tmp}
 * behind; once the JVM is shutting down no new temporary file is made.
 */
final class TempFiles {
    private static final Set<Path> PENDING = new HashSet<>();
    private static boolean closing;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::removeAll, "hep-temp-cleanup"));
    }

    private TempFiles() {
    }

    /**
     * A new hidden file beside the target. Unlike {@link Files#createTempFile}, which makes the
     * file private (rw-------), this keeps the folder's usual mode (rw-r--r-- under umask 022),
     * so a handout can be printed or shared like any file the user saves.
     */
    static Path create(Path dir) throws IOException {
        return create(dir, true);
    }

    /** Like {@link #create(Path)}, also once the JVM is stopping, and not removed by it: the caller removes it. */
    static Path createUnwatched(Path dir) throws IOException {
        return create(dir, false);
    }

    private static Path create(Path dir, boolean watched) throws IOException {
        while (true) {
            // Short, so any name that is legal for the target is legal for its temp file too.
            Path tmp = dir.resolve(".hep-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            synchronized (PENDING) {
                if (closing && watched) {
                    throw new IOException("interrupted");
                }
                try {
                    Files.createFile(tmp);
                    if (watched) {
                        PENDING.add(tmp);
                    }
                    return tmp;
                } catch (FileAlreadyExistsException e) {
                    // another writer picked the same name; try another
                }
            }
        }
    }

    /** A step that puts a temporary file in place. */
    @FunctionalInterface
    interface Placing {
        void run() throws IOException;
    }

    /**
     * Puts a temporary file in place, and does what must go with it (a batch counts the handout), unless
     * the JVM is stopping: then neither happens. Both happen under the lock the shutdown takes, so
     * once {@link #removeAll} has returned no file is renamed into place that was not counted.
     */
    static void commit(Placing place) throws IOException {
        synchronized (PENDING) {
            if (closing) {
                throw new IOException("interrupted");
            }
            place.run();
        }
    }

    /** Runs {@code step} under the shutdown's lock unless it has begun; false when it had. */
    static boolean unlessClosing(Runnable step) {
        synchronized (PENDING) {
            if (closing) {
                return false;
            }
            step.run();
            return true;
        }
    }

    /** True once the JVM is shutting down: writes still in progress are being cut short. */
    static boolean closing() {
        synchronized (PENDING) {
            return closing;
        }
    }

    /** The temp file became the target, or was removed: no longer ours to clean up. */
    static void done(Path tmp) {
        synchronized (PENDING) {
            PENDING.remove(tmp);
        }
    }

    /** The shutdown hook: from now on no temp file is made, and those in progress are removed. */
    static void removeAll() {
        synchronized (PENDING) {
            closing = true;
            removePending();
        }
    }

    /** Removes the temp files of writes in progress; their renames then fail and the targets stay as they were. */
    static void removePending() {
        synchronized (PENDING) {
            for (Path tmp : PENDING) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException e) {
                    // the JVM is going down; nothing more can be done
                }
            }
            PENDING.clear();
        }
    }
}
