package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lines as the patient reads them off the printed page: a number keeps its unit, a separator
 * never starts a line, a web address keeps its host whole, and French has its no-break spaces.
 */
class LineBreaksTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final String NUMBERS = FIXTURES.resolve("typography/numbers-plan.yaml").toString();
    private static final Pattern ENDS_IN_NUMBER = Pattern.compile("(?:^|\\s)[\\d–.,-]*\\d$");
    private static final Pattern STARTS_WITH_UNIT = Pattern.compile("^(?:sets?|times?|minutes?|seconds?|reps?"
            + "|repetitions?|days?|weeks?|hours?|steps?|séries?|fois|secondes?|répétitions?|jours?"
            + "|semaines?|veces|vez|series?|segundos?|minutos?|repeticiones|días?|semanas?)\\b");
    private static final Pattern STARTS_WITH_SEPARATOR = Pattern.compile("^[·|–—](?:\\s|$)");

    @TempDir
    Path dir;

    static Stream<Arguments> handouts() {
        List<Arguments> out = new ArrayList<>();
        for (String template : List.of("standard", "compact", "large-print")) {
            out.add(Arguments.of(NUMBERS, template, "en"));
            for (String language : List.of("en", "fr", "es")) {
                out.add(Arguments.of("it-band-syndrome", template, language));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {1}, {2}")
    @MethodSource("handouts")
    void noNumberIsLeftAtALineEndWithoutItsUnitAndNoLineStartsWithASeparator(String plan, String template,
                                                                             String language) {
        PdfProbe pdf = Hep.generate(dir, plan, "--template", clinic(template).toString(), "--language", language,
                "--date", "2026-03-01");
        for (int p = 1; p <= pdf.pageCount(); p++) {
            String[] lines = pdf.page(p).split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                assertFalse(STARTS_WITH_SEPARATOR.matcher(line).find(), "page " + p + " line starts with a separator: "
                        + line);
                if (i + 1 < lines.length && ENDS_IN_NUMBER.matcher(line).find()) {
                    String next = lines[i + 1].strip();
                    assertFalse(STARTS_WITH_UNIT.matcher(next).find(), "page " + p + ": '" + line
                            + "' then '" + next + "'");
                }
            }
        }
    }

    /** {@code template} with a clinic whose contact line wraps: address · phone · website. */
    private Path clinic(String template) {
        try {
            Path file = dir.resolve("clinic-" + template + ".yaml");
            Files.writeString(file, "extends: " + template + "\nclinic:\n  name: Harbour Physiotherapy\n"
                    + "  address: Unit 4, 1200 Harbourfront Boulevard West, Toronto, Ontario M5V 3A1\n"
                    + "  phone: 416-555-0199\n  website: www.harbourphysiotherapy-and-sports-clinic.example\n");
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aLongVideoAddressPrintsShortUnderItsCodeAndAWebAddressKeepsItsHostWhole() {
        for (String template : List.of("standard", "compact", "large-print")) {
            PdfProbe pdf = Hep.generate(dir, NUMBERS, "--template", template, "--date", "2026-03-01");
            String text = pdf.text();
            assertTrue(PdfProbe.flat(text).contains(PdfProbe.flat("harbourphysio.example/videos/home-progr\u2026")), template + ": "
                    + text);
            assertFalse(PdfProbe.flat(text).contains("calf-stretch-against-the-wall"), "the long path is left out");
            assertTrue(text.contains("harbourphysio.example/"), template + ": the host on one line");
        }
    }

    @Test
    void frenchHasANoBreakSpaceBeforeColonsAndQuestionMarks() {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--language", "fr", "--date", "2026-03-01");
        String text = pdf.text();
        Matcher m = Pattern.compile("(.)([:;?!])(?=\\s|$)", Pattern.MULTILINE).matcher(text);
        int marks = 0;
        while (m.find()) {
            marks++;
            char before = m.group(1).charAt(0);
            assertTrue(before == '\u00a0' || before == '\u202f', "'" + m.group(2) + "' after U+"
                    + Integer.toHexString(before) + " in: " + context(text, m.start()));
        }
        assertTrue(marks >= 5, "French punctuation printed: " + marks);
        assertTrue(text.contains("Position de d\u00e9part\u00a0:"), "a label's colon too");
        assertTrue(text.contains("Une question\u202f?"), "the template's footer, in French, spaced");
    }

    @Test
    void frenchGuillemetsHoldTheirWordsWithNarrowNoBreakSpaces() throws IOException {
        Path plan = dir.resolve("guillemets.yaml");
        Files.writeString(plan, "id: guillemets\ntitle: Genou\nlanguage: fr\nexercises:\n  - use: squat\n"
                + "    notes: Dites « stop » si ça fait mal ; respirez !\n");
        PdfProbe pdf = Hep.generate(dir, plan.toString(), "--date", "2026-03-01");
        assertTrue(pdf.text().contains("«\u202fstop\u202f»"), pdf.text());
        assertTrue(pdf.text().contains("mal\u202f; respirez\u202f!"), pdf.text());
    }

    @Test
    void theWebPageBreaksWhereThePdfDoes() {
        CliRun r = Hep.expectExit(0, Hep.run("generate", NUMBERS, "--format", "html", "-o", "-"));
        String html = r.stdout();
        assertTrue(html.contains("rest 1\u00a0minute"), "a number and its unit");
        assertTrue(html.contains("harbourphysio.example/videos/home-progr\u2026"), "the short address");
        assertTrue(html.contains("href=\"https://www.harbourphysio.example/videos/home-programme/lower-leg/"),
                "the link keeps the whole address");
        CliRun fr = Hep.expectExit(0, Hep.run("generate", "it-band-syndrome", "--language", "fr", "--format", "html",
                "-o", "-"));
        assertTrue(fr.stdout().contains("Position de d\u00e9part\u00a0:"), "French spacing on the web page too");
        assertEquals(-1, fr.stdout().indexOf(" ?"), "no breakable space before a question mark");
    }

    private static String context(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 10));
    }
}
