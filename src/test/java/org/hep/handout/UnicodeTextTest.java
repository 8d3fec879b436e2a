package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Latin, Greek and Cyrillic text prints with the embedded font and reads back; the rest becomes '?'. */
class UnicodeTextTest {
    static final List<String> LINES = List.of(
            "Pliez doucement le genou, gardez le dos droit : « çà et là », cœur, Œuvre, naïve, été.",
            "Zażółć gęślą jaźń — powoli, bez bólu.",
            "Λυγίστε αργά το γόνατο και κρατήστε την πλάτη ίσια.",
            "Медленно согните колено и держите спину прямо. Ёлка, щука, ещё.");

    @TempDir
    Path dir;

    @Test
    void frenchPolishGreekAndCyrillicPrintAndReadBack() {
        StringBuilder y = new StringBuilder("""
                title: Ćwiczenia — Ασκήσεις — Упражнения
                language: fr
                condition: Genou — Γόνατο — Колено
                exercises:
                  - name: Flexion du genou — Сгибание
                    steps:
                """);
        LINES.forEach(l -> y.append("      - \"").append(l).append("\"\n"));
        Path plan = Hep.write(dir, "unicode.yaml", y.toString());
        PdfProbe pdf = Hep.generate(dir, plan.toString(), "--date", "2026-03-01", "--patient", "Zoë Ørsted-Łukasiewicz");
        pdf.assertInOrder(List.of("Ćwiczenia — Ασκήσεις — Упражнения", "Genou — Γόνατο — Колено",
                "Zoë Ørsted-Łukasiewicz", "Flexion du genou — Сгибание"));
        pdf.assertInOrder(LINES);
        assertEquals("Ćwiczenia — Ασκήσεις — Упражнения", pdf.title());
        assertEquals("fr", pdf.language());
    }

    /**
     * DejaVu Sans does have U+1F600 (grinning face), so the emoji here is U+1F9D8 (person in lotus
     * position). The template turns the machine's fonts off, so the result does not depend on them.
     */
    @Test
    void charactersNoFontHasPrintAsQuestionMarksWithOneWarning() throws IOException {
        Path plan = Hep.write(dir, "emoji.yaml", """
                title: Smile
                exercises:
                  - name: Smile
                    steps:
                      - "Smile \uD83E\uDDD8 and say 你好 to a friend."
                """);
        Path template = Hep.write(dir, "own-fonts-only.yaml", "extends: standard\nsystem_fonts: false\n");
        Path out = dir.resolve("emoji.pdf");
        CliRun r = Hep.run("generate", plan.toString(), "-o", out.toString(), "--date", "2026-03-01",
                "--template", template.toString());
        Hep.expectExit(0, r);
        assertEquals(plan + ": warning: 3 characters are not in any font and print as '?': U+4F60, U+597D, U+1F9D8\n",
                r.err());
        PdfProbe pdf = PdfProbe.of(Files.readAllBytes(out));
        assertTrue(PdfProbe.flat(pdf.text()).contains(PdfProbe.flat("Smile ? and say ?? to a friend.")), pdf.text());
    }
}
