package org.hep.readability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * The reading grade of what a clinician wrote, with a formula made for its language:
 * Flesch–Kincaid for English; Kandel–Moles (French) and Fernández-Huerta (Spanish), whose
 * reading-ease scores are put on the same US-grade scale through Flesch's table. Patient
 * material should read at grade 8 or below.
 */
public final class Readability {
    public static final double MAX_GRADE = 8.0;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** One sentence above grade 8; {@code text} is the index of the text it came from. */
    public record Sentence(int text, String sentence, double grade) {
    }

    /** A file's grade, the formula used and its hardest sentences, hardest first (at most 3). */
    public record Report(double grade, String formula, List<Sentence> hardest) {
        public boolean tooHard() {
            return grade > MAX_GRADE;
        }
    }

    /** A formula and how it turns a list of texts into a US grade. */
    private record Formula(String name, ToDoubleFunction<List<String>> grade) {
    }

    private Readability() {
    }

    public static Report measure(List<String> texts, String language) {
        Formula f = formula(language);
        List<Sentence> hard = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (String s : SENTENCE_BREAK.split(texts.get(i).strip())) {
                String one = s.strip().replaceAll("\\s+", " ");
                if (one.isEmpty()) {
                    continue;
                }
                double g = f.grade().applyAsDouble(List.of(one));
                if (g > MAX_GRADE) {
                    hard.add(new Sentence(i, one, g));
                }
            }
        }
        hard.sort(Comparator.comparingDouble(Sentence::grade).reversed());
        return new Report(f.grade().applyAsDouble(texts), f.name(), List.copyOf(hard.subList(0, Math.min(3, hard.size()))));
    }

    private static Formula formula(String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        if (lang.equals("fr") || lang.startsWith("fr-")) {
            return new Formula("Kandel-Moles", t -> gradeOf(KandelMoles.ease(t), FLESCH_TABLE));
        }
        if (lang.equals("es") || lang.startsWith("es-")) {
            return new Formula("Fernandez-Huerta", t -> gradeOf(FernandezHuerta.ease(t), HUERTA_TABLE));
        }
        return new Formula("Flesch-Kincaid", FleschKincaid::grade);
    }

    /**
     * Reading ease to US grade, on Flesch's table (90–100 grade 5, 80–90 grade 6, 70–80 grade 7,
     * 60–70 grades 8–9, 50–60 grades 10–12, 30–50 college), read between its rows.
     */
    static final double[][] FLESCH_TABLE = {{100, 4}, {90, 5}, {80, 6}, {70, 7}, {60, 9}, {50, 12},
        {30, 16}, {0, 18}};
    /** Fernández-Huerta's own table: 70–80 grade 6 (fairly easy), 60–70 grades 7–8, 50–60 fairly hard. */
    static final double[][] HUERTA_TABLE = {{100, 4}, {90, 5}, {80, 6}, {70, 7}, {60, 8}, {50, 10},
        {30, 14}, {0, 18}};

    static double gradeOf(double ease, double[][] table) {
        if (ease >= table[0][0]) {
            return table[0][1];
        }
        for (int i = 1; i < table.length; i++) {
            if (ease >= table[i][0]) {
                double[] hi = table[i - 1];
                double[] lo = table[i];
                return lo[1] + (hi[1] - lo[1]) * (ease - lo[0]) / (hi[0] - lo[0]);
            }
        }
        return table[table.length - 1][1];
    }
}
