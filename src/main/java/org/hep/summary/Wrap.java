package org.hep.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrap for monospaced output, by the columns a terminal shows ({@link TerminalWidth}): an
 * accent on its letter takes none, a Chinese character or an emoji two. Lines break at spaces,
 * and between CJK characters, which are written without them. A word wider than a whole line is
 * cut, as the printed handout cuts it: after a hyphen when one fits, else as late as fits.
 */
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
        int width = TerminalWidth.of(first);
        int restWidth = TerminalWidth.of(rest);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            boolean space = !empty;
            for (String piece : pieces(word)) {
                int w = TerminalWidth.of(piece);
                if (!empty && width + (space ? 1 : 0) + w > WIDTH) {
                    out.add(line.toString());
                    line = new StringBuilder(rest);
                    width = restWidth;
                    empty = true;
                }
                if (!empty && space) {
                    line.append(' ');
                    width++;
                }
                space = false;
                if (empty && width + w > WIDTH) {
                    // Wider than a whole line: every part but the last fills a line of its own.
                    List<String> parts = cut(piece, WIDTH - width, WIDTH - restWidth);
                    for (String part : parts.subList(0, parts.size() - 1)) {
                        out.add(line.append(part).toString());
                        line = new StringBuilder(rest);
                    }
                    if (parts.size() > 1) {
                        piece = parts.get(parts.size() - 1);
                        width = restWidth;
                        w = TerminalWidth.of(piece);
                    }
                }
                line.append(piece);
                width += w;
                empty = false;
            }
        }
        out.add(line.toString());
        return out;
    }

    /** The word in pieces between which a line may break without a hyphen: between CJK characters. */
    private static List<String> pieces(String word) {
        List<String> clusters = TerminalWidth.clusters(word);
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        String before = null;
        for (String c : clusters) {
            if (before != null && TerminalWidth.breakBetween(before, c)) {
                out.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(c);
            before = c;
        }
        out.add(piece.toString());
        return out;
    }

    /**
     * A piece too wide for a line cut into parts: the first fits {@code firstRoom} columns, the others
     * {@code room}. Each part ends after its last hyphen between letters ("Super-" / "market"), or,
     * with none, as late as fits; every part holds at least one character, so nothing is lost.
     */
    private static List<String> cut(String piece, int firstRoom, int room) {
        List<String> parts = new ArrayList<>();
        List<String> clusters = TerminalWidth.clusters(piece);
        int start = 0;
        int fits = firstRoom;
        while (start < clusters.size()) {
            int end = start;
            int used = 0;
            while (end < clusters.size() && (end == start || used + TerminalWidth.ofCluster(clusters.get(end)) <= fits)) {
                used += TerminalWidth.ofCluster(clusters.get(end));
                end++;
            }
            if (end < clusters.size()) {
                for (int i = end - 1; i > start; i--) {
                    if (hyphen(clusters.get(i)) && letter(clusters.get(i - 1)) && letter(clusters.get(i + 1))) {
                        end = i + 1;
                        break;
                    }
                }
            }
            parts.add(String.join("", clusters.subList(start, end)));
            start = end;
            fits = room;
        }
        return parts;
    }

    private static boolean hyphen(String cluster) {
        return cluster.equals("-") || cluster.equals("\u2010");
    }

    private static boolean letter(String cluster) {
        return Character.isLetter(cluster.codePointAt(0));
    }

    /** Spaces as wide as {@code prefix} shows, for the hanging indent under it. */
    static String spaces(String prefix) {
        return " ".repeat(TerminalWidth.of(prefix));
    }
}
