package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinic system's export as it comes: extra columns, every generate option as a column, a report, shards. */
class BatchExportTest {
    @TempDir
    Path dir;

    @Test
    void unknownColumnsAreIgnoredWithOneWarningNamingThem() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "MRN,plan,Age,pateint,,output\n"
                + "17," + BatchCommandTest.PLAN + ",40,Ana,x,a.pdf\n");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals(List.of(m + ":1: warning: ignoring 4 unknown columns 'MRN', 'Age', 'pateint', (column 5)"
                + " ('pateint': did you mean 'patient'?); --strict refuses them", "1 written, 0 failed"), r.errLines());
        assertEquals(0, r.exit());
    }

    @Test
    void everyGenerateOptionHasAColumnAndMakesTheSameHandout() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,output,date,language,page_size,only,exclude,"
                + "next_visit,therapist,notes,dose\n"
                + "knee-osteoarthritis,row.pdf,2026-03-14,fr,a4,\"quad-set;step-up\",,\"mardi, 10 h\",Sam Lee,"
                + "Apportez la bande,\"quad-set:hold=10;step-up:sets=2,reps=8\"\n"
                + "knee-osteoarthritis,ex.pdf,2026-03-14,,,,quad-set,,,,\n");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals("2 written, 0 failed\n", r.err());
        CliRun g = Hep.run("generate", "knee-osteoarthritis", "-o", dir.resolve("gen.pdf").toString(), "--date",
                "2026-03-14", "--language", "fr", "--page-size", "a4", "--only", "quad-set,step-up", "--next-visit",
                "mardi, 10 h", "--therapist", "Sam Lee", "--notes", "Apportez la bande", "--dose", "quad-set:hold=10",
                "--dose", "step-up:sets=2,reps=8");
        assertEquals("", g.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("gen.pdf")), Files.readAllBytes(dir.resolve("out/row.pdf")),
                "the row's handout is the one generate makes with the same options");
        Hep.run("generate", "knee-osteoarthritis", "-o", dir.resolve("gen2.pdf").toString(), "--date", "2026-03-14",
                "--exclude", "quad-set");
        assertArrayEquals(Files.readAllBytes(dir.resolve("gen2.pdf")), Files.readAllBytes(dir.resolve("out/ex.pdf")));
    }

    @Test
    void aBadCellFailsItsRowWithTheColumnNamed() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,language,page_size,dose\n"
                + "knee-osteoarthritis,de,legal,quad-set\n"
                + "knee-osteoarthritis,,,quad-set:hold=forever;step-up:sets=2\n"
                + "knee-osteoarthritis,,,clamshell:sets=2\n");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        String notInPlan = Hep.run("generate", "knee-osteoarthritis", "--dose", "clamshell:sets=2", "-o",
                dir.resolve("x.pdf").toString()).err().strip().replace("hep: --dose: ", "dose: ");
        assertEquals(List.of(
                m + ":2: 'language' must be en, fr, es, found 'de'",
                m + ":2: 'page_size' must be letter or a4, found 'legal'",
                m + ":2: 'dose': expected ID:KEY=VALUE[,KEY=VALUE], items separated by ';', found 'quad-set'",
                m + ":3: 'dose' quad-set: 'hold' must be seconds (1 to 3600) or a duration like \"30s\" or \"2 min\","
                        + " found 'forever'",
                m + ":4: " + notInPlan,
                "0 written, 3 failed"), r.errLines());
    }

    @Test
    void aSelectionCellOfSeparatorsOnlyFailsItsRowAsTheOptionDoes() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,only,exclude,output\n"
                + "knee-osteoarthritis,\",\",,a.pdf\n"
                + "knee-osteoarthritis,,; ;,b.pdf\n"
                + "knee-osteoarthritis,quad-set;,,c.pdf\n");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals(List.of(
                m + ":2: 'only': no exercise id in ','; give ids separated by commas or semicolons, or leave the cell empty",
                m + ":3: 'exclude': no exercise id in '; ;'; give ids separated by commas or semicolons, or leave the cell"
                        + " empty",
                "1 written, 2 failed"), r.errLines());
        assertEquals(List.of(dir.resolve("out/c.pdf")), Files.list(dir.resolve("out")).toList());
    }

    @Test
    void aDoseCellThatWouldBeDroppedFailsItsRow() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,exclude,dose,output\n"
                + "it-band-syndrome,,squat:sets=2;squat:sets=3,a.pdf\n"
                + "it-band-syndrome,squat,squat:sets=2,b.pdf\n");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals(List.of(m + ":2: 'dose' squat: 'sets' is given twice; give each dose key once",
                m + ":3: dose: exercise 'squat' is not in the handout (the exercises chosen leave it out); the handout has"
                        + " forward-lunge, side-lying-hip-abduction",
                "0 written, 2 failed"), r.errLines());
    }

    @Test
    void theReportHasOneRecordPerRow() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,output\n" + BatchCommandTest.PLAN + ",a.pdf\n"
                + "no-such-plan,b.pdf\n");
        Path json = dir.resolve("report.json");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out").toString(), "--report",
                json.toString());
        assertEquals(1, r.exit());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, report.size());
        assertEquals(2, report.get(0).get("line").intValue());
        assertEquals("written", report.get(0).get("status").textValue());
        assertEquals(dir.resolve("out/a.pdf").toString(), report.get(0).get("output").textValue());
        assertEquals(0, report.get(0).get("messages").size());
        assertEquals("failed", report.get(1).get("status").textValue());
        assertTrue(report.get(1).get("output").isNull());
        assertEquals(r.errLines().get(0), report.get(1).get("messages").get(0).textValue());

        Path csv = dir.resolve("report.csv");
        Hep.run("batch", m.toString(), "--out-dir", dir.resolve("out2").toString(), "--report", csv.toString());
        assertEquals(List.of("\"line\",\"status\",\"output\",\"messages\"",
                "\"2\",\"written\",\"" + dir.resolve("out2/a.pdf") + "\",\"\"",
                "\"3\",\"failed\",\"\",\"" + r.errLines().get(0) + "\""), Files.readAllLines(csv));

        CliRun bad = Hep.run("batch", m.toString(), "--report", dir.resolve("report.txt").toString());
        assertEquals("hep: --report: the file name must end in .csv or .json, found '" + dir.resolve("report.txt")
                + "'\n", bad.err());
        assertEquals(2, bad.exit());
    }

    @Test
    void shardsCoverEveryRowExactlyOnce() throws IOException {
        StringBuilder csv = new StringBuilder("plan,output\n");
        for (int i = 0; i < 11; i++) {
            csv.append(i == 4 ? "\n" : "").append(BatchCommandTest.PLAN).append(",row-").append(i).append(".pdf\n");
        }
        Path m = Files.writeString(dir.resolve("m.csv"), csv.toString());
        List<String> all = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Path out = dir.resolve("shard-" + k);
            CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--shard", k + "/3", "--jobs", "1");
            assertEquals(0, r.exit(), r.err());
            try (Stream<Path> s = Files.list(out)) {
                s.map(p -> p.getFileName().toString()).forEach(all::add);
            }
        }
        Set<String> distinct = new HashSet<>(all);
        assertEquals(all.size(), distinct.size(), "no row is made twice: " + all);
        assertEquals(11, distinct.size(), "every row is made: " + all);
        CliRun bad = Hep.run("batch", m.toString(), "--shard", "3/3");
        assertEquals("hep: --shard: expected K/N with 0 <= K < N, e.g. 0/4, found '3/3'\n", bad.err());
        assertEquals(2, bad.exit());
    }
    /**
     * Handouts made here are often copied to a Mac or a Windows share, where "A.pdf" and "a.pdf",
     * or "Zoë" with a composed and a combining accent, are one file: the second would replace the first.
     */
    @Test
    void outputsThatDifferOnlyInCaseOrAccentFormAreOneOutput() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,output,patient\n"
                + BatchCommandTest.PLAN + ",Ana.pdf,Ana Lopez\n"
                + BatchCommandTest.PLAN + ",ana.PDF,Ana Ruiz\n"
                + BatchCommandTest.PLAN + ",Zo\u00eb.pdf,Zo\u00eb Adams\n"
                + BatchCommandTest.PLAN + ",Zoe\u0308.pdf,Zo\u00eb Brown\n");
        Path out = dir.resolve("out");
        CliRun r = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--jobs", "1");
        assertEquals(List.of(m + ":3: output " + out.resolve("ana.PDF") + " is already taken by line 2; give this row"
                        + " its own 'output' or a different patient",
                m + ":5: output " + out.resolve("Zoe\u0308.pdf") + " is already taken by line 4; give this row its own"
                        + " 'output' or a different patient", "2 written, 2 failed"), r.errLines());
        assertEquals(1, r.exit());
        assertEquals(2, Files.list(out).count());
    }

    @Test
    void aRowWhoseOutputAnEarlierRowOfAnotherShardNamesFailsAsInOneRun() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,output,patient\n"
                + BatchCommandTest.PLAN + ",same.pdf,Alice Adams\n"
                + BatchCommandTest.PLAN + ",same.pdf,Bob Brown\n"
                + BatchCommandTest.PLAN + ",,Zoë O'Brien\n"
                + BatchCommandTest.PLAN + ",,Zoe OBrien\n");
        Path out = dir.resolve("out");
        String taken = m + ":3: output " + out.resolve("same.pdf") + " is already taken by line 2; give this row its"
                + " own 'output' or a different patient";
        String slug = m + ":5: output " + out.resolve("batch-plan-zoe-obrien.pdf") + " is already taken by line 4;"
                + " give this row its own 'output' or a different patient";
        CliRun one = Hep.run("batch", m.toString(), "--out-dir", out.toString());
        assertEquals(List.of(taken, slug, "2 written, 2 failed"), one.errLines());
        assertEquals(1, one.exit());

        Path sharded = dir.resolve("sharded");
        taken = taken.replace(out.toString(), sharded.toString());
        slug = slug.replace(out.toString(), sharded.toString());
        CliRun even = Hep.run("batch", m.toString(), "--out-dir", sharded.toString(), "--shard", "0/2",
                "--report", dir.resolve("r0.csv").toString());
        CliRun odd = Hep.run("batch", m.toString(), "--out-dir", sharded.toString(), "--shard", "1/2",
                "--report", dir.resolve("r1.csv").toString());
        assertEquals(List.of("2 written, 0 failed"), even.errLines(), "lines 2 and 4 are this shard's first rows");
        assertEquals(0, even.exit());
        assertEquals(List.of(taken, slug, "0 written, 2 failed"), odd.errLines());
        assertEquals(1, odd.exit());
        try (Stream<Path> s = Files.list(sharded)) {
            assertEquals(Set.of("same.pdf", "batch-plan-zoe-obrien.pdf"),
                    s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertTrue(org.hep.testing.PdfProbe.of(Files.readAllBytes(sharded.resolve("same.pdf"))).text().contains("Alice Adams"),
                "line 2's handout is never replaced by line 3's");
        assertTrue(Files.readString(dir.resolve("r1.csv")).contains("\"3\",\"failed\""));
    }

    @Test
    void anEarlierRowOfAnotherShardThatFailsGivesItsOutputUp() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "plan,output,dose\n"
                + BatchCommandTest.PLAN + ",same.pdf,nowhere:sets=2\n"
                + BatchCommandTest.PLAN + ",same.pdf,\n"
                + "no-such-plan,other.pdf,\n"
                + BatchCommandTest.PLAN + ",other.pdf,\n");
        Path out = dir.resolve("out");
        CliRun one = Hep.run("batch", m.toString(), "--out-dir", out.toString());
        assertEquals(1, one.exit());
        assertEquals("2 written, 2 failed", one.errLines().get(one.errLines().size() - 1), one.err());
        CliRun odd = Hep.run("batch", m.toString(), "--out-dir", dir.resolve("sharded").toString(), "--shard", "1/2");
        assertEquals(List.of("2 written, 0 failed"), odd.errLines(), "lines 3 and 5 are written, as in one run");
        assertEquals(0, odd.exit());
    }
}
