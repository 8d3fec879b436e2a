package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hep.compose.Block;
import org.hep.compose.Handout;
import org.hep.layout.Op;
import org.hep.layout.PagedHandout;
import org.hep.layout.Struct;
import org.hep.model.PageSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Advice that runs onto another page goes on there under its "(continued)" title ("Advice and when
 * to stop (continued)", "Conseils et quand arrêter (suite)"), printed above the first of it there:
 * the last pieces of advice ("call your doctor if…") never open a page as loose bullets, and the
 * pain guide never opens one without its section. Every built-in plan, template and paper, in
 * every language the plan comes in; read from the laid-out pages.
 */
class AdviceContinuedTest {
    @ParameterizedTest(name = "{0} / {1} / {2} / {3}")
    @MethodSource("org.hep.design.LaidOutCards#casesInEveryLanguage")
    void adviceOnALaterPageGoesOnUnderItsContinuedTitle(String planId, String language, String templateRef,
                                                         PageSize size) {
        LaidOutCards.Laid laid = LaidOutCards.laidOut(planId, language, templateRef, size);
        if (laid == null) {
            return;
        }
        Handout handout = laid.handout();
        PagedHandout h = laid.pages();
        Block.Advice advice = handout.blocks().stream().filter(Block.Advice.class::isInstance)
                .map(Block.Advice.class::cast).findFirst().orElseThrow();
        String title = handout.furniture().continued(advice.heading());
        Set<Struct.Mark> marks = new HashSet<>();
        LaidOutCards.collect(LaidOutCards.section(h.structure(), advice.heading(), h), marks);
        int headingPage = -1;
        for (int p = 0; p < h.pages().size(); p++) {
            List<Op.Text> mine = h.pages().get(p).ops().stream().filter(o -> o instanceof Op.Text t
                    && marks.contains(t.mark())).map(Op.Text.class::cast).toList();
            if (mine.isEmpty()) {
                continue;
            }
            if (headingPage < 0) {
                headingPage = p;
                continue;
            }
            String where = planId + " / " + language + " / " + templateRef + " / " + size + ", page " + (p + 1);
            Op.Text foot = titleFoot(h.pages().get(p).ops(), title);
            assertTrue(foot != null, where + ": the advice goes on without '" + title + "'");
            // Above all of the advice in its column (a second column, a good 100 pt to its right,
            // may hold the pain guide level with it).
            for (Op.Text t : mine) {
                assertTrue(t.x() > foot.x() + COLUMN || t.baseline() > foot.baseline(),
                        where + ": '" + title + "' is printed below '" + t.text() + "', which it heads");
            }
        }
        assertTrue(headingPage >= 0, planId + ": no advice found on any page");
    }

    /** Further right than this from the title's left edge, text stands in the second column. */
    private static final float COLUMN = 100f;

    /**
     * The last line of {@code title} printed on a page as an artifact (a title set on one line or
     * wrapped in a column), null when the page does not print it.
     */
    private static Op.Text titleFoot(List<Op> ops, String title) {
        String joined = "";
        for (Op op : ops) {
            if (op instanceof Op.Text t && t.mark() == null && !t.text().isBlank()) {
                String next = joined.isEmpty() ? t.text() : joined + " " + t.text();
                joined = title.startsWith(next) ? next : title.startsWith(t.text()) ? t.text() : "";
                if (joined.equals(title)) {
                    return t;
                }
            }
        }
        return null;
    }
}
