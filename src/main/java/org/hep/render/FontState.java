package org.hep.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The font and size a page's content stream last set. Text state outlives BT/ET, so Tf is
 * written only when the font or size changes; every text run otherwise paid for the
 * operator and for PDFBox looking the font up in the page resources again. One per page,
 * and every Tf on that page goes through it (nothing saves and restores graphics state
 * around text).
 */
final class FontState {
    private Object font;
    private float size;

    /** Whether Tf must be written for {@code newFont} (any object naming one font) at {@code newSize}. */
    boolean change(Object newFont, float newSize) {
        if (newFont == font && Float.compare(newSize, size) == 0) {
            return false;
        }
        font = newFont;
        size = newSize;
        return true;
    }

    void set(PDPageContentStream cs, PDFont newFont, float newSize) throws IOException {
        if (change(newFont, newSize)) {
            cs.setFont(newFont, newSize);
        }
    }
}
