package org.hep.readability;

import java.util.List;
import java.util.Locale;

/**
 * Kandel and Moles (1958): Flesch's reading ease refitted for French,
 * {@code 207 − 1.015 × words/sentence − 73.6 × syllables/word}. Read on Flesch's table:
 * 90–100 very easy (US grade 5), 80–90 easy (6), 70–80 fairly easy (7), 60–70 plain (8–9).
 */
public final class KandelMoles {
    private static final String VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ";

    private KandelMoles() {
    }

    public static double ease(List<String> strings) {
        TextStats t = TextStats.of(strings, KandelMoles::syllables);
        return t.words() == 0 ? 100 : 207 - 1.015 * t.wordsPerSentence() - 73.6 * t.syllablesPerWord();
    }

    /**
     * Spoken syllables: vowel groups, less a final mute e after a consonant ("hanche", "muscles");
     * an e after a vowel is sounded with it ("journée").
     */
    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int n = TextStats.vowelGroups(w, VOWELS);
        String stem = w.endsWith("es") ? w.substring(0, w.length() - 1) : w;
        if (n > 1 && stem.endsWith("e") && stem.length() >= 2 && VOWELS.indexOf(stem.charAt(stem.length() - 2)) < 0) {
            n--;
        }
        return Math.max(1, n);
    }
}
