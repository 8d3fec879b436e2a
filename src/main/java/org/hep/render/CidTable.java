package org.hep.render;

import java.util.Arrays;
import java.util.Map;

/**
 * A subset's character ids by code point, for drawing: a table indexed by code point for the
 * characters of the Basic Multilingual Plane up to {@link #DENSE}, the map for the rest. Looking
 * each drawn character up in a map (boxing it, hashing it) was about a seventieth of a batch.
 * Made once per subset and shared with it, so its size (at most 48 KB) is paid once per glyph set.
 */
final class CidTable {
    /** Code points below this are in the table (Latin, Greek, Cyrillic, punctuation, arrows, symbols). */
    private static final int DENSE = 0x3000;

    private final int[] dense;
    private final Map<Integer, Integer> rest;

    CidTable(Map<Integer, Integer> cids) {
        int top = 0;
        for (int cp : cids.keySet()) {
            if (cp < DENSE) {
                top = Math.max(top, cp + 1);
            }
        }
        int[] table = new int[top];
        Arrays.fill(table, -1);
        for (Map.Entry<Integer, Integer> e : cids.entrySet()) {
            if (e.getKey() < DENSE) {
                table[e.getKey()] = e.getValue();
            }
        }
        this.dense = table;
        this.rest = Map.copyOf(cids);
    }

    /** The character's id in the subset, or -1 when the subset does not have it. */
    int get(int cp) {
        if (cp < dense.length) {
            return dense[cp];
        }
        if (cp < DENSE) {
            return -1;
        }
        Integer cid = rest.get(cp);
        return cid == null ? -1 : cid;
    }
}
