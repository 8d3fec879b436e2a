package org.hep.readability;

import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words, sentences and syllables of a document's patient texts, counted the way the Flesch
 * family of formulas counts them: the same paragraph and sentence rules as {@link FleschKincaid},
 * with words made of any letters (accents included) and a per-language syllable rule.
 */
public record TextStats(int words, int sentences, int syllables) {
    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n", U);
    /** "l'avant" is one word (an elided article is said with the next word); "avant-bras" is two. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*", U);
    /** English words as fk.py counts them: ASCII letters only. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)", U);
    private static final Pattern ENDS_WITH_STOP = Pattern.compile("[.!?]\\s*$", U);

    public static TextStats of(List<String> strings, ToIntFunction<String> syllablesOf) {
        return of(strings, syllablesOf, WORD);
    }

    static TextStats english(List<String> strings) {
        return of(strings, FleschKincaid::syllables, ENGLISH_WORD);
    }

    private static TextStats of(List<String> strings, ToIntFunction<String> syllablesOf, Pattern word) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (String s : strings) {
            for (String para : PARAGRAPH_BREAK.split(s)) {
                int before = words;
                Matcher m = word.matcher(para);
                while (m.find()) {
                    words++;
                    syllables += Math.max(1, syllablesOf.applyAsInt(m.group()));
                }
                if (words == before) {
                    continue;
                }
                String stripped = para.strip();
                int n = count(SENTENCE_END.matcher(stripped));
                if (!ENDS_WITH_STOP.matcher(stripped).find()) {
                    n++;
                }
                sentences += Math.max(1, n);
            }
        }
        return new TextStats(words, sentences, syllables);
    }

    public double wordsPerSentence() {
        return (double) words / sentences;
    }

    public double syllablesPerWord() {
        return (double) syllables / words;
    }

    /** Vowel groups in {@code word} for the vowels of {@code vowels}. */
    static int vowelGroups(String word, String vowels) {
        int n = 0;
        boolean inVowel = false;
        for (int i = 0; i < word.length(); i++) {
            boolean v = vowels.indexOf(word.charAt(i)) >= 0;
            n += v && !inVowel ? 1 : 0;
            inVowel = v;
        }
        return n;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
