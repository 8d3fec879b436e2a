package org.hep.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
    private static final int TEXT_HEAD = 4096;
    /** Keys that open hep's YAML files (plans, exercises, templates, translations, hep.yaml). */
    private static final java.util.Set<String> YAML_KEYS = java.util.Set.of("id", "title", "condition", "language",
            "template", "region", "tags", "education", "schedule", "advice", "exercises", "disclaimer", "name",
            "aliases", "summary", "equipment", "start", "steps", "cues", "cautions", "dose", "image", "video", "figure",
            "extends", "page", "margins", "font", "fonts", "size", "accent", "clinic", "footer", "sections", "log",
            "library", "templates", "page_size");

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

    /**
     * For the text outputs ({@code summary}, {@code list}, {@code show}): a summary may replace an
     * earlier summary, a list or any other text, never a handout, a plan or a binary file.
     *
     * @throws UncheckedIOException (exit 3) naming {@code target} when the file there is a PDF, an
     *     HTML page, an SVG picture, one of hep's YAML files, or not UTF-8 text
     */
    public static void refuseUnlessText(Path target) {
        OutputTarget to = OutputTarget.of(target);
        if (to.stream()) {
            return;
        }
        byte[] head = new byte[TEXT_HEAD];
        int n;
        try {
            try (InputStream in = Files.newInputStream(to.path())) {
                n = in.readNBytes(head, 0, TEXT_HEAD);
            }
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: cannot read the file there to check it is text ("
                    + IoMessages.reason(e) + ")", e);
        }
        if (n == 0) {
            return;
        }
        Kind kind = Kind.of(head, n);
        String is = kind != Kind.OTHER ? kind.words : !isText(head, n, n == TEXT_HEAD) ? null
                : isHepYaml(new String(head, 0, n, StandardCharsets.UTF_8)) ? "a YAML plan, exercise, template or settings file"
                : "";
        if (is != null && is.isEmpty()) {
            return;
        }
        String why = (is == null ? "the file there is not text" : "the file there is " + is + ", not text")
                + "; remove it or choose another name";
        throw new UncheckedIOException(target + ": cannot write: " + why,
                new FileSystemException(target.toString(), null, why));
    }

    /** UTF-8 without NUL; a character cut off at the end of what was read still counts as text. */
    private static boolean isText(byte[] bytes, int n, boolean cut) {
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        int end = n;
        if (cut) {
            // Step back over a multi-byte character the read may have split.
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
                end = end - back - 1;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * A plan, exercise, template or hep.yaml: the first line that is not blank, a comment or a
     * document mark names one of the keys such files start with. A summary never starts so: its
     * first line is a title, a heading, a bracket or a CSV header.
     */
    private static boolean isHepYaml(String text) {
        for (String line : text.replaceFirst("^\uFEFF", "").split("\\R", -1)) {
            String l = line.stripTrailing();
            if (l.isEmpty() || l.startsWith("#") || l.equals("---") || l.startsWith("%YAML")) {
                if (l.equals("---") || l.startsWith("%YAML")) {
                    return true;
                }
                continue;
            }
            int colon = l.indexOf(':');
            return colon > 0 && (colon == l.length() - 1 || l.charAt(colon + 1) == ' ')
                    && YAML_KEYS.contains(l.substring(0, colon));
        }
        return false;
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
