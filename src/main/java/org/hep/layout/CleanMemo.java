package org.hep.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hep.compose.Glue;

/**
 * Texts {@link Blocks#clean} has cleaned already on this thread, for the fonts and the
 * no-break rules they were cleaned with: a batch lays out the same exercise texts for every
 * handout, and cleaning them again (the no-break patterns, a font lookup per character) was
 * about a fourteenth of its time. Per thread, as the fonts are, and bounded: a full memo drops
 * the text used longest ago.
 */
final class CleanMemo {
    private static final int MAX_TEXTS = 4096;
    /** Memos a thread keeps, one per fonts and rules it has laid out with lately. */
    private static final int MAX_MEMOS = 4;
    private static final ThreadLocal<List<CleanMemo>> MEMOS = ThreadLocal.withInitial(ArrayList::new);

    /** A text cleaned, and the characters no font had (each replaced by a stand-in). */
    record Cleaned(String text, int[] missing) {
    }

    private final Metrics metrics;
    private final Glue glue;
    private final Map<String, Cleaned>[] byFace;

    @SuppressWarnings("unchecked")
    private CleanMemo(Metrics metrics, Glue glue) {
        this.metrics = metrics;
        this.glue = glue;
        this.byFace = new Map[Face.values().length];
        for (int i = 0; i < byFace.length; i++) {
            byFace[i] = leastRecentlyUsedGoesFirst();
        }
    }

    /**
     * Texts in the order they were last used, the oldest dropped past {@link #MAX_TEXTS}: a long
     * batch's patient names and notes, each used once, make way without taking the exercise texts
     * every handout uses with them.
     */
    private static Map<String, Cleaned> leastRecentlyUsedGoesFirst() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cleaned> eldest) {
                return size() > MAX_TEXTS;
            }
        };
    }

    /** This thread's memo for texts measured with {@code metrics} under {@code glue}'s rules. */
    static CleanMemo forThread(Metrics metrics, Glue glue) {
        List<CleanMemo> memos = MEMOS.get();
        for (CleanMemo m : memos) {
            if (m.metrics == metrics && m.glue == glue) {
                return m;
            }
        }
        if (memos.size() >= MAX_MEMOS) {
            memos.remove(0);
        }
        CleanMemo m = new CleanMemo(metrics, glue);
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
}
