package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a shell user meets: typo hints, one message style, the version, and where handouts go. */
class ShellFriendlyTest {
    private static final String PLAN = "src/test/resources/bad/support/ok-plan.yaml";
    /** Manifest plan paths start at the manifest's folder. */
    private static final String ABSOLUTE_PLAN = Path.of(PLAN).toAbsolutePath().toString();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        generat                             | hep: unknown command 'generat' (did you mean 'generate'?) (see 'hep --help')
        sumary                              | hep: unknown command 'sumary' (did you mean 'summary'?) (see 'hep --help')
        frobnicate                          | hep: unknown command 'frobnicate' (see 'hep --help')
        help frobnicate                     | hep: unknown command 'frobnicate' (see 'hep --help')
        generate x --patinet Ana            | hep: unknown option '--patinet' (did you mean '--patient'?) (see 'hep generate --help')
        generate x --patinet=Ana            | hep: unknown option '--patinet' (did you mean '--patient'?) (see 'hep generate --help')
        generate x --temlpate large-print   | hep: unknown option '--temlpate' (did you mean '--template'?) (see 'hep generate --help')
        batch x --fail-fats                 | hep: unknown option '--fail-fats' (did you mean '--fail-fast'?) (see 'hep batch --help')
        generate a b                        | hep: unexpected argument 'b' (see 'hep generate --help')
        list exercise                       | hep: list: must be plans, exercises or templates, found 'exercise' (did you mean 'exercises'?) (see 'hep list --help')
        show squat --format yml             | hep: --format: must be text, markdown, json or csv, found 'yml' (see 'hep show --help')
        completion tcsh                     | hep: completion: must be bash, zsh or fish, found 'tcsh' (see 'hep completion --help')
        frobnicate --help                   | hep: unknown command 'frobnicate' (see 'hep --help')
        -h sumary                           | hep: unknown command 'sumary' (did you mean 'summary'?) (see 'hep --help')
        ""                                  | hep: missing command: generate, summary, list, show, validate, batch, figures, config or completion (see 'hep --help')
        """)
    void mistypedCommandsAndOptionsGetOneLineWithAHint(String args, String message) {
        CliRun run = Hep.run(args.isEmpty() ? new String[0] : args.split(" "));
        assertEquals(List.of(message), run.errLines());
        assertEquals(2, run.exit());
        assertEquals(0, run.out().length);
    }

    /** -V after a command prints hep's version too (it printed nothing, exit 0, and dropped the summary). */
    @Test
    void theVersionAfterACommandIsHepsVersion() {
        String version = Hep.run("--version").stdout();
        for (String[] args : new String[][] {{"summary", "neck-pain", "-V"}, {"list", "--version"}, {"batch", "-V"},
                {"generate", "-V"}}) {
            CliRun r = Hep.run(args);
            assertEquals(version, r.stdout(), String.join(" ", args));
            assertEquals(0, r.exit());
        }
    }

    @Test
    void anEmptyExerciseIdIsAUsageError() {
        CliRun r = Hep.run("show", " ");
        assertEquals(List.of("hep: show: the exercise id is empty; give one (see 'hep list exercises')"), r.errLines());
        assertEquals(2, r.exit());
    }

    @Test
    void lowerCaseVIsTheVersionLikeVersion() {
        CliRun v = Hep.run("-v");
        CliRun version = Hep.run("--version");
        assertEquals(0, v.exit());
        assertEquals(version.stdout(), v.stdout());
        assertTrue(v.stdout().startsWith("hep "), v.stdout());
    }

    @Test
    void generateMakesMissingOutputFoldersLikeBatch() throws IOException {
        Path target = dir.resolve("2026/march/ana.pdf");
        CliRun run = Hep.run("generate", PLAN, "-o", target.toString());
        assertEquals("", run.err());
        assertEquals(0, run.exit());
        assertTrue(Files.readString(target, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        Path manifest = Files.writeString(dir.resolve("m.csv"), "plan,output\n" + ABSOLUTE_PLAN + ",deep/er/ana.pdf\n");
        CliRun batch = Hep.run("batch", manifest.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals("1 written, 0 failed\n", batch.err());
        assertTrue(Files.isRegularFile(dir.resolve("out/deep/er/ana.pdf")));
    }

    @Test
    void noClobberKeepsAnExistingHandoutAndSaysSo() throws IOException {
        Path target = Files.writeString(dir.resolve("ana.pdf"), "keep me");
        CliRun run = Hep.run("generate", PLAN, "-o", target.toString(), "--no-clobber");
        assertEquals(List.of(target + ": cannot write: already exists (--no-clobber keeps it)"), run.errLines());
        assertEquals(3, run.exit());
        assertEquals("keep me", Files.readString(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList(), "no temp file is left");
        }
        Path fresh = dir.resolve("new.pdf");
        assertEquals(0, Hep.run("generate", PLAN, "-o", fresh.toString(), "--no-clobber").exit());
        assertTrue(Files.size(fresh) > 1000);
    }

    @Test
    void batchNoClobberFailsOnlyTheRowsWhoseFileExists() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        byte[] old = "old".getBytes(StandardCharsets.UTF_8);
        Files.write(out.resolve("a.pdf"), old);
        Path manifest = Files.writeString(dir.resolve("m.csv"), "plan,output\n" + ABSOLUTE_PLAN + ",a.pdf\n" + ABSOLUTE_PLAN + ",b.pdf\n");
        CliRun run = Hep.run("batch", manifest.toString(), "--out-dir", out.toString(), "--no-clobber");
        assertEquals(List.of(manifest + ":2: " + out.resolve("a.pdf") + ": cannot write: already exists (--no-clobber keeps it)",
                "1 written, 1 failed"), run.errLines());
        assertEquals(1, run.exit());
        assertArrayEquals(old, Files.readAllBytes(out.resolve("a.pdf")));
        assertTrue(Files.size(out.resolve("b.pdf")) > 1000);
    }
}
