package org.hep.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sentences the handout adds on its own (the pain guide, the log's hints) read at grade 8
 * or below in every label language: Flesch-Kincaid for English; for French and Spanish the
 * Flesch reading ease adapted to each (Kandel-Moles, Fernández Huerta) must be 70 or more,
 * which Flesch's own table puts at grade 7.
 */
class LabelReadabilityTest {
    private static final List<String> SENTENCES = List.of("pain.title", "pain.green", "pain.amber", "pain.red",
            "log.painHint", "log.restDays", "label.logHint", "strip.ticks");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final Pattern VOWELS = Pattern.compile("[aeiouyàâäéèêëîïôöùûüáíóúü]+");

    private static Properties labels(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LabelReadabilityTest.class.getResourceAsStream("/org/hep/i18n/labels" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> texts(Properties p) {
        return SENTENCES.stream().filter(p::containsKey).map(p::getProperty).toList();
    }

    @Test
    void englishIsAtGradeEightOrBelow() throws IOException {
        double grade = FleschKincaid.grade(texts(labels("")));
        assertTrue(grade <= ReadabilityTest.MAX_GRADE, "grade " + grade);
    }

    @Test
    void frenchAndSpanishReadEasily() throws IOException {
        double fr = ease(texts(labels("_fr")), 207, 1.015, 73.6, true);
        double es = ease(texts(labels("_es")), 206.84, 1.02, 60, false);
        System.out.println(String.format(Locale.ROOT, "reading ease: fr %.1f, es %.1f", fr, es));
        assertTrue(fr >= 70, "French reading ease " + fr);
        assertTrue(es >= 70, "Spanish reading ease " + es);
    }

    /** base − a·(words per sentence) − b·(syllables per word); a silent final e is not a syllable in French. */
    private static double ease(List<String> texts, double base, double a, double b, boolean french) {
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        for (String t : texts) {
            sentences += Math.max(1, t.split("[.!?]+(\\s|$)").length);
            Matcher m = WORD.matcher(t.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String w = m.group();
                if (french && w.length() > 2) {
                    w = w.replaceAll("(es|e|ent)$", "");
                }
                words++;
                syllables += Math.max(1, (int) VOWELS.matcher(w).results().count());
            }
        }
        return base - a * words / sentences - b * syllables / words;
    }
}
