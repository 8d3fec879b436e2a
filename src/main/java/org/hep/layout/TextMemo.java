package org.hep.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hep.compose.Glue;
import org.hep.script.VisualOrder;

/**
 * Texts this thread has cleaned ({@link Blocks#clean}) and paragraphs it has broken into lines
 * ({@link TextWrap}), for the fonts and the no-break rules they were made with: a batch lays out
 * the same exercise texts for every handout, and cleaning them again (the no-break patterns, a
 * font lookup per character) was about a fourteenth of its time, breaking them into lines again
 * about a tenth. Per thread, as the fonts are, and bounded: a full memo drops the text used
 * longest ago.
 */
final class TextMemo {
    private static final int MAX_TEXTS = 4096;
    /** Paragraphs kept; each holds its lines, so fewer than texts. */
    private static final int MAX_PARAGRAPHS = 2048;
    /** Memos a thread keeps, one per fonts and rules it has laid out with lately. */
    private static final int MAX_MEMOS = 4;
    private static final ThreadLocal<List<TextMemo>> MEMOS = ThreadLocal.withInitial(ArrayList::new);

    /** A text cleaned, and the characters no font had (each replaced by a stand-in). */
    record Cleaned(String text, int[] missing) {
    }

    private final Metrics metrics;
    private final Glue glue;
    private final Map<String, Cleaned>[] byFace;
    private final Map<Paragraph, List<List<Span>>> lines = leastRecentlyUsedGoesFirst(MAX_PARAGRAPHS);
    private final Map<Paragraph, Set> set = leastRecentlyUsedGoesFirst(MAX_PARAGRAPHS);

    /**
     * A paragraph's lines as set: each line beginning with the isolates and embeddings the line
     * before left open, and each span's width, added up from the line's start as the caller
     * places it. Measuring the same steps and cautions again for every handout was about a
     * fiftieth of a batch. The arrays are shared, so they cannot be changed.
     */
    record Set(List<List<Span>> lines, float[][] widths) {
    }

    @SuppressWarnings("unchecked")
    private TextMemo(Metrics metrics, Glue glue) {
        this.metrics = metrics;
        this.glue = glue;
        this.byFace = new Map[Face.values().length];
        for (int i = 0; i < byFace.length; i++) {
            byFace[i] = leastRecentlyUsedGoesFirst(MAX_TEXTS);
        }
    }

    /**
     * Entries in the order they were last used, the oldest dropped past {@code max}: a long
     * batch's patient names and notes, each used once, make way without taking the exercise texts
     * every handout uses with them.
     */
    private static <K, V> Map<K, V> leastRecentlyUsedGoesFirst(int max) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    /** This thread's memo for texts measured with {@code metrics} under {@code glue}'s rules. */
    static TextMemo forThread(Metrics metrics, Glue glue) {
        List<TextMemo> memos = MEMOS.get();
        for (TextMemo m : memos) {
            if (m.metrics == metrics && m.glue == glue) {
                return m;
            }
        }
        if (memos.size() >= MAX_MEMOS) {
            memos.remove(0);
        }
        TextMemo m = new TextMemo(metrics, glue);
        memos.add(m);
        return m;
    }

    /** The text as cleaned before, or null. */
    Cleaned get(String raw, Face face) {
        return raw == null ? null : byFace[face.ordinal()].get(raw);
    }

    void put(String raw, Face face, String cleaned, List<Integer> missing) {
        if (raw == null) {
            return;
        }
        Map<String, Cleaned> texts = byFace[face.ordinal()];
        int[] codes = new int[missing.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = missing.get(i);
        }
        texts.put(raw, new Cleaned(cleaned, codes));
    }

    /**
     * The paragraph's lines at this size and width, from {@code wrap} the first time. The lines
     * are shared by every caller afterwards, so they cannot be changed.
     */
    List<List<Span>> lines(List<Span> spans, float size, float width, TextWrap wrap) {
        Paragraph key = new Paragraph(spans, size, width);
        List<List<Span>> known = lines.get(key);
        if (known == null) {
            List<List<Span>> made = new ArrayList<>();
            for (List<Span> line : wrap.wrap(spans, size, width)) {
                made.add(List.copyOf(line));
            }
            known = List.copyOf(made);
            lines.put(new Paragraph(List.copyOf(spans), size, width), known);
        }
        return known;
    }

    /** The paragraph's lines as set at this size and width (see {@link Set}), made the first time. */
    Set set(List<Span> spans, float size, float width, TextWrap wrap) {
        Paragraph key = new Paragraph(spans, size, width);
        Set known = set.get(key);
        if (known == null) {
            List<List<Span>> wrapped = lines(spans, size, width, wrap);
            List<List<Span>> made = new ArrayList<>(wrapped.size());
            float[][] widths = new float[wrapped.size()][];
            String open = "";
            for (int l = 0; l < wrapped.size(); l++) {
                List<Span> line = wrapped.get(l);
                if (!open.isEmpty() && !line.isEmpty()) {
                    List<Span> opened = new ArrayList<>(line);
                    opened.set(0, new Span(open + line.get(0).text(), line.get(0).face()));
                    line = List.copyOf(opened);
                }
                open = openAfter(line);
                float[] w = new float[line.size()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = metrics.width(line.get(i).text(), line.get(i).face(), size);
                }
                made.add(line);
                widths[l] = w;
            }
            known = new Set(List.copyOf(made), widths);
            set.put(new Paragraph(List.copyOf(spans), size, width), known);
        }
        return known;
    }

    /**
     * The isolates and embeddings a line leaves open, with which the next line begins (they have
     * no width): a line broken inside an isolate is ordered as its part of the paragraph, as a
     * browser orders it. "" for the lines of nearly every paragraph, which have no such control.
     */
    private static String openAfter(List<Span> line) {
        String open = "";
        for (Span s : line) {
            if (!open.isEmpty() || VisualOrder.hasControl(s.text())) {
                open = VisualOrder.openAtEnd(open + s.text());
            }
        }
        return open;
    }

    /**
     * A paragraph to break: its spans, size and width. Equality written out (not a record's),
     * since the generated one is linked through method handles at first use, which a one-off
     * handout pays for at start.
     */
    private static final class Paragraph {
        private final List<Span> spans;
        private final float size;
        private final float width;
        private final int hash;

        Paragraph(List<Span> spans, float size, float width) {
            this.spans = spans;
            this.size = size;
            this.width = width;
            int h = 31 * Float.floatToIntBits(size) + Float.floatToIntBits(width);
            for (Span s : spans) {
                h = 31 * (31 * h + s.text().hashCode()) + s.face().ordinal();
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Paragraph p) || p.hash != hash || Float.compare(p.size, size) != 0
                    || Float.compare(p.width, width) != 0 || p.spans.size() != spans.size()) {
                return false;
            }
            for (int i = 0; i < spans.size(); i++) {
                Span a = spans.get(i);
                Span b = p.spans.get(i);
                if (a.face() != b.face() || !a.text().equals(b.text())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
