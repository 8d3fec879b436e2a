package org.hep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file is one file, whatever names it: links, {@code ..}, a second hard link. */
class FileIdentityTest {
    @TempDir
    Path dir;

    @Test
    void aFileNamedThroughALinkADotDotOrAHardLinkIsOneFile() throws IOException {
        Path file = Files.writeString(dir.resolve("logo.png"), "x");
        Files.createDirectory(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), file);
        Path hard = Files.createLink(dir.resolve("hard.png"), file);
        Object id = FileIdentity.of(file);
        assertEquals(id, FileIdentity.of(link));
        assertEquals(id, FileIdentity.of(hard));
        assertEquals(id, FileIdentity.of(dir.resolve("sub/../logo.png")));
    }

    @Test
    void twoFilesWithTheSameBytesAreTwoFiles() throws IOException {
        Path a = Files.writeString(dir.resolve("a.png"), "same");
        Path b = Files.writeString(dir.resolve("b.png"), "same");
        assertNotEquals(FileIdentity.of(a), FileIdentity.of(b));
    }

    @Test
    void aPathThatCannotBeReadStandsForItselfNormalised() {
        assertEquals(dir.resolve("gone.png").toAbsolutePath(), FileIdentity.of(dir.resolve("x/../gone.png")));
    }
}
