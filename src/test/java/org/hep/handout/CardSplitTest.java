package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hep.load.BuiltIns;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A standard handout's card that goes on to the next page (to save one) never leaves its name and
 * dose band alone at the foot of a page: its start position comes along, and the next page says
 * "N. Name (continued)".
 */
class CardSplitTest {
    private static final Pattern CONTINUED = Pattern.compile("(\\d+)\\.\\s+([^\\n]+?)\\s+\\(continued\\)");

    @TempDir
    Path dir;

    static Stream<Arguments> plans() {
        List<Arguments> out = new ArrayList<>();
        for (String file : BuiltIns.list("plans")) {
            for (String paper : List.of("letter", "a4")) {
                out.add(Arguments.of(file.replace(".yaml", ""), paper));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("plans")
    void aCardThatGoesOnTakesItsStartPositionAlong(String plan, String paper) {
        PdfProbe pdf = Hep.generate(dir, plan, "--page-size", paper, "--date", "2026-03-14");
        for (int n = 2; n <= pdf.pageCount(); n++) {
            Matcher m = CONTINUED.matcher(pdf.page(n));
            if (!m.find()) {
                continue;
            }
            String name = PdfProbe.flat(m.group(2));
            String before = PdfProbe.flat(pdf.body(n - 1));
            int at = before.lastIndexOf(name);
            if (at < 0) {
                continue; // the card began two pages back: the page before holds its middle
            }
            assertTrue(before.indexOf(PdfProbe.flat("Starting position"), at) > 0, plan + " on " + paper + ": page "
                    + (n - 1) + " ends with card " + m.group(1) + "'s head alone:\n" + pdf.body(n - 1));
        }
    }
}
