package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hep.layout.Op;
import org.hep.layout.PagedHandout;
import org.hep.layout.Struct;
import org.hep.load.BuiltIns;
import org.hep.load.FileNames;
import org.hep.model.PageSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A card that goes on to a next page keeps its steps in runs a patient can follow: no page holds
 * a single step of a card whose steps reach more than one page ("then switch legs" alone over
 * the Take care box, or step 1 alone at a page's foot), and the starting position is printed on
 * the page of the card's pictures and its first step. Read from the laid-out pages, for every
 * built-in plan, template and paper.
 */
class StepsKeptTogetherTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String plan : BuiltIns.list("plans").stream().map(FileNames::stem).sorted().toList()) {
            for (PageSize size : List.of(PageSize.LETTER, PageSize.A4)) {
                for (String template : List.of("standard", "large-print", "compact")) {
                    out.add(Arguments.of(plan, template, size));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("cases")
    void aCardSplitBetweenStepsLeavesAtLeastTwoStepsOnEachPage(String plan, String template, PageSize size) {
        PagedHandout h = PageFillTest.layout(plan, template, size);
        Map<Struct.Mark, Integer> pageOf = pagesOfMarks(h);
        for (Struct card : cards(h.structure())) {
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
    @MethodSource("cases")
    void theStartingPositionIsOnThePageOfThePicturesAndTheFirstStep(String plan, String template, PageSize size) {
        PagedHandout h = PageFillTest.layout(plan, template, size);
        Map<Struct.Mark, Integer> pageOf = pagesOfMarks(h);
        int checked = 0;
        for (Struct card : cards(h.structure())) {
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

    /** The page (from 1) each mark is first drawn on: text, drawn figures and photos. */
    static Map<Struct.Mark, Integer> pagesOfMarks(PagedHandout h) {
        Map<Struct.Mark, Integer> pageOf = new HashMap<>();
        for (int p = 0; p < h.pages().size(); p++) {
            for (Op op : h.pages().get(p).ops()) {
                Struct.Mark m = op instanceof Op.Text t ? t.mark() : op instanceof Op.Figure f ? f.mark()
                        : op instanceof Op.Picture pic ? pic.mark() : null;
                if (m != null) {
                    pageOf.putIfAbsent(m, p + 1);
                }
            }
        }
        return pageOf;
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
            if (kid instanceof Struct s && s.role().equals("P") && text(s, h).startsWith("Starting position:")) {
                return s;
            }
        }
        return null;
    }

    /** The exercise cards: sections headed by a card name (H3) with a numbered list of steps. */
    static List<Struct> cards(Struct node) {
        List<Struct> out = new ArrayList<>();
        for (Object kid : node.kids()) {
            if (kid instanceof Struct s) {
                boolean named = s.kids().stream().anyMatch(k -> k instanceof Struct c && c.role().equals("H3"));
                boolean steps = s.kids().stream().anyMatch(k -> k instanceof Struct c && c.role().equals("L"));
                if (s.role().equals("Sect") && named && steps) {
                    out.add(s);
                } else {
                    out.addAll(cards(s));
                }
            }
        }
        return out;
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
        return text(card.kids().stream().filter(k -> k instanceof Struct s && s.role().equals("H3"))
                .map(Struct.class::cast).findFirst().orElseThrow(), h);
    }

    /** The words drawn for a node and its kids. */
    static String text(Struct node, PagedHandout h) {
        java.util.Set<Struct.Mark> mine = new java.util.HashSet<>();
        collect(node, mine);
        StringBuilder sb = new StringBuilder();
        for (var page : h.pages()) {
            for (Op op : page.ops()) {
                if (op instanceof Op.Text t && mine.contains(t.mark())) {
                    sb.append(sb.length() == 0 ? "" : " ").append(t.text());
                }
            }
        }
        return sb.toString();
    }

    private static void collect(Struct node, java.util.Set<Struct.Mark> into) {
        for (Object kid : node.kids()) {
            if (kid instanceof Struct.Mark m) {
                into.add(m);
            } else {
                collect((Struct) kid, into);
            }
        }
    }
}
