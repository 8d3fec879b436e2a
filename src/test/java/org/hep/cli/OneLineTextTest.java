package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line break or tab written inside a one-line field (a name, a title, a step, a note, a load)
 * reads as the one space the handout prints, in every output: the summaries read the same text
 * as the PDF, and no CSV cell or terminal line carries a raw line break from a plan.
 */
class OneLineTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String plan() {
        return Hep.write(dir, "nl.yaml", """
                title: "Line\\nbreak\\ttitle"
                education:
                  - heading: "Why\\nit helps"
                    text: |
                      First paragraph
                      goes on here.

                      Second paragraph.
                exercises:
                  - name: "Squat\\nSecret"
                    steps:
                      - |
                        Stand with your feet
                        apart.
                      - "Bend\\tslowly."
                    equipment: ["chair\\nor bench"]
                    notes: "Go\\n  easy."
                    dose: {sets: 2, load: "red\\nband"}
                """).toString();
    }

    @Test
    void everyOutputShowsTheNameTheHandoutPrints() throws Exception {
        String plan = plan();

        JsonNode json = JSON.readTree(Hep.expectExit(0, Hep.run("summary", plan, "--format", "json")).out());
        assertEquals("Line break title", json.get("title").textValue());
        JsonNode ex = json.at("/exercises/0");
        assertEquals("Squat Secret", ex.get("name").textValue());
        assertEquals("Stand with your feet apart.", ex.at("/steps/0").textValue());
        assertEquals("Bend slowly.", ex.at("/steps/1").textValue());
        assertEquals("Go easy.", ex.get("notes").textValue());
        assertEquals("red band", ex.at("/dose/load").textValue());
        assertEquals("Why it helps", json.at("/education/0/heading").textValue());

        CliRun csv = Hep.expectExit(0, Hep.run("summary", plan, "--format", "csv"));
        assertFalse(csv.stdout().contains("\t"), csv.stdout());
        assertEquals(2, csv.stdout().split("\n", -1).length - 1, "a header and one row, each on one line");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.stdout())).getRecords();
        assertEquals("Squat Secret", rows.get(0).get("name"));
        assertEquals("chair or bench", rows.get(0).get("equipment"));
        assertEquals("Go easy.", rows.get(0).get("notes"));
        assertEquals("red band", rows.get(0).get("load"));

        String text = Hep.expectExit(0, Hep.run("summary", plan)).stdout();
        assertTrue(text.contains("1. Squat Secret\n"), text);
        String markdown = Hep.expectExit(0, Hep.run("summary", plan, "--format", "markdown")).stdout();
        assertTrue(markdown.startsWith("# Line break title\n"), markdown);
        assertTrue(markdown.contains("## 1. Squat Secret\n"), markdown);

        PdfProbe pdf = Hep.generate(dir, plan);
        assertTrue(pdf.text().contains("Squat Secret"), pdf.text());
        assertEquals("Line break title", pdf.title());

        CliRun html = Hep.expectExit(0, Hep.run("generate", plan, "--format", "html", "-o", "-"));
        assertEquals("1 Squat Secret", Jsoup.parse(html.stdout()).selectFirst("h3#exercise-1").text());
    }

    @Test
    void aFileNameKeepsItsSpaces() throws Exception {
        Hep.write(dir, "wall  push.yaml", "name: Wall push\nsteps: [Push.]\n");
        Path plan = Hep.write(dir, "p.yaml", "title: Plan\nexercises:\n  - use: \"./wall  push.yaml\"\n");
        JsonNode json = JSON.readTree(Hep.expectExit(0, Hep.run("summary", plan.toString(), "--format", "json")).out());
        assertEquals("Wall push", json.at("/exercises/0/name").textValue());
    }

    @Test
    void educationTextKeepsItsParagraphs() throws Exception {
        JsonNode json = JSON.readTree(Hep.expectExit(0, Hep.run("summary", plan(), "--format", "json")).out());
        assertEquals(List.of("First paragraph goes on here.", "Second paragraph."),
                JSON.convertValue(json.at("/education/0/paragraphs"), List.class));
    }
}
