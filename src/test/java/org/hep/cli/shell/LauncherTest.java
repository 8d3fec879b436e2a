package org.hep.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/hep from a symlink in a folder on PATH, as README tells a user to set it up. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void theLauncherFindsItsJarThroughASymlink() throws IOException {
        Path launcher = installLauncher();
        Path onPath = Files.createDirectories(dir.resolve("path"));
        Files.createSymbolicLink(onPath.resolve("hep"), launcher);

        Shells.Result r = Shells.run(dir, List.of("env", "-u", "HEP_JAR",
                "PATH=" + onPath + ":" + System.getenv("PATH"), "hep", "-v"));
        assertEquals("", r.err());
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("hep "), r.out());
    }

    /** The first run after a build makes the start-up archive; when it cannot, hep still runs. */
    @Test
    void theFirstRunWorksWithoutATemporaryFolder() throws IOException {
        Path launcher = installLauncher();

        Shells.Result r = Shells.run(dir, List.of("env", "-u", "HEP_JAR", "TMPDIR=" + dir.resolve("gone"),
                launcher.toString(), "-v"));
        assertEquals("", r.err());
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("hep "), r.out());
    }

    /** bin/hep and a jar beside it, as a build leaves them, in a folder of their own. */
    private Path installLauncher() throws IOException {
        Shells.require("bash");
        Path home = Files.createDirectories(dir.resolve("hep-home/bin"));
        Path launcher = Files.copy(Path.of("bin/hep"), home.resolve("hep"));
        launcher.toFile().setExecutable(true);
        Files.createDirectories(dir.resolve("hep-home/target"));
        writeJar(dir.resolve("hep-home/target/hep.jar"));
        return launcher;
    }

    /** A jar like target/hep.jar, whose classes are this build's (by Class-Path), so no package step is needed. */
    private static void writeJar(Path jar) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.hep.cli.Main");
        String classPath = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).stream()
                .map(p -> Path.of(p).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" "));
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
    }
}
