package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The compact record of a batch's written outputs answers like a map of paths to lines, however many. */
class WrittenOutputsTest {
    @Test
    void everyWrittenPathKeepsItsLineAndOthersHaveNone() {
        WrittenOutputs written = new WrittenOutputs();
        int rows = 5_000;   // several times the first table's size, so it grows
        for (int line = 2; line < rows; line++) {
            written.add(Path.of("/out/patient-" + line + ".pdf"), line);
        }
        for (int line = 2; line < rows; line++) {
            assertEquals(line, written.lineOf(Path.of("/out/patient-" + line + ".pdf")));
        }
        assertEquals(0, written.lineOf(Path.of("/out/patient-" + rows + ".pdf")));
        assertEquals(0, written.lineOf(Path.of("/elsewhere/patient-2.pdf")));
    }
}
