package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hep.compose.Block;
import org.hep.layout.PagedHandout;
import org.hep.layout.Struct;
import org.hep.model.PageSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan at a glance is the page to pin up, read without the cards beside it: each row prints
 * the exercise's whole name and its whole dose (in fewer words in large print, or where the full
 * dose would take more than three lines of its column), never cut short with "…"; and the pain row
 * never opens a page without the last exercise's row above it. Every built-in plan, template and
 * paper, in every language the plan comes in; read from the laid-out pages' structure.
 */
class GlanceRowsTest {

    @ParameterizedTest(name = "{0} / {1} / {2} / {3}")
    @MethodSource("org.hep.design.LaidOutCards#casesInEveryLanguage")
    void eachRowSaysTheWholeNameAndDose(String planId, String language, String templateRef, PageSize size) {
        LaidOutCards.Laid laid = LaidOutCards.laidOut(planId, language, templateRef, size);
        Block.Glance glance = laid == null ? null : laid.handout().blocks().stream()
                .filter(Block.Glance.class::isInstance).map(Block.Glance.class::cast).findFirst().orElse(null);
        if (glance == null) {
            return;
        }
        PagedHandout h = laid.pages();
        String where = planId + " / " + language + " / " + templateRef + " / " + size;
        Map<Struct.Mark, Integer> pageOf = LaidOutCards.pagesOfMarks(h);
        List<Struct> tables = LaidOutCards.all(LaidOutCards.section(h.structure(), glance.heading(), h), "Table");
        assertTrue(!tables.isEmpty(), where + ": no glance table");
        for (Struct table : tables) {
            List<Struct> rows = LaidOutCards.all(LaidOutCards.all(table, "TBody").get(0), "TR");
            assertEquals(glance.rows().size() + (glance.pain() == null ? 0 : 1), rows.size(), where);
            for (int i = 0; i < glance.rows().size(); i++) {
                Block.GlanceRow row = glance.rows().get(i);
                String said = plain(LaidOutCards.text(LaidOutCards.all(rows.get(i), "TH").get(0), h));
                assertTrue(said.equals(joined(row.title(), row.dose())) || said.equals(joined(row.title(),
                        row.shortDose())), where + ": the row reads '" + said + "', for '" + row.title() + "', '"
                        + row.dose() + "'");
            }
            if (glance.pain() != null) {
                int pain = StepsKeptTogetherTest.firstPage(rows.get(rows.size() - 1), pageOf);
                int last = StepsKeptTogetherTest.firstPage(rows.get(rows.size() - 2), pageOf);
                assertEquals(last, pain, where + ": the pain row is on page " + pain + ", the last exercise on " + last);
            }
        }
    }

    private static String joined(String title, String dose) {
        return plain(dose == null || dose.isEmpty() ? title : title + " " + dose);
    }

    /** Spaces of every width as one plain space (a line may end where the text has a no-break space), and the printed apostrophe as typed. */
    private static String plain(String s) {
        return s.replaceAll("[\\s\\u00a0\\u202f]+", " ").replace('\u2019', '\'');
    }
}
