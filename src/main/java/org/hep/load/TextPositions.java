package org.hep.load;

import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Line and column of a spot inside a text value, for messages that point at the mistake
 * itself ("{hlod}" in the middle of a step) rather than at the start of the value. The file
 * is read again only when there is something to report.
 */
final class TextPositions {
    private final Source source;
    private int[] text;

    TextPositions(Source source) {
        this.source = source;
    }

    /**
     * {line, column} (from 1) of {@code needle} found at {@code offset} in the node's value.
     * The value and the file differ by quoting and line folding, so the same occurrence of the
     * needle is looked up in the file; if that fails, the value's own start is close enough.
     */
    int[] at(ScalarNode node, int offset, String needle) {
        int line = node.getStartMark().getLine() + 1;
        int column = node.getStartMark().getColumn() + 1;
        String value = node.getValue();
        int occurrence = 0;
        for (int i = value.indexOf(needle); i >= 0 && i < offset; i = value.indexOf(needle, i + 1)) {
            occurrence++;
        }
        int[] cps = text();
        int start = node.getStartMark().getIndex();
        int end = Math.min(node.getEndMark().getIndex(), cps.length);
        int[] want = needle.codePoints().toArray();
        for (int i = start; i + want.length <= end; i++) {
            if (matches(cps, i, want) && occurrence-- == 0) {
                return walk(cps, start, i, line, column);
            }
        }
        return new int[] {line, column};
    }

    private int[] text() {
        if (text == null) {
            text = YamlDocument.decode(source).codePoints().toArray();
        }
        return text;
    }

    private static boolean matches(int[] cps, int at, int[] want) {
        for (int j = 0; j < want.length; j++) {
            if (cps[at + j] != want[j]) {
                return false;
            }
        }
        return true;
    }

    /** Counts lines and columns from a known position, with \r\n as one line break, like the parser. */
    private static int[] walk(int[] cps, int from, int to, int line, int column) {
        for (int i = from; i < to; i++) {
            boolean crlf = cps[i] == '\r' && i + 1 < cps.length && cps[i + 1] == '\n';
            if (cps[i] == '\n' || (cps[i] == '\r' && !crlf)) {
                line++;
                column = 1;
            } else if (!crlf) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
