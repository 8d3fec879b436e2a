package org.hep.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every printed word exists in every shipped language: a missing key would stop a French handout. */
class LabelFilesTest {
    private static TreeSet<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void frenchAndSpanishHaveEveryEnglishKey() throws IOException {
        TreeSet<String> en = keys("labels.properties");
        assertEquals(en, keys("labels_fr.properties"), "French");
        assertEquals(en, keys("labels_es.properties"), "Spanish");
    }
}
