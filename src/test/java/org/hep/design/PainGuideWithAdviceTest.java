package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hep.layout.PagedHandout;
import org.hep.layout.Struct;
import org.hep.model.PageSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "How much pain is OK?" is printed on the page of at least the last two pieces of advice: alone
 * on a page it reads as a stray note, cut off from the advice on when to stop. Read from the
 * laid-out pages, for every built-in plan, template and paper.
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
            for (Struct item : items.subList(Math.max(0, items.size() - 2), items.size())) {
                int p = StepsKeptTogetherTest.firstPage(item, pageOf);
                assertTrue(p == at, plan + " / " + template + " / " + size + ": the pain guide is on page " + at
                        + " and the advice '" + LaidOutCards.text(item, h) + "' on " + p);
            }
        }
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
