package org.hep.render;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hep.layout.Face;
import org.hep.script.ArabicShaping;
import org.hep.script.VisualOrder;

/**
 * Shows one laid-out line inside a text object: in drawing order (right-to-left runs
 * reversed), each stretch in the font that has it (the face's embedded subset, or a fallback
 * font's Type 3 glyphs). A line whose drawn characters differ from what it says (reordered or
 * joined Arabic) carries its words as /ActualText, so copying and reading aloud get them right.
 */
final class TextShower {
    private final PDDocument doc;
    private final FontSet fontSet;
    /** Faces are embedded on first use, so an unused face costs neither parsing nor bytes. */
    private final Map<Face, PDType0Font> faces = new EnumMap<>(Face.class);
    private final Type3Glyphs fallbacks;

    TextShower(PDDocument doc, FontSet fontSet) {
        this.doc = doc;
        this.fontSet = fontSet;
        this.fallbacks = new Type3Glyphs(doc);
    }

    /** @param state the page's current font, so Tf is written only when the font changes */
    void show(PDPageContentStream cs, FontState state, String text, Face face, float size) throws IOException {
        String drawn = VisualOrder.of(text);
        String said = ArabicShaping.logical(text);
        boolean differs = !drawn.equals(said);
        if (differs) {
            COSDictionary props = new COSDictionary();
            props.setItem(COSName.ACTUAL_TEXT, new COSString(said));
            cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(props));
        }
        for (FontSet.Run run : fontSet.runs(drawn, face)) {
            if (run.fallback() == null) {
                state.set(cs, face(face), size);
                cs.showText(run.text());
            } else {
                for (Type3Glyphs.Shown s : fallbacks.encode(run.fallback(), run.text())) {
                    state.set(cs, s.font(), size);
                    cs.showText(s.text());
                }
            }
        }
        if (differs) {
            cs.endMarkedContent();
        }
    }

    /** Completes the fallback fonts; call once, after the last page is drawn. */
    void finish() throws IOException {
        fallbacks.finish();
    }

    private PDType0Font face(Face face) throws IOException {
        PDType0Font font = faces.get(face);
        if (font == null) {
            font = PDType0Font.load(doc, fontSet.ttf(face), true);
            faces.put(face, font);
        }
        return font;
    }
}
