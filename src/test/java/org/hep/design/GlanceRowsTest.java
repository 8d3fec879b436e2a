package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hep.compose.Block;
import org.hep.layout.Op;
import org.hep.layout.PagedHandout;
import org.hep.layout.Struct;
import org.hep.model.PageSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan at a glance is the page to pin up, read without the cards beside it: each row prints
 * the exercise's whole name and its whole dose (in fewer words in large print, or where one full
 * dose would take more than three lines of its column, and then in every row alike), never cut
 * short with "…"; the pictures beside the rows go only where that keeps the glance on one page;
 * and the pain row
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
            java.util.Set<String> forms = new java.util.TreeSet<>();
            for (int i = 0; i < glance.rows().size(); i++) {
                Block.GlanceRow row = glance.rows().get(i);
                String said = plain(LaidOutCards.text(LaidOutCards.all(rows.get(i), "TH").get(0), h));
                String full = joined(row.title(), row.dose());
                String fewer = joined(row.title(), row.shortDose());
                assertTrue(said.equals(full) || said.equals(fewer), where + ": the row reads '" + said + "', for '"
                        + row.title() + "', '" + row.dose() + "'");
                if (!full.equals(fewer)) {
                    forms.add(said.equals(full) ? "full: " + said : "fewer words: " + said);
                }
            }
            assertTrue(forms.stream().map(f -> f.substring(0, 4)).distinct().count() <= 1,
                    where + ": the rows say their doses in two ways: " + forms);
            // Its pictures go only where that keeps it on one page, the small print under it included.
            java.util.Set<Integer> pages = new java.util.TreeSet<>();
            for (Struct row : rows) {
                pages.add(StepsKeptTogetherTest.firstPage(row, pageOf));
            }
            boolean pictured = pages.stream().anyMatch(p -> h.pages().get(p - 1).ops().stream()
                    .anyMatch(o -> o instanceof Op.Figure f && f.mark() == null
                            || o instanceof Op.Picture pic && pic.mark() == null));
            assertTrue(pictured || pages.size() == 1, where + ": the glance runs over pages " + pages
                    + " without the pictures beside its rows, which it went without to stay on one");
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
