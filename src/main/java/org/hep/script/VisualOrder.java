package org.hep.script;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of text in the order its glyphs are drawn, left to right: right-to-left runs
 * (Hebrew, Arabic) reversed by the Unicode bidirectional algorithm with a left-to-right
 * paragraph, as a handout's lines are. A vowel mark stays after its letter, and brackets in a
 * reversed run are mirrored, so nothing is drawn backwards.
 */
public final class VisualOrder {
    private VisualOrder() {
    }

    /** True when the text has right-to-left letters and so must be reordered to be drawn. */
    public static boolean needed(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The explicit direction controls a text may keep (U+202A–U+202C, U+2066–U+2069, U+200E,
     * U+200F, U+061C); the overrides U+202D and U+202E never reach layout.
     */
    public static boolean isControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202C) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    /** Whether {@code text} has a direction control. */
    public static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The embeddings and isolates still open at the end of {@code text}, in the order they were
     * opened, as the Unicode Bidi Algorithm keeps them (rules X5–X7: PDI closes the last open
     * isolate and what was opened inside it, PDF the last embedding unless an isolate is open
     * above it). A line broken inside an isolate begins with these, so it is ordered as the
     * browser orders the whole paragraph.
     */
    public static String openAtEnd(String text) {
        StringBuilder open = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x202A || c == 0x202B || (c >= 0x2066 && c <= 0x2068)) {
                open.append(c);
            } else if (c == 0x202C && open.length() > 0 && !isIsolate(open.charAt(open.length() - 1))) {
                open.setLength(open.length() - 1);
            } else if (c == 0x2069) {
                int last = open.length() - 1;
                while (last >= 0 && !isIsolate(open.charAt(last))) {
                    last--;
                }
                if (last >= 0) {
                    open.setLength(last);
                }
            }
        }
        return open.toString();
    }

    private static boolean isIsolate(char c) {
        return c >= 0x2066 && c <= 0x2068;
    }

    /** {@code text} without its direction controls (the same string when it has none). */
    public static String withoutControls(String text) {
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isControl(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The line in drawing order, without its direction controls; a line without right-to-left
     * text keeps its order.
     */
    public static String of(String line) {
        if (!needed(line)) {
            return withoutControls(line);
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] texts = new Object[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            String run = line.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            texts[r] = (levels[r] & 1) == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        StringBuilder out = new StringBuilder(line.length());
        for (Object t : texts) {
            out.append((String) t);
        }
        return withoutControls(out.toString());
    }

    /** Reversed by letter: each letter keeps its marks after it; brackets are mirrored. */
    static String reversed(String run) {
        List<String> clusters = new ArrayList<>();
        int i = 0;
        while (i < run.length()) {
            int start = i;
            i += Character.charCount(run.codePointAt(i));
            while (i < run.length() && isMark(run.codePointAt(i))) {
                i += Character.charCount(run.codePointAt(i));
            }
            clusters.add(mirror(run.substring(start, i)));
        }
        StringBuilder out = new StringBuilder(run.length());
        for (int c = clusters.size() - 1; c >= 0; c--) {
            out.append(clusters.get(c));
        }
        return out.toString();
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static String mirror(String cluster) {
        if (cluster.length() != 1 || !Character.isMirrored(cluster.charAt(0))) {
            return cluster;
        }
        String pairs = "()[]{}<>«»‹›";
        int at = pairs.indexOf(cluster.charAt(0));
        return at < 0 ? cluster : String.valueOf(pairs.charAt(at ^ 1));
    }
}
