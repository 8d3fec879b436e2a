package org.hep.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking by measured width. Breaks at spaces; a word wider than the line
 * is cut between characters so it is never clipped. Works on spans so a bold label and
 * the text after it wrap as one paragraph.
 */
public final class TextWrap {
    private final Metrics metrics;

    public TextWrap(Metrics metrics) {
        this.metrics = metrics;
    }

    /** Lines, each a list of spans (adjacent same-face words merged). Never empty. */
    public List<List<Span>> wrap(List<Span> spans, float size, float width) {
        List<Span> words = new ArrayList<>();
        for (Span span : spans) {
            for (String w : span.text().split(" ", -1)) {
                words.add(new Span(w, span.face()));
            }
            // split(" ") yields an empty word for each extra space; drop them except between spans
        }
        List<List<Span>> lines = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        float used = 0;
        for (Span word : words) {
            if (word.text().isEmpty()) {
                continue;
            }
            float space = line.isEmpty() ? 0 : metrics.width(" ", word.face(), size);
            float w = metrics.width(word.text(), word.face(), size);
            if (used + space + w <= width) {
                append(line, word.text(), word.face(), !line.isEmpty());
                used += space + w;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            String text = word.text();
            int start = 0;
            int cut = cut(text, start, word.face(), size, width);
            while (cut < text.length()) {
                lines.add(new ArrayList<>(List.of(new Span(text.substring(start, cut), word.face()))));
                start = cut;
                cut = cut(text, start, word.face(), size, width);
            }
            String rest = text.substring(start);
            append(line, rest, word.face(), false);
            used = metrics.width(rest, word.face(), size);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        avoidLoneLastWord(lines, size, width);
        return lines;
    }

    /**
     * "Stop sooner if you need / to." reads badly: when the last line is a single word, the
     * word before it joins it if the two fit, so no line holds one short word alone.
     */
    private void avoidLoneLastWord(List<List<Span>> lines, float size, float width) {
        if (lines.size() < 2) {
            return;
        }
        List<Span> last = lines.get(lines.size() - 1);
        List<Span> before = lines.get(lines.size() - 2);
        if (last.size() != 1 || last.get(0).text().contains(" ") || before.isEmpty()) {
            return;
        }
        Span tail = before.get(before.size() - 1);
        int cut = tail.text().lastIndexOf(' ');
        if (cut <= 0 || tail.face() != last.get(0).face()) {
            return;
        }
        String moved = tail.text().substring(cut + 1) + " " + last.get(0).text();
        if (metrics.width(moved, tail.face(), size) > width) {
            return;
        }
        before.set(before.size() - 1, new Span(tail.text().substring(0, cut), tail.face()));
        last.set(0, new Span(moved, tail.face()));
    }

    public List<String> wrap(String text, Face face, float size, float width) {
        List<String> out = new ArrayList<>();
        for (List<Span> l : wrap(List.of(new Span(text, face)), size, width)) {
            out.add(joined(l));
        }
        return out;
    }

    /** A line's text, its spans one after another. */
    static String joined(List<Span> line) {
        if (line.size() == 1) {
            return line.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        for (Span s : line) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    /**
     * Where a word too wide for the line is cut: as late as fits, but in a web address never inside
     * its host ("harbour|physio.example"): after its scheme, or past the host after a '/' or before
     * '?', '&' or '#'. Anywhere when no such place fits, so nothing is ever clipped.
     */
    private int cut(String s, int start, Face face, float size, float width) {
        int end = fit(s, start, face, size, width);
        int[] host = host(s);
        if (end >= s.length() || host == null) {
            return end;
        }
        for (int i = end; i > start; i--) {
            if (i == host[0] || i >= host[1] && (s.charAt(i - 1) == '/' || "?&#".indexOf(s.charAt(i)) >= 0)) {
                return i;
            }
        }
        return end;
    }

    /** Start and end of the host in a web address ("https://host/…", "www.host…", "host.tld/…"), or null. */
    static int[] host(String s) {
        int scheme = s.indexOf("://");
        int from = scheme > 0 ? scheme + 3 : 0;
        int to = from;
        while (to < s.length() && "/?#".indexOf(s.charAt(to)) < 0) {
            to++;
        }
        return looksLikeHost(s.substring(from, to)) ? new int[] {from, to} : null;
    }

    /**
     * Whether {@code host} reads as {@code [\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?}: names of
     * letters, digits and hyphens, two or more joined by dots, then perhaps a port. Checked by hand:
     * {@code String.matches} compiled the pattern at every call, on a one-off handout's start.
     * {@code TextWrapTest} holds it to the pattern.
     */
    static boolean looksLikeHost(String host) {
        int colon = host.indexOf(':');
        int end = colon < 0 ? host.length() : colon;
        if (colon >= 0) {
            if (colon + 1 == host.length()) {
                return false;
            }
            for (int i = colon + 1; i < host.length(); i++) {
                char c = host.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
        }
        int names = 0;
        int length = 0;
        for (int i = 0; i < end; ) {
            int cp = host.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '.') {
                if (length == 0) {
                    return false;
                }
                names++;
                length = 0;
            } else if (cp == '-' || Character.isLetter(cp) || isNumber(cp)) {
                length++;
            } else {
                return false;
            }
        }
        return length > 0 && names >= 1;
    }

    /** {@code \p{N}}: a decimal digit, a letter number or another number. */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * End of the longest run from {@code start} (whole code points, at least one) that fits.
     * Widths are summed one code point at a time, so cutting a very long word stays linear.
     */
    private int fit(String s, int start, Face face, float size, float width) {
        int end = s.offsetByCodePoints(start, 1);
        float used = metrics.width(s.substring(start, end), face, size);
        while (end < s.length()) {
            int next = s.offsetByCodePoints(end, 1);
            float w = metrics.width(s.substring(end, next), face, size);
            if (used + w > width) {
                break;
            }
            used += w;
            end = next;
        }
        return end;
    }

    private static void append(List<Span> line, String text, Face face, boolean spaceBefore) {
        String t = spaceBefore ? " " + text : text;
        if (!line.isEmpty() && line.get(line.size() - 1).face() == face) {
            Span last = line.remove(line.size() - 1);
            line.add(new Span(last.text() + t, face));
        } else {
            line.add(new Span(t, face));
        }
    }
}
