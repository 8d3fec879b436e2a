package org.hep.cli.shell;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real shell or tool without a terminal. CI installs them (.ci/run); elsewhere a test
 * that needs a missing one is skipped rather than failed, but never under CI.
 */
final class Shells {
    private Shells() {
    }

    record Result(int exit, String out, String err) {
    }

    static void require(String program) {
        boolean found = List.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
        assumeTrue(found || System.getenv("CI") != null, program + " is not installed");
    }

    static Result run(Path workDir, List<String> command) {
        try {
            Path out = Files.createTempFile("shell-out", ".txt");
            Path err = Files.createTempFile("shell-err", ".txt");
            try {
                Process p = new ProcessBuilder(command).directory(workDir.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError(command + " did not finish");
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
