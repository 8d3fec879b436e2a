package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hep.load.BuiltIns;
import org.hep.load.FileNames;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in plan in every built-in template, on letter and on A4, keeps the page rules. */
class BuiltInHandoutsTest {
    @TempDir
    Path dir;

    static List<Arguments> plansAndTemplates() {
        List<Arguments> all = new ArrayList<>();
        for (String file : BuiltIns.list("plans")) {
            for (PageGeometry.Layout layout : PageGeometry.Layout.values()) {
                for (String paper : List.of("letter", "a4")) {
                    all.add(Arguments.of(FileNames.stem(file), layout, paper));
                }
            }
        }
        assertTrue(all.size() >= 60, "expected at least 10 built-in plans × 3 templates × 2 papers, got " + all.size());
        return all;
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("plansAndTemplates")
    void textStaysInsideTheMarginsAndPagesBreakWhereTheyMay(String plan, PageGeometry.Layout layout, String paper) {
        PdfProbe pdf = Hep.generate(dir, plan, "--template", layout.template, "--page-size", paper, "--patient",
                "Ana María López-Østergaard", "--therapist", "Sam Ortiz", "--date", "2026-03-01");
        String what = plan + " / " + layout.template + " / " + paper;
        PageGeometry.assertInsideMargins(pdf, layout.margin, what);
        PageGeometry.assertNoPageEndsWithAHeading(pdf, layout.smallestHeading(), what);
        PageGeometry.assertContinuedTitlesHaveTheirCardUnder(pdf, what);
        PageGeometry.assertNoPageEndsWithACardsHead(pdf, layout, "Tick a circle for each set you do today.", what);
    }
}
