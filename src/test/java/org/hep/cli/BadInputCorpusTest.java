package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hep.load.Canary;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file under {@code src/test/resources/bad/} fails {@code hep generate} with exactly the
 * stderr lines and exit code listed in {@code expected.tsv}, prints nothing on stdout, and
 * leaves no output or temporary file behind.
 */
class BadInputCorpusTest {
    static final Path BAD = Path.of("src/test/resources/bad");
    private static final Path OK_PLAN = BAD.resolve("support/ok-plan.yaml");

    @TempDir
    Path out;

    record Case(String name, int exit, List<String> lines) {
    }

    static Map<String, Case> expected() throws IOException {
        Map<String, Case> cases = new LinkedHashMap<>();
        for (String row : Files.readAllLines(BAD.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cols = row.split("\t", 3);
            Case c = cases.computeIfAbsent(cols[0], n -> new Case(n, Integer.parseInt(cols[1]), new ArrayList<>()));
            assertEquals(c.exit(), Integer.parseInt(cols[1]), "one exit code per case: " + cols[0]);
            c.lines().add(cols[2]);
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyBadFileFailsWithItsExpectedLines() throws IOException {
        return expected().values().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(Case c) throws IOException {
        Path file = BAD.resolve(c.name());
        Path pdf = out.resolve("out.pdf");
        int before = Canary.CONSTRUCTED.get();
        CliRun run = c.name().startsWith("templates/")
                ? Hep.run("generate", OK_PLAN.toString(), "--template", file.toString(), "-o", pdf.toString())
                : Hep.run("generate", file.toString(), "-o", pdf.toString());
        List<String> want = c.lines().stream()
                .map(l -> l.replace("{file}", file.toString()).replace("{dir}", file.getParent().toString())
                        .replace("{bad}", BAD.toAbsolutePath().toString()))
                .toList();
        assertEquals(want, run.errLines(), c.name());
        assertEquals(c.exit(), run.exit(), c.name());
        assertEquals(0, run.out().length, "nothing on stdout");
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "no output or temp file is left");
        }
        assertEquals(before, Canary.CONSTRUCTED.get(), "no tagged class is instantiated");
    }

    @Test
    void pdfLibraryWarningsAboutABrokenFontStayOffStderr() {
        List<java.util.logging.LogRecord> published = new ArrayList<>();
        java.util.logging.Handler spy = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                published.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger fontbox = java.util.logging.Logger.getLogger("org.apache.fontbox");
        fontbox.addHandler(spy);
        try {
            CliRun run = Hep.run("generate", OK_PLAN.toString(), "--template",
                    BAD.resolve("templates/font-garbage.yaml").toString(), "-o", out.resolve("out.pdf").toString());
            assertEquals(1, run.exit());
            assertEquals(List.of(), published.stream().map(java.util.logging.LogRecord::getMessage).toList());
        } finally {
            fontbox.removeHandler(spy);
        }
    }

    @Test
    void everyCorpusFileHasAnExpectation() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        for (String folder : List.of("plans", "templates")) {
            try (Stream<Path> s = Files.list(BAD.resolve(folder))) {
                s.forEach(p -> files.add(folder + "/" + p.getFileName()));
            }
        }
        assertEquals(files, new TreeSet<>(expected().keySet()));
        assertTrue(files.size() >= 30, "corpus has " + files.size() + " files");
    }
}
