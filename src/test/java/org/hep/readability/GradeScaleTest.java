package org.hep.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** French and Spanish reading ease on the US-grade scale, where the content tests draw their lines. */
class GradeScaleTest {
    @Test
    void frenchEaseSixtyFiveIsGradeEight() {
        assertEquals(8.0, Readability.gradeOf(65, flesch()), 1e-9);
        assertEquals(5.0, Readability.gradeOf(90, flesch()), 1e-9);
        assertEquals(4.0, Readability.gradeOf(120, flesch()), 1e-9, "very easy text stays at the table's top");
        assertEquals(18.0, Readability.gradeOf(-40, flesch()), 1e-9);
    }

    @Test
    void spanishEaseSixtyIsGradeEight() {
        assertEquals(8.0, Readability.gradeOf(60, huerta()), 1e-9);
        assertEquals(6.5, Readability.gradeOf(75, huerta()), 1e-9);
    }

    private static double[][] flesch() {
        return Readability.FLESCH_TABLE;
    }

    private static double[][] huerta() {
        return Readability.HUERTA_TABLE;
    }
}
