package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic system passes what a person typed: a note "@home" or a name "@Ann" is text. An
 * argument starting with '@' never pulls in a file of that name, nor loses its '@'.
 */
class AtSignArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void aNoteNamingAFileIsPrintedAsTyped() throws IOException {
        Path walk = Files.writeString(dir.resolve("walk"), "Private words from a file\n");
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--notes", "@" + walk, "--patient", "@@Ann");
        String text = pdf.text().replaceAll("\\s+", " ");
        assertTrue(text.contains("@" + walk), text);
        assertTrue(text.contains("@@Ann"), text);
        assertFalse(text.contains("Private words"), "a file's contents never reach the handout");
    }

    @Test
    void aFileOfOptionsIsNotRead() throws IOException {
        Path options = Files.writeString(dir.resolve("Smith"), "--sets\n9\n");
        CliRun r = Hep.run("summary", "it-band-syndrome", "--only", "@" + options);
        assertEquals("hep: --only: exercise '@" + options + "' is not in this plan; the plan has squat,"
                + " forward-lunge, side-lying-hip-abduction\n", r.err());
        assertEquals(2, r.exit());
    }
}
