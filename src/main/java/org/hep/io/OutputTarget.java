package org.hep.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.hep.diag.RequestException;
import org.hep.load.InputFiles;
import org.hep.diag.IoMessages;

/**
 * What an output path names, decided the way a Unix tool would: a character device or a FIFO
 * is written through as a stream (replacing {@code /dev/null} by a file would break the system),
 * a symlink is followed so that its target is replaced and the link stays, and a read-only file
 * is refused even for root. An output that is one of the run's own inputs is refused (exit 2).
 *
 * @param path   where the bytes go: the file to replace, or the device or FIFO to stream to
 * @param stream true to write through, false to replace {@code path} by an atomic rename
 */
public record OutputTarget(Path path, boolean stream) {
    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHAR_DEVICE = 0020000;
    private static final int FOLDER = 0040000;
    private static final int REGULAR = 0100000;
    private static final int MAX_LINKS = 40;

    /** @throws UncheckedIOException (exit 3) or {@link RequestException} (exit 2), each naming {@code given} */
    public static OutputTarget of(Path given) {
        try {
            OutputTarget t = resolve(given);
            Path input = InputFiles.inputSameAs(t.path());
            if (input != null) {
                throw new RequestException(RequestException.Subject.OUTPUT, given + ": this is also an input of this run ("
                        + input + "); choose another output file");
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(given + ": cannot write: " + IoMessages.reason(e), e);
        }
    }

    /** Standard output as the system names it: its file status is that of what the shell opened there. */
    private static final Path STANDARD_OUTPUT = Path.of("/dev/stdout");

    /**
     * The input of this run that standard output is ({@code hep summary p.yaml 1<>p.yaml}, or
     * {@code >> p.yaml}, which the shell opens without emptying it), or null: a pipe, a terminal,
     * another file, or a system without {@code /dev/stdout}.
     */
    public static Path inputAtStandardOutput() {
        return InputFiles.inputSameAs(STANDARD_OUTPUT);
    }

    /** Whether standard output is a pipe ("| head"): a failed write there means its reader has gone. */
    public static boolean standardOutputIsPipe() {
        try {
            return ((Integer) Files.getAttribute(STANDARD_OUTPUT, "unix:mode") & TYPE) == FIFO;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static OutputTarget resolve(Path given) throws IOException {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(given, "unix:mode");
        } catch (NoSuchFileException e) {
            return new OutputTarget(newFile(given), false);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            mode = Files.isDirectory(given) ? FOLDER : Files.isRegularFile(given) ? REGULAR : CHAR_DEVICE;
        }
        switch (mode & TYPE) {
            case FIFO, CHAR_DEVICE -> {
                return new OutputTarget(given, true);
            }
            case REGULAR -> {
                if ((mode & 0222) == 0) {
                    throw new FileSystemException(given.toString(), null,
                            "the file is read-only; make it writable or choose another name");
                }
                return new OutputTarget(given.toRealPath(), false);
            }
            case FOLDER -> throw new FileSystemException(given.toString(), null, "is a folder");
            default -> throw new FileSystemException(given.toString(), null,
                    "not a file, FIFO or character device");
        }
    }

    /**
     * A path that does not exist yet; when it is a dangling symlink, the file it points to is made
     * (as the shell's {@code >} does), so the link stays a link.
     */
    private static Path newFile(Path given) throws IOException {
        Path p = given.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(given.toString(), null, "too many levels of symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p));
        }
        Path parent = p.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new NoSuchFileException(given.toString());
        }
        return parent.toRealPath().resolve(p.getFileName());
    }
}
