package org.hep.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * No English left in a French or Spanish handout: the text of each printed PDF, read back with
 * PDFBox, holds no word of the English library (every word of the English plans, exercises,
 * labels and template), except the few words each language shares with it, listed and checked
 * by hand below.
 */
class NoEnglishLeftTest {
    /** Words that are French too ("la douleur passe en un <i>moment</i>"), each read in the French text. */
    static final Set<String> SHARED = Set.of("air", "alphabet", "case", "cause", "causes", "date", "double",
            "effort", "face", "force", "joints", "kg", "ligaments", "long", "main", "minutes", "moment", "muscle",
            "muscles", "note", "notes", "on", "page", "part", "patient", "pause", "position", "posture",
            "questions", "rotation", "sans", "stress", "syndrome", "table", "tendon", "tendons", "tennis",
            "trouble", "use", "version");
    /**
     * Words that are Spanish too: "control", "general", "no", "pelvis", "plan", "note" and "use" (notar,
     * usar), and "mar" (mar., March in the log's dates).
     */
    static final Set<String> SPANISH_SHARED = Set.of("control", "general", "mar", "no", "note", "pelvis", "plan",
            "use");

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*", Pattern.UNICODE_CHARACTER_CLASS);
    /** French elision ("l'avant", "qu'il"): the word is what follows the apostrophe. */
    private static final Pattern ELISION = Pattern.compile("^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]");
    /** Web addresses are not words of either language. */
    private static final Pattern ADDRESS = Pattern.compile("\\S+\\.(?:org|com|net|ca|fr)\\b\\S*");

    private static final Set<String> ENGLISH = englishWords();

    @TempDir
    Path dir;

    static List<String> planIds() {
        return TranslatedLibraryTest.planIds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planIds")
    void aFrenchHandoutHasNoEnglishWord(String plan) {
        PdfProbe pdf = Hep.generate(dir, plan, "--language", "fr", "--date", "2026-03-01", "--patient", "Léa Roy",
                "--therapist", "Paul Girard", "--notes", "Revenez dans deux semaines.");
        assertEquals(List.of(), english(pdf.text()), "English words in the French " + plan + " handout");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planIds")
    void aSpanishHandoutHasNoEnglishWord(String plan) {
        PdfProbe pdf = Hep.generate(dir, plan, "--language", "es", "--date", "2026-03-01", "--patient", "Ana Ruiz",
                "--therapist", "Luis Gómez", "--notes", "Vuelva dentro de dos semanas.");
        assertEquals(List.of(), english(pdf.text(), SPANISH_SHARED), "English words in the Spanish " + plan + " handout");
    }

    @Test
    void theSpanishWordListCatchesAnEnglishSentence() {
        assertEquals(List.of("back", "keep", "straight", "your"),
                english("Mantenga la espalda recta. Keep your back straight. Use una silla.", SPANISH_SHARED));
    }

    @Test
    void theWordListCatchesAnEnglishSentence() {
        assertEquals(List.of("back", "keep", "straight", "your"),
                english("Gardez le dos droit. Keep your back straight. Consultez l'aide du thérapeute."));
        assertTrue(ENGLISH.size() > 500, "English words known: " + ENGLISH.size());
    }

    /** The English words of {@code text}, sorted, each once. */
    static List<String> english(String text) {
        return english(text, SHARED);
    }

    /** The English words of {@code text}, apart from those in {@code shared}, sorted, each once. */
    static List<String> english(String text, Set<String> shared) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(ADDRESS.matcher(text).replaceAll(" "));
        while (m.find()) {
            String w = ELISION.matcher(m.group().toLowerCase(Locale.ROOT)).replaceFirst("");
            // One letter is no word of either language ("de A à Z").
            if (w.length() > 1 && ENGLISH.contains(w) && !shared.contains(w)) {
                found.add(w);
            }
        }
        return new ArrayList<>(found);
    }

    /** Every word of the English library: plans, exercises, printed labels and the standard template. */
    private static Set<String> englishWords() {
        Set<String> words = new TreeSet<>();
        try {
            List<Path> files = new ArrayList<>(List.of(Path.of("templates/standard.yaml")));
            for (String folder : List.of("plans", "plans/exercises")) {
                try (Stream<Path> s = Files.list(Path.of(folder))) {
                    s.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
                }
            }
            for (Path f : files) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    YamlTexts.texts(new Yaml(new SafeConstructor(new LoaderOptions())).load(r))
                            .forEach(t -> addWords(t, words));
                }
            }
            Properties labels = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/org/hep/i18n/labels.properties"),
                    StandardCharsets.UTF_8)) {
                labels.load(r);
            }
            labels.values().forEach(v -> addWords(v.toString().replaceAll("\\{[^}]*}", " "), words));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return words;
    }

    private static void addWords(String text, Set<String> into) {
        Matcher m = Pattern.compile("\\p{L}+", Pattern.UNICODE_CHARACTER_CLASS).matcher(text);
        while (m.find()) {
            into.add(m.group().toLowerCase(Locale.ROOT));
        }
    }
}
