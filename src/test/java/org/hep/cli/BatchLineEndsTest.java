package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manifest's lines end in LF or CRLF (or, in an old Mac export, CR throughout). In a file with
 * LF or CRLF line ends a lone CR inside a cell is a control character: its row fails alone, and
 * is never cut into a handout for half the cell and a second, failing row.
 */
class BatchLineEndsTest {
    private static final String PLAN = BatchCommandTest.PLAN;

    @TempDir
    Path dir;

    private CliRun batch(String csv) throws Exception {
        Path m = Files.write(dir.resolve("m.csv"), csv.getBytes(StandardCharsets.UTF_8));
        return Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
    }

    private List<String> written() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String controlCr(int line, String column) {
        return dir.resolve("m.csv") + ":" + line + ": '" + column
                + "' contains the control character U+000D; remove it from the manifest";
    }

    @Test
    void aLoneCrInACellOfAnLfFileFailsItsOwnRow() throws Exception {
        CliRun r = batch("plan,output,patient\n" + PLAN + ",a.pdf,Ann\rBob\n" + PLAN + ",b.pdf,Cy\n");
        assertEquals(List.of(controlCr(2, "patient"), "1 written, 1 failed"), r.errLines());
        assertEquals(1, r.exit());
        assertEquals(List.of("b.pdf"), written(), "no handout for half the cell");
    }

    @Test
    void aLoneCrInACellOfACrlfFileFailsItsOwnRowAndTheRowsAfterItKeepTheirLines() throws Exception {
        CliRun r = batch("plan,output,patient\r\n" + PLAN + ",a.pdf,Ann\rBob\r\n" + PLAN + ",b.pdf,Cy\r\n"
                + "nope,c.pdf,Di\r\n");
        assertEquals(List.of(controlCr(2, "patient"),
                dir.resolve("m.csv") + ":4: nope: no such plan file or built-in plan (see 'hep list plans')",
                "1 written, 2 failed"), r.errLines());
        assertEquals(List.of("b.pdf"), written());
    }

    @Test
    void aLoneCrInsideQuotesIsStillALineBreakOfTheValue() throws Exception {
        CliRun r = batch("plan,output,notes\n" + PLAN + ",a.pdf,\"Rest\ron Sunday\"\n");
        assertEquals(List.of("1 written, 0 failed"), r.errLines());
        assertEquals(List.of("a.pdf"), written());
    }

    @Test
    void aFileWithCrLineEndsStillReadsAsRows() throws Exception {
        CliRun r = batch("plan,output,patient\r" + PLAN + ",a.pdf,Ann\r" + PLAN + ",b.pdf,Bob\r");
        assertEquals(List.of("2 written, 0 failed"), r.errLines());
        assertEquals(0, r.exit());
        assertEquals(List.of("a.pdf", "b.pdf"), written());
    }
}
