package org.hep.render;

import static org.hep.render.SampleHandouts.DATE;
import static org.hep.render.SampleHandouts.FILLED_IN;
import static org.hep.render.SampleHandouts.PLAIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hep.app.Generator;
import org.hep.app.HandoutRequest;
import org.hep.dose.DoseOverrides;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.model.Dose;
import org.hep.model.HandoutDetails;
import org.hep.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * A batch's rows reuse what their thread kept from the rows before (the dosed plan, its cards,
 * paragraphs' lines, page numbers filled, names spelled): every row's bytes are those of the
 * same handout made alone, on a thread that kept nothing.
 */
class KeptWorkTest {
    @Test
    void rowsAfterTheFirstAreTheBytesOfHandoutsMadeAlone() throws Exception {
        Plan plan = Generator.loadPlan(BuiltIns.source("plans/it-band-syndrome.yaml"), Library.builtIn());
        List<HandoutDetails> rows = List.of(PLAIN, FILLED_IN, new HandoutDetails("Patient 2", null, DATE, null), PLAIN,
                new HandoutDetails("Patient 30", null, DATE.plusDays(1), null));
        // Equal overrides made anew for each row, as a batch makes them.
        List<DoseOverrides> overrides = List.of(DoseOverrides.NONE,
                new DoseOverrides(Dose.NONE, Map.of(), List.of(), List.of()));
        List<HandoutRequest> requests = new ArrayList<>();
        for (String template : List.of("standard", "compact", "large-print", "standard")) {
            for (int i = 0; i < rows.size(); i++) {
                requests.add(new HandoutRequest(template, null, rows.get(i), overrides.get(i % 2)));
            }
        }
        List<byte[]> kept = new ArrayList<>();
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            for (HandoutRequest r : requests) {
                kept.add(one.submit(() -> Generator.generate(plan, "it-band-syndrome.yaml", r).bytes()).get());
            }
        } finally {
            one.shutdown();
        }
        for (int i = 0; i < requests.size(); i++) {
            HandoutRequest r = requests.get(i);
            ExecutorService fresh = Executors.newSingleThreadExecutor();
            try {
                byte[] alone = fresh.submit(() -> Generator.generate(plan, "it-band-syndrome.yaml", r).bytes()).get();
                assertArrayEquals(alone, kept.get(i), "row " + i);
            } finally {
                fresh.shutdown();
            }
        }
    }
}
