package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file its user may not read (mode 000) is one problem among the others, never the end of
 * 'validate' or 'list'. The mode means nothing to root, so run as root these tests run hep in a
 * child process as the unprivileged user 65534 (with {@code setpriv}); run as any other user, in-process.
 */
class UnreadableFileTest {
    private static final long NOBODY = 65534;

    @TempDir
    Path dir;
    private Path checks;
    private Path library;

    @BeforeEach
    void files() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        checks = Files.createDirectory(dir.resolve("d2"));
        Files.writeString(checks.resolve("bad.yaml"), "name: X\nbogus: 1\n");
        Files.writeString(checks.resolve("empty.yaml"), "");
        locked(Files.writeString(checks.resolve("unread.yaml"), "name: X\n"));
        library = Files.createDirectory(dir.resolve("lib"));
        Files.copy(Path.of("plans/exercises/squat.yaml"), library.resolve("mysquat.yaml"));
        locked(Files.writeString(library.resolve("unread.yaml"), "name: X\n"));
    }

    @Test
    void validateReportsTheFileAmongTheOthers() throws Exception {
        Run r = hep("validate", checks.toString());
        assertEquals(List.of(
                checks + "/bad.yaml:1:1: missing required key 'steps'",
                checks + "/bad.yaml:2:1: unknown key 'bogus'",
                checks + "/empty.yaml:1:1: file is empty; expected a plan with title and exercises",
                checks + "/unread.yaml: cannot read: permission denied",
                "4 problems found in 3 of 3 files"), r.err().lines().toList());
        assertEquals("", r.out());
        assertEquals(1, r.exit());
    }

    @Test
    void validateJsonHasTheFileWithNoPosition() throws Exception {
        Run r = hep("validate", "--format", "json", checks.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("{\n  \"files\": 3,"), r.out());
        assertTrue(r.out().contains("""
                    {
                      "file": "%s/unread.yaml",
                      "line": null,
                      "column": null,
                      "message": "cannot read: permission denied"
                    }""".formatted(checks).indent(4).stripTrailing()), r.out());
    }

    @Test
    void listLeavesTheFileOutAndListsTheOthers() throws Exception {
        Run r = hep("list", "exercises", "--library", library.toString());
        assertEquals(List.of(library + "/unread.yaml: cannot read: permission denied"), r.err().lines().toList());
        List<String> ids = r.out().lines().map(l -> l.split("\\s+")[0]).toList();
        assertTrue(ids.contains("mysquat") && ids.contains("squat") && ids.size() > 40, r.out());
        assertEquals(1, r.exit());
    }

    /** A handout that does not use the file is made as if it were not there. */
    @Test
    void generateWithoutTheFileIsUntouched() throws Exception {
        Path plan = Files.writeString(dir.resolve("p.yaml"), "title: T\nexercises:\n  - use: mysquat\n");
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxrwxrwx"));
        Run r = hep("generate", plan.toString(), "--library", library.toString(), "-o", out.resolve("p.pdf").toString());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
        assertTrue(Files.size(out.resolve("p.pdf")) > 1000);
    }

    private record Run(int exit, String out, String err) {
    }

    private static void locked(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    }

    private Run hep(String... args) throws Exception {
        if (!Files.isReadable(checks.resolve("unread.yaml"))) {
            CliRun r = Hep.run(args);
            return new Run(r.exit(), r.stdout(), r.err());
        }
        Assumptions.assumeTrue(new File("/usr/bin/setpriv").canExecute() || new File("/bin/setpriv").canExecute(),
                "running as root without setpriv: no user for whom the file is unreadable");
        return asNobody(args);
    }

    /** hep in a child process as user 65534, its classpath's jars copied where that user can read them. */
    private Run asNobody(String... args) throws Exception {
        Path jars = Files.createDirectories(dir.resolve("cp"));
        List<String> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isRegularFile(p)) {
                Path copy = jars.resolve(classpath.size() + "-" + p.getFileName());
                Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
                classpath.add(copy.toString());
            } else {
                classpath.add(entry);
            }
        }
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classpath), "org.hep.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("HOME", dir.toString());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "hep did not finish");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        // A checkout the user cannot reach (under /root) cannot be run from: nothing is proven then.
        Assumptions.assumeFalse(stderr.contains("ClassNotFoundException") || stderr.contains("Could not find or load"),
                "user 65534 cannot read the classes: " + stderr);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), stderr);
    }
}
