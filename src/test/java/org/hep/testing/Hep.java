package org.hep.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hep.cli.Cli;

/** Runs {@code hep} in-process the way a user would, capturing exit code, stdout bytes and stderr. */
public final class Hep {
    private Hep() {
    }

    public record Result(int code, byte[] out, String err) {
        public String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }

        /** Fails with stderr in the message, so a broken run explains itself. */
        public Result assertCode(int expected) {
            assertEquals(expected, code, () -> "exit code; stderr was:\n" + err);
            return this;
        }
    }

    public static Result run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    public static Result runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Cli.run(args, new ByteArrayInputStream(stdin), o, e);
        }
        return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
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
        Result r = run(all).assertCode(0);
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
