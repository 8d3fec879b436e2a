package org.hep.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hep.app.Generator;
import org.hep.i18n.Labels;
import org.hep.load.BuiltIns;
import org.hep.load.FileNames;
import org.hep.load.Library;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in library in every language that has a full set of translations (every plan,
 * every exercise): each plan prints in each template, tagged with that language, without a
 * missing character and without a word of the English plan's title.
 */
class TranslatedLibraryTest {
    @TempDir
    Path dir;

    static List<String> planIds() {
        return BuiltIns.list("plans").stream().map(FileNames::stem).toList();
    }

    /** Languages other than English with a translation of every built-in plan and exercise. */
    static List<String> fullLanguages() {
        List<String> full = new ArrayList<>();
        for (String lang : org.hep.model.Language.tags()) {
            if (!lang.equals("en") && missing(lang).isEmpty()) {
                full.add(lang);
            }
        }
        return full;
    }

    static List<String> missing(String lang) {
        List<String> out = new ArrayList<>();
        for (String folder : List.of("plans", "plans/exercises")) {
            List<String> have = BuiltIns.list(folder + "/i18n/" + lang);
            BuiltIns.list(folder).stream().filter(f -> !have.contains(f)).forEach(f -> out.add(folder + "/" + f));
        }
        return out;
    }

    static List<Arguments> plansInEveryLanguageAndTemplate() {
        List<Arguments> all = new ArrayList<>();
        for (String lang : fullLanguages()) {
            for (String plan : planIds()) {
                for (String template : List.of("standard", "large-print", "compact")) {
                    all.add(Arguments.of(lang, plan, template));
                }
            }
        }
        return all;
    }

    @Test
    void frenchHasEveryPlanAndEveryExercise() {
        assertEquals(List.of(), missing("fr"));
        assertTrue(planIds().size() >= 12 && BuiltIns.list("plans/exercises").size() >= 46);
        assertTrue(fullLanguages().contains("fr"));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("plansInEveryLanguageAndTemplate")
    void everyPlanPrintsInEveryFullLanguage(String lang, String plan, String template) {
        PdfProbe pdf = Hep.generate(dir, plan, "--language", lang, "--template", template, "--date", "2026-03-01",
                "--patient", "Léa Martínez");
        assertEquals(lang, pdf.language());
        String english = Generator.loadPlan(BuiltIns.source("plans/" + plan + ".yaml"), Library.builtIn()).title();
        assertNotEquals(english, pdf.title(), "title still English");
        assertEquals(1, pdf.pageOf(pdf.title()), "the translated title on page one");
    }
}
