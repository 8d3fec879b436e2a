package org.hep.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.hep.load.BuiltIns;
import org.hep.diag.InvalidInputException;
import org.hep.load.FileNames;
import org.hep.diag.Problem;
import org.hep.load.InputFiles;
import org.hep.load.Source;
import org.hep.diag.Suggest;

/** Turns a PLAN argument (a path, a built-in plan id, or "-" for stdin) into a source. */
public final class PlanRef {
    public static final String STDIN_NAME = "<stdin>";

    private PlanRef() {
    }

    /** @param stdin read fully for "-" (tests pass their own stream) */
    /** Standard input as a file, where the system has one: what {@code <} gave the process. */
    public static final Path STDIN_DEVICE = Path.of("/dev/stdin");

    public static Source resolve(String ref, InputStream stdin) {
        if (ref.isBlank()) {
            throw new org.hep.diag.RequestException(org.hep.diag.RequestException.Subject.PLAN, "is empty; give a plan file, a built-in plan id, or - for stdin");
        }
        if (ref.equals("-")) {
            if (stdin == System.in && StandardInput.closed()) {
                throw new UncheckedIOException(STDIN_NAME + ": cannot read: standard input is closed; "
                        + "pipe a plan into hep or give a plan file", new IOException("closed"));
            }
            if (stdin == System.in) {
                // "-o /dev/stdin" would write over the plan being read ("< plan.yaml"): an output that is an input.
                InputFiles.record(STDIN_DEVICE);
            }
            try {
                byte[] bytes = stdin.readNBytes(Source.MAX_BYTES + 1);
                return Source.bytes(STDIN_NAME, Path.of("").toAbsolutePath(), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(STDIN_NAME + ": cannot read: " + e.getMessage(), e);
            }
        }
        Path path = Path.of(ref);
        if (Files.isRegularFile(path)) {
            return Source.file(path);
        }
        if (FileNames.looksLikePath(ref) || Files.exists(path)) {
            String why = Files.isDirectory(path) ? "is a folder, not a plan file"
                    // A pipe, as <(make-plan) gives: standard input reads one ("make-plan | hep generate -").
                    : Files.exists(path) ? "not a regular file (to read a plan from a pipe, give - and pipe it in)"
                    // The shell passed bytes that are not UTF-8; Java cannot name such a file.
                    : ref.indexOf('\uFFFD') >= 0 ? "the file name is not valid UTF-8 text; rename the file"
                    : "no such file or directory";
            throw new UncheckedIOException(ref + ": cannot read: " + why, new NoSuchFileException(ref));
        }
        return builtIn(ref);
    }

    /** The built-in plan with this id; otherwise bad input that suggests the nearest id. */
    public static Source builtIn(String id) {
        if (BuiltIns.has("plans/" + id + ".yaml")) {
            return BuiltIns.source("plans/" + id + ".yaml");
        }
        throw new InvalidInputException(new Problem(id, 0, 0,
                "no such plan file or built-in plan" + Suggest.hint(id, builtInIds())
                        + " (see 'hep list plans')"));
    }

    /** The id used when the plan file does not give one: its file stem. */
    public static String fallbackId(Source source) {
        if (source.name().equals(STDIN_NAME)) {
            return "plan";
        }
        return FileNames.stem(Path.of(source.name()).getFileName().toString());
    }

    public static List<String> builtInIds() {
        return BuiltIns.list("plans").stream().map(FileNames::stem).toList();
    }
}
