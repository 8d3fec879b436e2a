package org.hep.readability;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flesch–Kincaid grade for English, {@code 0.39 × words/sentence + 11.8 × syllables/word − 15.59}:
 * the same word, sentence and syllable rules as the writers' script {@code fk.py}, so both give
 * the same number for the same text.
 */
public final class FleschKincaid {
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private FleschKincaid() {
    }

    public static double grade(List<String> strings) {
        TextStats t = TextStats.english(strings);
        return t.words() == 0 ? 0.0 : 0.39 * t.wordsPerSentence() + 11.8 * t.syllablesPerWord() - 15.59;
    }

    /** Vowel groups, less a silent final e (but not in -le); never below one. */
    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int n = (int) VOWELS.matcher(w).results().count();
        if (w.endsWith("e") && !w.endsWith("le") && n > 1) {
            n--;
        }
        return Math.max(1, n);
    }
}
