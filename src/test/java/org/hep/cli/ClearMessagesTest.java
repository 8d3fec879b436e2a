package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not what they seem get a message that says what they are. */
class ClearMessagesTest {
    @TempDir
    Path dir;

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String run(List<String> cmd, Path cwd, int exit) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(exit, p.exitValue(), err);
        return err;
    }

    @Test
    void aClosedStdinIsNamedAsSuch() throws Exception {
        String hep = "'" + java() + "' -cp '" + System.getProperty("java.class.path") + "' org.hep.cli.Main";
        String err = run(List.of("sh", "-c", "exec " + hep + " generate - -o out.pdf <&-"), dir, 3);
        assertEquals("<stdin>: cannot read: standard input is closed; pipe a plan into hep or give a plan file\n", err);
        assertTrue(Files.notExists(dir.resolve("out.pdf")));
    }

    @Test
    void aPlanPathThatIsNotUtf8IsNamedAsSuch() {
        // What the JVM makes of the byte 0xFF in an argument under a UTF-8 locale.
        CliRun r = Hep.run("generate", dir.resolve("knee\uFFFD.yaml").toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(List.of(dir.resolve("knee\uFFFD.yaml") + ": cannot read: the file name is not valid UTF-8 text;"
                + " rename the file"), r.errLines());
        assertEquals(3, r.exit());
    }

    @Test
    void validateNamesAnUnreadableSubfolderAndChecksTheRest() throws Exception {
        Path root = Files.createDirectories(dir.resolve("clinic"));
        Files.writeString(root.resolve("plan.yaml"), "title: Knee plan\nexercises:\n  - use: squatt\n");
        Path locked = Files.createDirectories(root.resolve("locked"));
        Files.writeString(locked.resolve("hidden.yaml"), "title: x\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // Without the capabilities that let root read anything, as an ordinary user would run it.
            List<String> cmd = new ArrayList<>(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                    java(), "-cp", System.getProperty("java.class.path"), "org.hep.cli.Main", "validate", "clinic"));
            String err = run(cmd, dir, 1);
            assertEquals(List.of(
                    "clinic/locked: cannot read: permission denied; the files in it were not checked",
                    "clinic/plan.yaml:3:10: unknown exercise 'squatt' (did you mean 'squat'?)",
                    "2 problems found in 1 of 1 file"), err.lines().toList());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
