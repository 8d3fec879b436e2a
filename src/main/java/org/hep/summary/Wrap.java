package org.hep.summary;

import java.util.ArrayList;
import java.util.List;

/** Word wrap for monospaced output, counting code points so accented and Cyrillic text lines up. */
final class Wrap {
    static final int WIDTH = 78;

    private Wrap() {
    }

    /**
     * {@code text} wrapped to {@link #WIDTH}, the first line starting with {@code first} and
     * the others with {@code rest} (usually spaces of the same width, for a hanging indent).
     */
    static List<String> lines(String text, String first, String rest) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int width = first.codePointCount(0, first.length());
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            int w = word.codePointCount(0, word.length());
            if (!empty && width + 1 + w > WIDTH) {
                out.add(line.toString());
                line = new StringBuilder(rest);
                width = rest.codePointCount(0, rest.length());
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                width++;
            }
            line.append(word);
            width += w;
            empty = false;
        }
        out.add(line.toString());
        return out;
    }

    static String spaces(String prefix) {
        return " ".repeat(prefix.codePointCount(0, prefix.length()));
    }
}
