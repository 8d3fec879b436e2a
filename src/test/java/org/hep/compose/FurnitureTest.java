package org.hep.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Page numbers and continued titles filled from the thread's kept fillings read as filled afresh. */
class FurnitureTest {
    @Test
    void keptFillingsAreFreshOnes() {
        Furniture en = new Furniture(null, "", "Page {0} of {1}", "{0} (continued)", Locale.ENGLISH);
        Furniture fr = new Furniture(null, "", "Page {0} sur {1}", "{0} (suite)", Locale.FRENCH);
        Furniture big = new Furniture(null, "", "Page {0} of {1}", "{0} (continued)", Locale.GERMAN);
        for (int round = 0; round < 3; round++) {
            for (Furniture f : new Furniture[] {en, fr, big}) {
                for (int total : new int[] {1, 3, 1234}) {
                    for (int page = 1; page <= 3; page++) {
                        assertEquals(new MessageFormat(f.pagePattern(), f.locale()).format(new Object[] {page, total}),
                                f.page(page, total));
                    }
                }
                assertEquals(new MessageFormat(f.continuedPattern(), f.locale()).format(new Object[] {"3. Squat"}),
                        f.continued("3. Squat"));
            }
        }
        assertEquals("Page 1,234 of 1,234", en.page(1234, 1234));
        assertEquals("Page 1.234 of 1.234", big.page(1234, 1234));
    }
}
