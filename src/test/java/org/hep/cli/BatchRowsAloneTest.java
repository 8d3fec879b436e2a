package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A batch keeps work between rows (a dosed plan, its cards, lines of text, names): rows that
 * switch plan, language, template, patient and dose each get the bytes of the same handout made
 * alone by {@code generate}, on one thread or two.
 */
class BatchRowsAloneTest {
    /** plan, language, template, patient, sets, dose; and the same as generate options. */
    private static final String[][] ROWS = {
        {"it-band-syndrome", "", "", "Ana Lopez", "", ""},
        {"it-band-syndrome", "fr", "", "Ana Lopez", "", ""},
        {"neck-pain", "", "", "Ben Okafor", "2", ""},
        {"it-band-syndrome", "", "", "Ben Okafor", "", "squat:sets=4"},
        {"it-band-syndrome", "es", "large-print", "Chloé Martin", "", ""},
        {"neck-pain", "", "", "Ben Okafor", "", ""},
        {"it-band-syndrome", "", "", "Dana Ng", "", ""},
        {"it-band-syndrome", "", "compact", "Ana Lopez", "3", "squat:sets=2"},
        {"it-band-syndrome", "", "", "Ana Lopez", "", ""},
    };

    @TempDir
    Path dir;

    @ParameterizedTest(name = "--jobs {0}")
    @ValueSource(strings = {"1", "2"})
    void everyRowIsTheHandoutMadeAlone(String jobs) throws Exception {
        StringBuilder manifest = new StringBuilder("plan,language,template,patient,sets,dose,output,date\n");
        for (int i = 0; i < ROWS.length; i++) {
            manifest.append(String.join(",", ROWS[i])).append(",row").append(i).append(".pdf,2026-03-01\n");
        }
        Path m = Files.writeString(dir.resolve("m.csv"), manifest);
        Path out = dir.resolve("out" + jobs);
        CliRun batch = Hep.run("batch", m.toString(), "--out-dir", out.toString(), "--jobs", jobs);
        assertEquals(List.of(ROWS.length + " written, 0 failed"), batch.errLines());
        for (int i = 0; i < ROWS.length; i++) {
            Path alone = dir.resolve("alone" + jobs + "-" + i + ".pdf");
            List<String> args = new ArrayList<>(List.of("generate", ROWS[i][0], "--patient", ROWS[i][3],
                    "--date", "2026-03-01", "-o", alone.toString()));
            add(args, "--language", ROWS[i][1]);
            add(args, "--template", ROWS[i][2]);
            add(args, "--sets", ROWS[i][4]);
            add(args, "--dose", ROWS[i][5]);
            // A thread of its own, which has kept nothing from the rows before.
            ExecutorService fresh = Executors.newSingleThreadExecutor();
            try {
                CliRun r = fresh.submit(() -> Hep.run(args.toArray(String[]::new))).get();
                assertEquals(0, r.exit(), r.err());
            } finally {
                fresh.shutdown();
            }
            assertArrayEquals(Files.readAllBytes(alone), Files.readAllBytes(out.resolve("row" + i + ".pdf")),
                    "row " + i + " (" + String.join(",", ROWS[i]) + ")");
        }
    }

    private static void add(List<String> args, String option, String value) {
        if (!value.isEmpty()) {
            args.add(option);
            args.add(value);
        }
    }
}
