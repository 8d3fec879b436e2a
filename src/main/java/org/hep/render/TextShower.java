package org.hep.render;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
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
    private final PdfDocument doc;
    private final FontSet fontSet;
    /** Faces are embedded only when used, so an unused face costs neither parsing nor bytes. */
    private final FaceFonts faces;
    private final Type3Glyphs fallbacks;

    TextShower(PdfDocument doc, FontSet fontSet) {
        this.doc = doc;
        this.fontSet = fontSet;
        this.fallbacks = new Type3Glyphs(doc);
        this.faces = new FaceFonts(doc, fontSet);
    }

    /** Notes the characters {@code text} will need from {@code face}; for every text before {@link #embed}. */
    void use(String text, Face face) {
        for (FontSet.Run run : fontSet.drawn(text, face).runs()) {
            if (run.fallback() == null) {
                faces.use(face, run.text());
            }
        }
    }

    /** Embeds the faces with the characters noted; before the first page is drawn. */
    void embed() throws IOException {
        faces.embed();
    }

    /** @param w the page, whose font state makes Tf written only when the font changes */
    void show(PageWriter w, String text, Face face, float size) throws IOException {
        FontSet.Drawn shown = fontSet.drawn(text, face);
        String drawn = shown.text();
        String said = VisualOrder.withoutControls(ArabicShaping.logical(text));
        boolean differs = !drawn.equals(said);
        if (differs) {
            COSDictionary props = new COSDictionary();
            props.setItem(COSName.ACTUAL_TEXT, new COSString(said));
            w.cs().beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(props));
        }
        for (FontSet.Run run : shown.runs()) {
            if (run.fallback() == null) {
                FaceFonts.Embedded font = faces.get(face);
                w.face(font, size);
                w.glyphs(font, run.text());
            } else {
                for (Type3Glyphs.Shown s : fallbacks.encode(run.fallback(), run.text())) {
                    w.font.set(w.cs(), s.font(), size);
                    w.cs().showText(s.text());
                }
            }
        }
        if (differs) {
            w.cs().endMarkedContent();
        }
    }

    /** Completes the fallback fonts; call once, after the last page is drawn. */
    void finish() throws IOException {
        fallbacks.finish();
    }
}
