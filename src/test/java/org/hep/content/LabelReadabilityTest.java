package org.hep.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.hep.readability.Readability;
import org.junit.jupiter.api.Test;

/**
 * The sentences the handout adds on its own (the pain guide, the log's hints) read at grade 8
 * or below in every label language, by the same measures as the shipped plans.
 */
class LabelReadabilityTest {
    private static final List<String> SENTENCES = List.of("pain.title", "pain.green", "pain.amber", "pain.red",
            "log.painHint", "log.restDays", "label.logHint", "strip.ticks");

    private static List<String> texts(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LabelReadabilityTest.class.getResourceAsStream("/org/hep/i18n/labels" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return SENTENCES.stream().map(p::getProperty).toList();
    }

    @Test
    void thePainGuideAndLogHintsReadAtGradeEightInEveryLanguage() throws IOException {
        List<String> tooHard = new ArrayList<>();
        for (Map.Entry<String, String> lang : Map.of("en", "", "fr", "_fr", "es", "_es").entrySet()) {
            Readability.Report r = Readability.measure(texts(lang.getValue()), lang.getKey());
            if (r.tooHard()) {
                tooHard.add(lang.getKey() + ": grade " + r.grade() + " " + r.hardest());
            }
        }
        assertEquals(List.of(), tooHard);
    }
}
