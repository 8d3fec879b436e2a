package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hep.layout.PagedHandout;
import org.hep.layout.Struct;
import org.hep.model.PageSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A card that goes on to a next page keeps its steps in runs a patient can follow: no page holds
 * a single step of a card whose steps reach more than one page ("then switch legs" alone over
 * the Take care box, or step 1 alone at a page's foot), and the starting position is printed on
 * the page of the card's pictures and its first step. Read from the laid-out pages, for every
 * built-in plan, template and paper.
 */
class StepsKeptTogetherTest {

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("org.hep.design.LaidOutCards#cases")
    void aCardSplitBetweenStepsLeavesAtLeastTwoStepsOnEachPage(String plan, String template, PageSize size) {
        PagedHandout h = PageFillTest.layout(plan, template, size);
        Map<Struct.Mark, Integer> pageOf = LaidOutCards.pagesOfMarks(h);
        for (Struct card : LaidOutCards.cards(h.structure())) {
            List<Struct> steps = steps(card);
            // Steps per page, by the page where each step begins.
            Map<Integer, Integer> perPage = new TreeMap<>();
            for (Struct step : steps) {
                perPage.merge(firstPage(step, pageOf), 1, Integer::sum);
            }
            if (perPage.size() < 2) {
                continue;
            }
            assertTrue(perPage.values().stream().allMatch(n -> n >= 2), plan + " / " + template + " / " + size
                    + ": '" + name(card, h) + "' has its steps on pages " + perPage + " (page=steps)");
        }
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("org.hep.design.LaidOutCards#cases")
    void theStartingPositionIsOnThePageOfThePicturesAndTheFirstStep(String plan, String template, PageSize size) {
        PagedHandout h = PageFillTest.layout(plan, template, size);
        Map<Struct.Mark, Integer> pageOf = LaidOutCards.pagesOfMarks(h);
        int checked = 0;
        for (Struct card : LaidOutCards.cards(h.structure())) {
            Struct start = start(card, h);
            if (start == null) {
                continue;
            }
            checked++;
            int at = firstPage(start, pageOf);
            int step = firstPage(steps(card).get(0), pageOf);
            String where = plan + " / " + template + " / " + size + ": '" + name(card, h) + "'";
            assertTrue(step == at, where + " has its starting position on page " + at + " and step 1 on " + step);
            for (Object kid : card.kids()) {
                if (kid instanceof Struct fig && fig.role().equals("Figure") && firstPage(fig, pageOf) > 0) {
                    assertTrue(firstPage(fig, pageOf) == at, where + " has its starting position on page " + at
                            + " and a picture on " + firstPage(fig, pageOf));
                }
            }
        }
        assertTrue(checked > 0, plan + ": no card with a starting position to check");
    }

    /** The numbered steps of a card: the items of its list. */
    static List<Struct> steps(Struct card) {
        Struct list = card.kids().stream().filter(k -> k instanceof Struct s && s.role().equals("L"))
                .map(Struct.class::cast).findFirst().orElseThrow();
        return list.kids().stream().filter(Struct.class::isInstance).map(Struct.class::cast).toList();
    }

    /** The card's paragraph that begins with the start position's label, or null. */
    private static Struct start(Struct card, PagedHandout h) {
        for (Object kid : card.kids()) {
            if (kid instanceof Struct s && s.role().equals("P") && LaidOutCards.text(s, h).startsWith("Starting position:")) {
                return s;
            }
        }
        return null;
    }

    /** The first page a node or its kids is drawn on; 0 when not drawn. */
    static int firstPage(Struct node, Map<Struct.Mark, Integer> pageOf) {
        int first = 0;
        for (Object kid : node.kids()) {
            int p = kid instanceof Struct.Mark m ? pageOf.getOrDefault(m, 0)
                    : firstPage((Struct) kid, pageOf);
            if (p > 0 && (first == 0 || p < first)) {
                first = p;
            }
        }
        return first;
    }

    private static String name(Struct card, PagedHandout h) {
        return LaidOutCards.text(card.kids().stream().filter(k -> k instanceof Struct s && s.role().equals("H3"))
                .map(Struct.class::cast).findFirst().orElseThrow(), h);
    }

}
