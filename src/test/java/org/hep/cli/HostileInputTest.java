package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs too big or too deep to commit, made here: each is refused with one line and exit 1,
 * without reading the whole input, overflowing the stack or writing anything.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private CliRun generate(Path plan) {
        return Hep.run("generate", plan.toString(), "-o", dir.resolve("out.pdf").toString());
    }

    private void assertRefused(CliRun run, String... lines) throws IOException {
        assertEquals(List.of(lines), run.errLines());
        assertEquals(1, run.exit());
        assertEquals(0, run.out().length);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().contains("out.pdf")).toList());
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void twentyThousandNestedListsAreRefused() throws IOException {
        Path plan = write("deep.yaml", "title: Deep\nexercises: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        // At the list that goes one level too far: the document's mapping is the first level.
        assertRefused(generate(plan), plan + ":2:51: lists and mappings are nested more than 40 levels deep");
    }

    @Test
    void twentyThousandNestedMappingsAreRefused() throws IOException {
        Path plan = write("deep-map.yaml", "title: Deep\nschedule: " + "{a: ".repeat(20_000) + "1"
                + "}".repeat(20_000) + "\n");
        assertRefused(generate(plan), plan + ":2:167: lists and mappings are nested more than 40 levels deep");
    }

    @Test
    void aSixtyMegabyteScalarIsRefusedBeforeParsing() throws IOException {
        Path plan = dir.resolve("huge.yaml");
        try (OutputStream out = Files.newOutputStream(plan)) {
            out.write("title: ".getBytes(StandardCharsets.US_ASCII));
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 60; i++) {
                out.write(block);
            }
        }
        assertRefused(generate(plan),
                plan + ":1:1: file is larger than 512 KB; a plan or exercise file is much smaller");
    }

    @Test
    void stdinIsReadOnlyUpToTheLimit() throws IOException {
        // An endless stream: if hep read it all, this test would never end.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        CliRun run = Hep.runWithStdin(endless, "generate", "-", "-o", dir.resolve("out.pdf").toString());
        assertRefused(run, "<stdin>:1:1: file is larger than 512 KB; a plan or exercise file is much smaller");
    }

    @Test
    void aliasesToTextCannotMultiplyItPastTheLimit() throws IOException {
        String list = String.join(", ", java.util.Collections.nCopies(20_000, "*a"));
        Path plan = write("alias-text.yaml", "title: &a " + "x".repeat(4000)
                + "\nexercises:\n  - name: Bomb\n    steps: [" + list + "]\n");
        assertRefused(generate(plan), plan + ":1:1: aliases (*name) repeat text until it is larger than 512 KB;"
                + " a plan or exercise file is much smaller");
    }

    @Test
    void aFloodOfProblemsIsCutAfterOneHundredLines() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Many\nexercises:\n  - use: squat\n");
        for (int i = 0; i < 5000; i++) {
            yaml.append("extra").append(i).append(": 1\n");
        }
        Path plan = write("many.yaml", yaml.toString());
        CliRun run = generate(plan);
        List<String> lines = run.errLines();
        assertEquals(101, lines.size());
        assertEquals(plan + ":4:1: unknown key 'extra0'", lines.get(0));
        assertEquals(plan + ":103:1: unknown key 'extra99'", lines.get(99));
        assertEquals("hep: 4900 more problems not shown", lines.get(100));
        assertEquals(1, run.exit());
    }
}
