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
            int cut = fit(text, start, word.face(), size, width);
            while (cut < text.length()) {
                lines.add(new ArrayList<>(List.of(new Span(text.substring(start, cut), word.face()))));
                start = cut;
                cut = fit(text, start, word.face(), size, width);
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
            StringBuilder sb = new StringBuilder();
            l.forEach(s -> sb.append(s.text()));
            out.add(sb.toString());
        }
        return out;
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
