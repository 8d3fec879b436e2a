package org.hep.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hep.app.Generator;
import org.hep.app.HandoutRequest;
import org.hep.dose.DoseOverrides;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.model.HandoutDetails;

/**
 * Warm render time of one handout inside a running JVM (what a batch pays per row):
 * {@code java -cp target/hep.jar:target/test-classes org.hep.bench.WarmRender [PLAN] [TEMPLATE] [RUNS]}.
 * Prints the median and quartiles after a warm-up; not a test.
 */
public final class WarmRender {
    private WarmRender() {
    }

    public static void main(String[] args) {
        String plan = args.length > 0 ? args[0] : "it-band-syndrome";
        String template = args.length > 1 ? args[1] : "standard";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        HandoutRequest request = new HandoutRequest(template, null,
                new HandoutDetails("Ana Lopez", "Sam Lee", LocalDate.of(2026, 3, 14), null), DoseOverrides.NONE);
        Library library = Library.builtIn();
        int size = 0;
        for (int i = 0; i < Math.max(50, runs / 2); i++) {
            size = Generator.generate(BuiltIns.source("plans/" + plan + ".yaml"), library, request).bytes().length;
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Generator.generate(BuiltIns.source("plans/" + plan + ".yaml"), library, request);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("%s/%s: %d bytes, warm render median %.2f ms (p25 %.2f, p75 %.2f) over %d runs%n", plan,
                template, size, nanos[runs / 2] / 1e6, nanos[runs / 4] / 1e6, nanos[runs * 3 / 4] / 1e6, runs);
    }
}
