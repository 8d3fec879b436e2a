package org.hep.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hep.cli.Cli;

/**
 * The one test harness for the command line: runs {@code hep} in-process with captured
 * streams, as a user at a shell would see it, and renders handouts for the PDF tests.
 */
public final class Hep {
    private Hep() {
    }

    /** {@code hep ARGS…} with empty stdin. */
    public static CliRun run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    public static CliRun runWithStdin(byte[] stdin, String... args) {
        return runWithStdin(new ByteArrayInputStream(stdin), args);
    }

    public static CliRun runWithStdin(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** Fails unless the run exited with {@code expected}, showing stderr so a broken run explains itself. */
    public static CliRun expectExit(int expected, CliRun run) {
        assertEquals(expected, run.exit(), () -> "exit code; stderr was:\n" + run.err());
        return run;
    }

    /** {@code hep generate PLAN -o dir/name.pdf ARGS…}; fails unless it exits 0 with nothing on stderr. */
    public static PdfProbe generate(Path dir, String plan, String... args) {
        Path pdf = dir.resolve("handout-" + System.nanoTime() + ".pdf");
        String[] all = new String[args.length + 4];
        all[0] = "generate";
        all[1] = plan;
        all[2] = "-o";
        all[3] = pdf.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        CliRun r = expectExit(0, run(all));
        assertEquals("", r.err(), "stderr");
        try {
            return PdfProbe.of(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
