package org.hep.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file one run of hep reads (plans, exercises, templates, pictures, fonts, the manifest),
 * by file identity (device and inode), so an output can be refused when it is one of them however
 * its path is spelt: through a symlink, a hard link or "./". A run opens a scope; threads it
 * starts (batch workers) share it.
 */
public final class InputFiles {
    private static final InheritableThreadLocal<InputFiles> CURRENT = new InheritableThreadLocal<>();

    private final Map<Object, Path> byKey = new ConcurrentHashMap<>();

    private InputFiles() {
    }

    /** Starts recording for this thread and the threads it creates from now on. */
    public static void begin() {
        CURRENT.set(new InputFiles());
    }

    public static void end() {
        CURRENT.remove();
    }

    /** Notes that the run reads {@code file}; a file that cannot be examined is simply not noted. */
    public static void record(Path file) {
        InputFiles run = CURRENT.get();
        Object key = key(file);
        if (run != null && key != null) {
            run.byKey.putIfAbsent(key, file);
        }
    }

    /** The input that {@code file} is (as it was named when read), or null when it is none of them. */
    public static Path inputSameAs(Path file) {
        InputFiles run = CURRENT.get();
        Object key = key(file);
        return run == null || key == null ? null : run.byKey.get(key);
    }

    private static Object key(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
