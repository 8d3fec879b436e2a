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
    /** Enough to see past an XML declaration, a comment or two and a doctype to the first element. */
    private static final int HEAD = 1024;
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
        String is = kind != Kind.OTHER ? kind.words : utf16(head, n) ? "" : !isText(head, n, n == TEXT_HEAD) ? null
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

    /** Text in UTF-16, as Windows' Notepad saves "Unicode": it starts with a byte order mark. */
    private static boolean utf16(byte[] b, int n) {
        return n >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
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
     * A plan, exercise, template or hep.yaml: a YAML document mark first, or the first key is one
     * such files start with and another of their keys follows at the top level, or the first is
     * one no other file has ({@code extends}, {@code exercises}, {@code steps}). A note such as
     * "title: meeting / date: monday" or "size: 12" is text a summary may replace; a summary
     * itself never starts with a key: its first line is a title, a heading, a bracket or a CSV header.
     */
    private static boolean isHepYaml(String text) {
        int keys = 0;
        for (String line : text.replaceFirst("^\uFEFF", "").split("\\R", -1)) {
            String l = line.stripTrailing();
            if (keys == 0 && (l.equals("---") || l.startsWith("%YAML"))) {
                return true;
            }
            if (l.isEmpty() || l.startsWith("#") || Character.isWhitespace(l.charAt(0)) || l.startsWith("- ")) {
                continue; // nested lines and list items under a key
            }
            int colon = l.indexOf(':');
            String key = colon > 0 && (colon == l.length() - 1 || l.charAt(colon + 1) == ' ') ? l.substring(0, colon) : null;
            if (key == null || !YAML_KEYS.contains(key)) {
                return false;
            }
            if (keys == 0 && DECISIVE_KEYS.contains(key) || ++keys >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Keys only hep's own files start with. */
    private static final java.util.Set<String> DECISIVE_KEYS = java.util.Set.of("extends", "exercises", "steps");

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
            String text = markupStart(start.replaceFirst("^\u00EF\u00BB\u00BF", "").toLowerCase(Locale.ROOT));
            if (text.startsWith("<svg") || text.startsWith("<!doctype svg")) {
                return SVG;
            }
            return text.startsWith("<!doctype html") || text.startsWith("<html") ? HTML : OTHER;
        }

        /**
         * The text from its first element or doctype on: past white space, an XML declaration and
         * comments, as a browser's "save page" (<!-- saved from url=… -->) or Inkscape
         * (<?xml …?><!-- Created with Inkscape -->) write them before the page or picture.
         */
        private static String markupStart(String text) {
            String t = text.stripLeading();
            while (true) {
                int end = t.startsWith("<?xml") ? t.indexOf("?>") : t.startsWith("<!--") ? t.indexOf("-->") : -2;
                if (end == -2) {
                    return t;
                }
                if (end < 0) {
                    return "";
                }
                t = t.substring(end + (t.startsWith("<?xml") ? 2 : 3)).stripLeading();
            }
        }
    }
}
