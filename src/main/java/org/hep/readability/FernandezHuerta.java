package org.hep.readability;

import java.util.List;
import java.util.Locale;

/**
 * Fernández Huerta (1959), as corrected by Law (2011): Flesch's reading ease for Spanish,
 * {@code 206.84 − 0.60 × syllables per 100 words − 1.02 × words/sentence}. Its table: 70–80
 * fairly easy (grade 6), 60–70 normal for adults (grades 7–8), 50–60 fairly hard.
 */
public final class FernandezHuerta {
    private static final String VOWELS = "aeiouáéíóúü";
    /** Two of these side by side are two syllables (hiatus); an accented í or ú breaks a diphthong. */
    private static final String STRONG = "aeoáéóíú";

    private FernandezHuerta() {
    }

    public static double ease(List<String> strings) {
        TextStats t = TextStats.of(strings, FernandezHuerta::syllables);
        return t.words() == 0 ? 100 : 206.84 - 0.60 * 100 * t.syllablesPerWord() - 1.02 * t.wordsPerSentence();
    }

    /** Vowel groups, split where two strong vowels meet ("le-er", "rí-o"). */
    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int n = TextStats.vowelGroups(w, VOWELS);
        for (int i = 1; i < w.length(); i++) {
            if (STRONG.indexOf(w.charAt(i)) >= 0 && STRONG.indexOf(w.charAt(i - 1)) >= 0) {
                n++;
            }
        }
        return Math.max(1, n);
    }
}
