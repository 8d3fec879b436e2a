package org.hep.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Arabic joining forms and right-to-left line order, on words whose drawn form is known. */
class ShapingAndOrderTest {
    @Test
    void lettersTakeTheFormTheirNeighboursCallFor() {
        // بيت: beh initial, yeh medial, teh final.
        assertEquals("\uFE91\uFEF4\uFE96", ArabicShaping.shape("بيت"));
        // دار: dal and alef join only the letter before them, so dal isolated, alef isolated, reh isolated.
        assertEquals("\uFEA9\uFE8D\uFEAD", ArabicShaping.shape("دار"));
        // A space ends a word; Latin text is untouched.
        assertEquals("\uFE8F ok \uFE8F", ArabicShaping.shape("ب ok ب"));
    }

    @Test
    void lamAlefIsOneGlyphAndVowelMarksDoNotBreakJoining() {
        // سلام: seen initial, lam-alef final (joined to the seen), meem isolated.
        assertEquals("\uFEB3\uFEFC\uFEE1", ArabicShaping.shape("سلام"));
        // بَت with a fatha on the beh: still beh initial, the mark kept after it, teh final.
        assertEquals("\uFE91\u064E\uFE96", ArabicShaping.shape("بَت"));
    }

    @Test
    void joinedFormsReadBackAsTheLettersWritten() {
        assertEquals("سلام عليكم", ArabicShaping.logical(ArabicShaping.shape("سلام عليكم")));
        String latin = "Zoë Ørsted";
        assertSame(latin, ArabicShaping.shape(latin));
    }

    @Test
    void rightToLeftRunsAreReversedAndTheRestStays() {
        assertEquals("Patient: יול הנד", VisualOrder.of("Patient: דנה לוי"));
        assertEquals("םולש (Hebrew) and ab", VisualOrder.of("שלום (Hebrew) and ab"));
        // A vowel mark stays after its letter; brackets inside a reversed run are mirrored.
        assertEquals("שב\u05B8", VisualOrder.of("ב\u05B8ש"));
        assertEquals("ג(ב)א", VisualOrder.of("א(ב)ג"));
    }

    @Test
    void onlyTextWithRightToLeftLettersIsReordered() {
        assertFalse(VisualOrder.needed("Ana López 123"));
        assertTrue(VisualOrder.needed("Ana דנה"));
        String latin = "Ana López";
        assertSame(latin, VisualOrder.of(latin));
    }
}
