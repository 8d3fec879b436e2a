package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hep.layout.Op;
import org.hep.layout.PagedHandout;
import org.hep.layout.Struct;
import org.hep.model.PageSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A card's "Take care" box is printed on the page that holds the card's last step: a patient
 * who does the steps on one page has read the warning about them there, never only after
 * turning the page. Read from the laid-out pages: where each card's last step and each line of
 * its caution box are drawn, for every built-in plan, template and paper.
 */
class TakeCareWithStepsTest {
    private static final String WARN = "\u26A0";

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("org.hep.design.LaidOutCards#cases")
    void aCardsTakeCareBoxIsOnThePageOfItsLastStep(String plan, String template, PageSize size) {
        PagedHandout h = PageFillTest.layout(plan, template, size);
        Map<Struct.Mark, Integer> pageOf = new HashMap<>();
        for (int p = 0; p < h.pages().size(); p++) {
            for (Op op : h.pages().get(p).ops()) {
                if (op instanceof Op.Text t && t.mark() != null) {
                    pageOf.putIfAbsent(t.mark(), p + 1);
                }
            }
        }
        int cautions = 0;
        for (Struct card : LaidOutCards.cards(h.structure())) {
            Struct caution = caution(card, pageOf, h);
            if (caution == null) {
                continue;
            }
            cautions++;
            List<Struct> steps = card.kids().stream().filter(k -> k instanceof Struct s && s.role().equals("L"))
                    .map(Struct.class::cast).toList();
            assertFalse(steps.isEmpty(), plan + ": a card with a caution box and no steps");
            List<Struct> items = steps.get(0).kids().stream().filter(Struct.class::isInstance).map(Struct.class::cast)
                    .toList();
            Set<Integer> lastStep = pages(items.get(items.size() - 1), pageOf);
            Set<Integer> box = pages(caution, pageOf);
            String name = LaidOutCards.text(card.kids().stream().filter(k -> k instanceof Struct s && s.role().matches("H\\d"))
                    .map(Struct.class::cast).findFirst().orElseThrow(), h);
            assertTrue(lastStep.size() == 1 && box.equals(lastStep), plan + " / " + template + " / " + size + ": '"
                    + name + "' has its last step on page(s) " + lastStep + " and its Take care box on " + box);
        }
        assertTrue(cautions > 0, plan + ": no card with a Take care box to check");
    }

    /** The card's box whose title starts with the warning sign, or null. */
    private static Struct caution(Struct card, Map<Struct.Mark, Integer> pageOf, PagedHandout h) {
        for (Object kid : card.kids()) {
            if (kid instanceof Struct div && div.role().equals("Div")) {
                Struct title = (Struct) div.kids().stream().filter(Struct.class::isInstance).findFirst().orElseThrow();
                if (signed(title, h)) {
                    return div;
                }
            }
        }
        return null;
    }

    /** Whether the title's words are drawn right after the warning sign (decoration, so outside the title's tags). */
    private static boolean signed(Struct title, PagedHandout h) {
        Set<Struct.Mark> mine = new java.util.HashSet<>();
        LaidOutCards.collect(title, mine);
        for (var page : h.pages()) {
            Op before = null;
            for (Op op : page.ops()) {
                if (op instanceof Op.Text t && mine.contains(t.mark())) {
                    return before instanceof Op.Text sign && sign.mark() == null && sign.text().equals(WARN);
                }
                before = op;
            }
        }
        return false;
    }

    private static Set<Integer> pages(Struct node, Map<Struct.Mark, Integer> pageOf) {
        Set<Integer> out = new TreeSet<>();
        for (Object kid : node.kids()) {
            if (kid instanceof Struct.Mark m && pageOf.containsKey(m)) {
                out.add(pageOf.get(m));
            } else if (kid instanceof Struct s) {
                out.addAll(pages(s, pageOf));
            }
        }
        return out;
    }

}
