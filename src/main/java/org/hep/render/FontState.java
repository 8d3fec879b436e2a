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
    private PDFont font;
    private float size;

    void set(PDPageContentStream cs, PDFont newFont, float newSize) throws IOException {
        if (newFont != font || Float.compare(newSize, size) != 0) {
            cs.setFont(newFont, newSize);
            font = newFont;
            size = newSize;
        }
    }
}
