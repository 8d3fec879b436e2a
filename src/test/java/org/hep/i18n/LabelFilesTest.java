package org.hep.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every printed word exists in every shipped language: a missing key would stop a handout in
 * that language, an extra one is a word nobody prints. Every label file in the folder is
 * checked, so a new language is checked from its first commit.
 */
class LabelFilesTest {
    private static final Path FOLDER = Path.of("src/main/resources/org/hep/i18n");

    private static Map<String, Properties> labelFiles() throws IOException {
        Map<String, Properties> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(FOLDER)) {
            for (Path file : s.filter(p -> p.getFileName().toString().matches("labels.*\\.properties")).toList()) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                files.put(file.getFileName().toString(), p);
            }
        }
        return files;
    }

    @Test
    void everyLabelFileHasExactlyTheEnglishKeys() throws IOException {
        Map<String, Properties> files = labelFiles();
        assertTrue(files.size() >= 3, "English, French and Spanish ship: " + files.keySet());
        TreeSet<String> english = new TreeSet<>(files.get("labels.properties").stringPropertyNames());
        List<String> differences = new ArrayList<>();
        files.forEach((name, labels) -> {
            TreeSet<String> missing = new TreeSet<>(english);
            missing.removeAll(labels.stringPropertyNames());
            TreeSet<String> extra = new TreeSet<>(labels.stringPropertyNames());
            extra.removeAll(english);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                differences.add(name + ": missing " + missing + ", not in English " + extra);
            }
        });
        assertEquals(List.of(), differences);
    }

    /** Labels with {0} go through MessageFormat, which swallows a plain ' (write ’ or ''). */
    @Test
    void everyLabelWithAPlaceholderIsAValidPattern() throws IOException {
        List<String> bad = new ArrayList<>();
        labelFiles().forEach((name, labels) -> labels.stringPropertyNames().forEach(key -> {
            String pattern = labels.getProperty(key);
            if (!pattern.contains("{")) {
                return;
            }
            try {
                new MessageFormat(pattern);
                if (pattern.replace("''", "").contains("'")) {
                    bad.add(name + " " + key + ": a lone ' is a MessageFormat quote");
                }
            } catch (IllegalArgumentException e) {
                bad.add(name + " " + key + ": " + e.getMessage());
            }
        }));
        assertEquals(List.of(), bad);
    }
}
