package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hep.app.Templates;
import org.hep.compose.Block;
import org.hep.compose.Handout;
import org.hep.compose.HandoutComposer;
import org.hep.dose.DoseOverrides;
import org.hep.dose.DoseResolver;
import org.hep.layout.HandoutLayout;
import org.hep.layout.Op;
import org.hep.layout.PagedHandout;
import org.hep.layout.Struct;
import org.hep.load.BuiltIns;
import org.hep.load.FileNames;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.load.Source;
import org.hep.load.Translations;
import org.hep.model.HandoutDetails;
import org.hep.model.Language;
import org.hep.model.PageSize;
import org.hep.model.Plan;
import org.hep.model.Template;
import org.hep.render.FontSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Advice that runs onto another page goes on there under its "(continued)" title ("Advice and when
 * to stop (continued)", "Conseils et quand arrêter (suite)"), printed above the first of it there:
 * the last pieces of advice ("call your doctor if…") never open a page as loose bullets, and the
 * pain guide never opens one without its section. Every built-in plan, template and paper, in
 * every language the plan comes in; read from the laid-out pages.
 */
class AdviceContinuedTest {
    private static final HandoutDetails DETAILS = new HandoutDetails("Ana Lopez", null, LocalDate.of(2026, 3, 14),
            null);

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String plan : BuiltIns.list("plans").stream().map(FileNames::stem).sorted().toList()) {
            for (String language : Language.tags()) {
                for (PageSize size : List.of(PageSize.LETTER, PageSize.A4)) {
                    for (String template : List.of("standard", "large-print", "compact")) {
                        out.add(Arguments.of(plan, language, template, size));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3}")
    @MethodSource("cases")
    void adviceOnALaterPageGoesOnUnderItsContinuedTitle(String planId, String language, String templateRef,
                                                         PageSize size) {
        Source source = BuiltIns.source("plans/" + planId + ".yaml");
        Plan plan = PlanLoader.load(source, "plan", Library.builtIn());
        Language lang = Language.forTag(language);
        if (!Translations.has(plan, source, lang)) {
            return;
        }
        plan = Translations.plan(plan, source, lang, Library.builtIn());
        Template template = Templates.choose(templateRef, plan).withPage(size);
        Handout handout = HandoutComposer.compose(DoseResolver.resolve(plan, DoseOverrides.NONE), template, DETAILS);
        PagedHandout h = HandoutLayout.layout(handout, template, FontSet.forThread());
        Block.Advice advice = handout.blocks().stream().filter(Block.Advice.class::isInstance)
                .map(Block.Advice.class::cast).findFirst().orElseThrow();
        String title = handout.furniture().continued(advice.heading());
        Set<Struct.Mark> marks = new HashSet<>();
        LaidOutCards.collect(section(h.structure(), advice.heading(), h), marks);
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

    /** The section headed {@code heading}. */
    private static Struct section(Struct node, String heading, PagedHandout h) {
        for (Object kid : node.kids()) {
            if (kid instanceof Struct s) {
                boolean headed = s.kids().stream().anyMatch(k -> k instanceof Struct c && c.role().equals("H2")
                        && LaidOutCards.text(c, h).equals(heading));
                Struct found = s.role().equals("Sect") && headed ? s : section(s, heading, h);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
