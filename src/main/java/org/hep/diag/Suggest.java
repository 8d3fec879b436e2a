package org.hep.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Did you mean …?" by edit distance, where swapping two neighbouring letters counts as one
 * edit (prefix matches count as close too). Short words need a closer match, or "k0" would
 * suggest "id".
 */
public final class Suggest {
    private Suggest() {
    }

    /** Up to three candidates close to {@code word}, closest first. */
    public static List<String> closest(String word, Collection<String> candidates) {
        int limit = word.length() < 4 ? 1 : Math.max(2, word.length() / 3);
        return candidates.stream()
                .filter(c -> distance(word, c) <= limit || (word.length() >= 3 && c.startsWith(word)))
                .sorted(Comparator.comparingInt((String c) -> distance(word, c))
                        .thenComparing(c -> -commonPrefix(word, c)).thenComparing(c -> c))
                .limit(3)
                .collect(Collectors.toList());
    }

    /** " (did you mean 'x'?)" or "" when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        List<String> close = closest(word, candidates);
        if (close.isEmpty()) {
            return "";
        }
        return " (did you mean " + close.stream().map(c -> "'" + c + "'")
                .collect(Collectors.joining(" or ")) + "?)";
    }

    /** Typos are rarer in a word's first letters, so on a tie the longer shared start wins. */
    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    static int distance(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
