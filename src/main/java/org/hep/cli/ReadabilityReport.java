package org.hep.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hep.load.PatientTexts;
import org.hep.load.Source;
import org.hep.readability.Readability;

/**
 * {@code hep validate --readability}: the reading grade of each plan and exercise file, and for
 * a file above grade 8 a warning with the sentences that push it up, each at its place in the file.
 */
final class ReadabilityReport {
    private ReadabilityReport() {
    }

    /**
     * "LINE:COLUMN" of the sentence: where its value starts, or for a {@code |} block (whose lines
     * keep their breaks) the line the sentence starts on, at column 1.
     */
    private static String place(PatientTexts.Text at, String sentence) {
        if (!at.block()) {
            return at.line() + ":" + at.column();
        }
        String head = sentence.substring(0, Math.min(sentence.length(), 16));
        int index = Math.max(0, at.text().indexOf(head));
        long breaks = at.text().substring(0, index).chars().filter(c -> c == '\n').count();
        return (at.line() + 1 + breaks) + ":1";
    }

    /** @return how many files read above grade 8 */
    static int write(List<Source> files, Streams io) {
        StringBuilder out = new StringBuilder();
        int tooHard = 0;
        for (Source file : files) {
            PatientTexts texts = PatientTexts.of(file);
            if (texts.texts().isEmpty()) {
                continue;
            }
            Readability.Report r = Readability.measure(texts.texts().stream().map(PatientTexts.Text::text).toList(),
                    texts.language());
            String grade = String.format(Locale.ROOT, "grade %.1f (%s, %s)", r.grade(), r.formula(), texts.language());
            if (!r.tooHard()) {
                out.append(Cli.oneLine(file.name() + ": " + grade)).append('\n');
                continue;
            }
            tooHard++;
            out.append(Cli.oneLine(file.name() + ": warning: " + grade + " is above "
                    + Math.round(Readability.MAX_GRADE) + "; sentences that push it up:")).append('\n');
            for (Readability.Sentence s : r.hardest()) {
                PatientTexts.Text at = texts.texts().get(s.text());
                out.append(Cli.oneLine(String.format(Locale.ROOT, "%s:%s: grade %.1f: %s", file.name(),
                        place(at, s.sentence()), s.grade(), s.sentence()))).append('\n');
            }
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        io.out().write(bytes, 0, bytes.length);
        io.out().flush();
        return tooHard;
    }
}
