package org.hep.load;

import org.hep.diag.InvalidInputException;
import org.hep.diag.IoMessages;
import org.hep.diag.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a YAML file comes from: a file on disk, a resource inside the jar, or stdin.
 * {@code name} is what error messages print; {@code dir} resolves relative image paths
 * (null when the file is not on disk).
 */
public record Source(String name, Path dir, Opener opener) {

    /** Plenty for a plan: refusing big files before parsing keeps the parser's work bounded. */
    public static final int MAX_BYTES = 512 * 1024;

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static Source file(Path path) {
        Path abs = path.toAbsolutePath().getParent();
        return new Source(path.toString(), abs, new OnDisk(path));
    }

    /** Whether this is a file on disk, whose name a plan's 'id' must match. */
    public boolean onDisk() {
        return opener instanceof OnDisk;
    }

    /** A file on disk, recorded as an input of the run when opened (so no output replaces it). */
    private static final class OnDisk implements Opener {
        private final Path path;

        OnDisk(Path path) {
            this.path = path;
        }

        @Override
        public InputStream open() throws IOException {
            InputFiles.record(path);
            return Files.newInputStream(path);
        }
    }

    public static Source resource(String displayName, String resource) {
        return new Source(displayName, null, new Resource(resource));
    }

    /**
     * A resource inside the jar, by its path there; its YAML may come packed ({@link PackedYaml}).
     * A class, not a record: a record's generated methods are linked at first use.
     */
    static final class Resource implements Opener {
        private final String path;

        Resource(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }

        @Override
        public InputStream open() throws IOException {
            InputStream in = org.hep.resource.BuiltInResource.open(path);
            if (in == null) {
                throw new IOException("missing built-in resource " + path);
            }
            return in;
        }
    }

    public static Source bytes(String name, Path dir, byte[] bytes) {
        return new Source(name, dir, () -> new java.io.ByteArrayInputStream(bytes));
    }

    /**
     * The problem of a file that {@link #read} could not read: "cannot read: permission denied" at
     * no line, named by the file, for reports that go on to the next file.
     */
    public static Problem unreadable(Source source, UncheckedIOException e) {
        String prefix = source.name() + ": ";
        String m = e.getMessage();
        return new Problem(source.name(), 0, 0, m.startsWith(prefix) ? m.substring(prefix.length()) : m);
    }

    /** Reads at most {@link #MAX_BYTES}; a larger file is bad input, reported without reading on. */
    public byte[] read() {
        try (InputStream in = opener.open()) {
            byte[] data = in.readNBytes(MAX_BYTES + 1);
            if (data.length > MAX_BYTES) {
                throw new InvalidInputException(new Problem(name, 1, 1,
                        "file is larger than " + (MAX_BYTES / 1024) + " KB; a plan or exercise file is much smaller"));
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + IoMessages.reason(e), e);
        }
    }
}
