package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hep.app.PlanRef;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void plansByDefaultOneLinePerBuiltInPlan() {
        CliRun r = Hep.run("list");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.stdout().lines().toList();
        assertEquals(PlanRef.builtInIds(), lines.stream().map(l -> l.split(" ")[0]).toList());
        assertTrue(lines.contains("it-band-syndrome            IT Band Syndrome                knee, hip"), r.stdout());
    }

    @Test
    void regionAndTagFiltersBothApply() throws Exception {
        CliRun r = Hep.run("list", "exercises", "--region", "KNEE", "--tag", "strength", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode rows = JSON.readTree(r.out());
        assertTrue(rows.size() > 0);
        for (JsonNode row : rows) {
            assertTrue(contains(row.get("regions"), "knee"), row.toString());
            assertTrue(contains(row.get("tags"), "strength"), row.toString());
        }
        CliRun all = Hep.run("list", "exercises", "--format", "json");
        assertTrue(JSON.readTree(all.out()).size() > rows.size());
    }

    @Test
    void aRegionOrTagNoItemHasIsNotedWithTheClosest() {
        CliRun r = Hep.run("list", "exercises", "--region", "kne");
        assertEquals(0, r.exit());
        assertEquals("", r.stdout());
        assertEquals("hep: note: no item has the region 'kne' (did you mean 'knee'?)\n", r.err());
        r = Hep.run("list", "--tag", "strenght");
        assertEquals("hep: note: no item has the tag 'strenght' (did you mean 'strength'?)\n", r.err());
        // A region some items have, even with nothing left after --tag, is no typo: no note.
        r = Hep.run("list", "exercises", "--region", "knee", "--tag", "balance", "--format", "csv");
        assertEquals("", r.err());
    }

    @Test
    void planFiltersUseThePlansRegionsAndTags() throws Exception {
        JsonNode rows = JSON.readTree(Hep.run("list", "plans", "--region", "knee", "--format", "json").out());
        List<String> ids = new java.util.ArrayList<>();
        rows.forEach(row -> ids.add(row.get("id").textValue()));
        assertTrue(ids.contains("it-band-syndrome"), ids.toString());
        assertFalse(ids.contains("neck-pain"), ids.toString());
        assertEquals(List.of("id", "title", "regions", "tags", "condition", "exercises"),
                List.copyOf(iterable(rows.get(0).fieldNames())));
    }

    @Test
    void aLibraryFolderAddsExercisesThatFiltersFind(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("band-walk.yaml"), """
                name: Band walk
                region: [hip]
                tags: [clinic-only]
                equipment: [resistance band]
                steps: [Step sideways.]
                """);
        CliRun text = Hep.run("list", "exercises", "--library", dir.toString(), "--tag", "clinic-only");
        assertEquals(0, text.exit(), text.err());
        assertEquals("band-walk  Band walk  hip\n", text.stdout());

        CliRun csv = Hep.run("list", "exercises", "--library", dir.toString(), "--tag", "clinic-only", "--format", "csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.stdout())).getRecords();
        assertEquals(List.of("id", "name", "regions", "tags", "equipment", "summary"), rows.get(0).toList());
        assertEquals(List.of("band-walk", "Band walk", "hip", "clinic-only", "resistance band", ""), rows.get(1).toList());
        assertEquals(2, rows.size());
    }

    /** One broken file in a clinic's folder: the others are still listed, the broken one is named, exit 1. */
    @Test
    void aBrokenFileIsNamedAndTheOthersAreStillListed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("band-walk.yaml"), "name: Band walk\ntags: [clinic-only]\nsteps: [Step sideways.]\n");
        Files.writeString(dir.resolve("broken.yaml"), "name: Broken\ntags: [clinic-only]\nsteps: [Step.]\nbogus: 1\n");
        CliRun r = Hep.run("list", "exercises", "--library", dir.toString(), "--tag", "clinic-only");
        assertEquals("band-walk  Band walk\n", r.stdout());
        assertEquals(dir.resolve("broken.yaml") + ":4:1: unknown key 'bogus'\n", r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void noMatchPrintsNothingAndSucceeds() {
        CliRun r = Hep.run("list", "exercises", "--tag", "no-such-tag");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.stdout());
    }

    @Test
    void templatesListTheBuiltInLayouts() {
        CliRun r = Hep.run("list", "templates", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.stdout().startsWith("name,page,size\n"), r.stdout());
        assertTrue(r.stdout().contains("\nlarge-print,letter,"), r.stdout());
        assertTrue(r.stdout().contains("\nstandard,letter,"), r.stdout());
    }

    @Test
    void templatesHaveNoRegions() {
        CliRun r = Hep.run("list", "templates", "--region", "knee");
        assertEquals(2, r.exit());
        assertEquals("hep: --region and --tag apply to plans and exercises, not templates\n", r.err());
    }

    @Test
    void anUnknownKindIsAUsageError() {
        CliRun r = Hep.run("list", "videos");
        assertEquals(2, r.exit());
        assertEquals("hep: list: must be plans, exercises or templates, found 'videos' (see 'hep list --help')\n",
                r.err());
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.textValue().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
