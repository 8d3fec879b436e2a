package org.hep.render;

import java.io.IOException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hep.layout.Face;

/**
 * Subsets of the built-in faces, kept by the characters they hold: a batch of handouts for one
 * plan draws the same characters again and again, and cutting and compressing a face was a
 * fifth of each handout's time. Bounded, so a long batch of varied plans cannot grow it.
 */
final class SubsetCache {
    private static final int MAX = 64;

    private record Key(Face face, BitSet codePoints) {
        // Written out, as in FontSet.Choice: the generated ones cost a one-off handout's start.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.face == face && k.codePoints.equals(codePoints);
        }

        @Override
        public int hashCode() {
            return 31 * face.hashCode() + codePoints.hashCode();
        }
    }

    private static final Map<Key, FaceSubset> SUBSETS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FaceSubset> eldest) {
            return size() > MAX;
        }
    };

    private SubsetCache() {
    }

    /** @param codePoints not changed afterwards by the caller */
    static FaceSubset builtIn(Face face, FaceProgram program, BitSet codePoints) throws IOException {
        Key key = new Key(face, codePoints);
        synchronized (SUBSETS) {
            FaceSubset known = SUBSETS.get(key);
            if (known != null) {
                return known;
            }
        }
        FaceSubset made = FaceSubset.of(program, codePoints);
        synchronized (SUBSETS) {
            SUBSETS.put(key, made);
        }
        return made;
    }
}
