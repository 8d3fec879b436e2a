package org.hep.content;

import org.hep.readability.FernandezHuerta;
import org.hep.readability.KandelMoles;
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
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Translations read as plainly as the English (US grade 8 or below), measured with a formula
 * made for each language: Kandel–Moles for French, Fernández-Huerta for Spanish. Both are
 * reading-ease scores (higher is easier) read on Flesch's table.
 */
class TranslatedReadabilityTest {
    /** Flesch's table puts 60–70 at grades 8–9: 65 keeps French at grade 8 or easier. */
    static final double MIN_FRENCH_EASE = 65;
    /** Fernández-Huerta's table puts 60–70 at grades 7–8. */
    static final double MIN_SPANISH_EASE = 60;

    static List<Path> translations(String language) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("plans/i18n", language), Path.of("plans/exercises/i18n", language))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> s = Files.list(folder)) {
                    s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    static List<String> texts(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return YamlTexts.texts(new Yaml(new SafeConstructor(new LoaderOptions())).load(r));
        }
    }

    @Test
    void everyFrenchTranslationReadsAtGradeEightOrBelow() throws IOException {
        List<Path> files = translations("fr");
        assertTrue(files.size() >= 58, "French translations found: " + files.size());
        assertEquals(List.of(), tooHard(files, KandelMoles::ease, MIN_FRENCH_EASE), "Kandel–Moles below " + MIN_FRENCH_EASE);
    }

    @Test
    void everySpanishTranslationReadsAtGradeEightOrBelow() throws IOException {
        assertEquals(List.of(), tooHard(translations("es"), FernandezHuerta::ease, MIN_SPANISH_EASE),
                "Fernández-Huerta below " + MIN_SPANISH_EASE);
    }

    private static List<String> tooHard(List<Path> files, Function<List<String>, Double> ease, double min)
            throws IOException {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            double e = ease.apply(texts(f));
            System.out.println(String.format(Locale.ROOT, "%6.1f %s", e, f));
            if (e < min) {
                out.add(String.format(Locale.ROOT, "%s: %.1f", f, e));
            }
        }
        return out;
    }

    @Test
    void kandelMolesOnTextWorkedByHand() {
        // 2 sentences, 7 words, 9 syllables (Pliez / les / ge-noux. Gar-dez / le / dos / droit.):
        // 207 − 1.015 × 7/2 − 73.6 × 9/7 = 108.82
        assertEquals(108.82, KandelMoles.ease(List.of("Pliez les genoux. Gardez le dos droit.")), 0.01);
        assertEquals(1, KandelMoles.syllables("hanche"), "a final mute e is not a syllable");
        assertEquals(1, KandelMoles.syllables("muscles"), "nor before a plural s");
        assertEquals(2, KandelMoles.syllables("journée"), "an e after a vowel is sounded with it");
        assertEquals(3, KandelMoles.syllables("exercice"));
        assertEquals(2, KandelMoles.syllables("l'épaule"));
    }

    @Test
    void fernandezHuertaOnTextWorkedByHand() {
        // 2 sentences, 9 words, 17 syllables (Do-ble / las / ro-di-llas / des-pa-cio. Res-pi-re / bien / y /
        // con / cal-ma.): 206.84 − 0.60 × 100 × 17/9 − 1.02 × 9/2 = 88.92
        assertEquals(88.92, FernandezHuerta.ease(List.of("Doble las rodillas despacio. Respire bien y con calma.")),
                0.01);
        assertEquals(3, FernandezHuerta.syllables("cuidado"), "ui is one syllable");
        assertEquals(2, FernandezHuerta.syllables("día"), "an accented í breaks the diphthong");
        assertEquals(4, FernandezHuerta.syllables("aéreo"));
        assertEquals(4, FernandezHuerta.syllables("ejercicio"));
    }

    @Test
    void bothFormulasMarkDenseClinicalProseAsHard() {
        String fr = "La tendinopathie calcifiante de la coiffe des rotateurs nécessite généralement une "
                + "réévaluation kinésithérapique approfondie associée à une rééducation proprioceptive progressive.";
        String es = "La tendinopatía calcificante del manguito rotador requiere generalmente una reevaluación "
                + "fisioterapéutica exhaustiva asociada a una rehabilitación propioceptiva progresiva.";
        assertTrue(KandelMoles.ease(List.of(fr)) < MIN_FRENCH_EASE, "French: " + KandelMoles.ease(List.of(fr)));
        assertTrue(FernandezHuerta.ease(List.of(es)) < MIN_SPANISH_EASE, "Spanish: " + FernandezHuerta.ease(List.of(es)));
    }
}
