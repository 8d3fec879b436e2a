package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hep.layout.Op;
import org.hep.layout.PagedHandout;
import org.hep.layout.Struct;
import org.hep.model.PageSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "How much pain is OK?" is printed on the page of at least the last two pieces of advice, or
 * opens the next page under "Advice and when to stop (continued)": alone on a page it reads as a
 * stray note, cut off from the advice on when to stop, and the advice's last two items (often
 * "call the clinic if…") carried over alone read without their heading. Read from the laid-out
 * pages, for every built-in plan, template and paper.
 */
class PainGuideWithAdviceTest {

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("org.hep.design.LaidOutCards#cases")
    void thePainGuideIsOnThePageOfTheLastTwoPiecesOfAdvice(String plan, String template, PageSize size) {
        PagedHandout h = PageFillTest.layout(plan, template, size);
        Map<Struct.Mark, Integer> pageOf = LaidOutCards.pagesOfMarks(h);
        List<Struct> advice = advice(h.structure(), h);
        assertTrue(!advice.isEmpty(), plan + ": no advice with a pain guide to check");
        for (Struct sect : advice) {
            Struct list = kid(sect, "L");
            Struct guide = kid(sect, "Div");
            List<Struct> items = list.kids().stream().filter(Struct.class::isInstance).map(Struct.class::cast)
                    .toList();
            int at = StepsKeptTogetherTest.firstPage(guide, pageOf);
            // Or it opens a page under the section's "(continued)" title, the advice whole before it.
            String continued = continued(sect, h);
            boolean underTitle = opensUnder(continued, at, h);
            for (Struct item : items.subList(Math.max(0, items.size() - 2), items.size())) {
                int p = StepsKeptTogetherTest.firstPage(item, pageOf);
                assertTrue(p == at || underTitle && p == at - 1, plan + " / " + template + " / " + size
                        + ": the pain guide is on page " + at + (underTitle ? " under '" + continued + "'" : "")
                        + " and the advice '" + LaidOutCards.text(item, h) + "' on " + p);
            }
        }
    }

    /**
     * The IT band handout in large print: the guide does not fit under the advice on page 6, so it
     * opens page 7 under the "(continued)" title; the six pieces of advice, the last two of them
     * when to call the clinic or a doctor, stay on page 6 under their heading.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(value = PageSize.class, names = {"LETTER", "A4"})
    void theItBandAdviceStaysUnderItsHeadingInLargePrint(PageSize size) {
        PagedHandout h = PageFillTest.layout("it-band-syndrome", "large-print", size);
        Map<Struct.Mark, Integer> pageOf = LaidOutCards.pagesOfMarks(h);
        Struct sect = advice(h.structure(), h).get(0);
        int heading = StepsKeptTogetherTest.firstPage(kid(sect, "H2"), pageOf);
        for (Object item : kid(sect, "L").kids()) {
            if (item instanceof Struct s) {
                assertTrue(StepsKeptTogetherTest.firstPage(s, pageOf) == heading,
                        "'" + LaidOutCards.text(s, h) + "' is not on page " + heading + " under its heading");
            }
        }
        int guide = StepsKeptTogetherTest.firstPage(kid(sect, "Div"), pageOf);
        assertTrue(guide == heading + 1 && opensUnder(continued(sect, h), guide, h),
                "the guide is on page " + guide + ", the heading on " + heading);
    }

    private static String continued(Struct sect, PagedHandout h) {
        return LaidOutCards.text(kid(sect, "H2"), h) + " (continued)";
    }

    /** True when page {@code page} (from 1) prints {@code title}. */
    private static boolean opensUnder(String title, int page, PagedHandout h) {
        return h.pages().get(page - 1).ops().stream().anyMatch(o -> o instanceof Op.Text t && t.text().equals(title));
    }

    /** Sections with a list and then a box titled "How much pain is OK?". */
    private static List<Struct> advice(Struct node, PagedHandout h) {
        List<Struct> out = new ArrayList<>();
        for (Object kid : node.kids()) {
            if (kid instanceof Struct s) {
                Struct guide = kid(s, "Div");
                if (s.role().equals("Sect") && kid(s, "L") != null && guide != null
                        && LaidOutCards.text(guide, h).startsWith("How much pain is OK?")) {
                    out.add(s);
                } else {
                    out.addAll(advice(s, h));
                }
            }
        }
        return out;
    }

    private static Struct kid(Struct node, String role) {
        return node.kids().stream().filter(k -> k instanceof Struct s && s.role().equals(role))
                .map(Struct.class::cast).findFirst().orElse(null);
    }
}
