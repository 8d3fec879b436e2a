package org.hep.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.hep.diag.IoMessages;

/**
 * Writing a handout again over last week's is routine; writing it over anything else is data
 * lost: {@code -o notes.docx} by a slip, or a link named {@code handout.pdf} that points at a
 * config file. So a handout only replaces a file of its own kind (a PDF, an HTML page, or for
 * {@code hep figures} an SVG picture), or an empty one ({@code mktemp}). New names, devices and FIFOs are not files to lose.
 */
public final class ExistingFile {
    private static final int HEAD = 64;

    private ExistingFile() {
    }

    /**
     * @throws UncheckedIOException (exit 3) naming {@code target} when the file there is of another kind;
     *     what {@link OutputTarget#of} refuses is refused first, with its own message
     */
    public static void refuseOtherKinds(Path target, byte[] replacement) {
        Kind kind = Kind.of(replacement, replacement.length);
        byte[] head = new byte[HEAD];
        int n;
        OutputTarget to = OutputTarget.of(target);
        if (to.stream()) {
            return;
        }
        try {
            try (InputStream in = Files.newInputStream(to.path())) {
                n = in.readNBytes(head, 0, HEAD);
            }
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: cannot read the file there to check it is "
                    + kind.words + " (" + IoMessages.reason(e) + ")", e);
        }
        if (n > 0 && Kind.of(head, n) != kind) {
            String why = "the file there is not " + kind.words + "; remove it or choose another name";
            throw new UncheckedIOException(target + ": cannot write: " + why,
                    new FileSystemException(target.toString(), null, why));
        }
    }

    private enum Kind {
        PDF("a PDF"), HTML("an HTML page"), SVG("an SVG picture"), OTHER("a handout");

        final String words;

        Kind(String words) {
            this.words = words;
        }

        static Kind of(byte[] bytes, int length) {
            String start = new String(bytes, 0, Math.min(length, HEAD), StandardCharsets.ISO_8859_1);
            if (start.startsWith("%PDF-")) {
                return PDF;
            }
            String text = start.replaceFirst("^(\u00EF\u00BB\u00BF)?\\s*", "").toLowerCase(Locale.ROOT);
            if (text.startsWith("<svg") || text.startsWith("<?xml") && text.contains("<svg")) {
                return SVG;
            }
            return text.startsWith("<!doctype html") || text.startsWith("<html") ? HTML : OTHER;
        }
    }
}
