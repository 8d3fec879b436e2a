package org.hep.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hep.figure.Drawing;
import org.hep.figure.Palette;
import org.hep.layout.Face;

/**
 * A contact sheet: every figure in a grid with its caption, for reviewing them by eye.
 * A review tool, not a handout, so it is a plain (untagged) PDF.
 */
public final class FigureSheet {
    /** One cell: a caption and a drawing (null: the exercise has no figure yet). */
    public record Entry(String caption, Drawing drawing) {
    }

    private static final int COLUMNS = 4;
    private static final int ROWS = 4;
    private static final float MARGIN = 30;
    private static final float CAPTION = 22;

    private FigureSheet() {
    }

    public static byte[] write(List<Entry> entries, FontSet fonts, int accent) {
        Palette palette = new Palette(accent);
        PDRectangle size = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
        float cellW = (size.getWidth() - 2 * MARGIN) / COLUMNS;
        float cellH = (size.getHeight() - 2 * MARGIN) / ROWS;
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fonts.ttf(Face.REGULAR), true);
            for (int first = 0; first < entries.size(); first += COLUMNS * ROWS) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int i = first; i < Math.min(entries.size(), first + COLUMNS * ROWS); i++) {
                        int cell = i - first;
                        float x = MARGIN + (cell % COLUMNS) * cellW;
                        float y = MARGIN + (cell / COLUMNS) * cellH;
                        cell(cs, page, font, fonts, entries.get(i), palette, x, y, cellW, cellH, size.getHeight());
                    }
                }
            }
            // PDFBox would seed /ID from the clock: the same figures must give the same bytes, so a
            // reviewed sheet can be checked in and compared.
            doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, documentId(entries));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the figure sheet: " + e.getMessage(), e);
        }
    }

    private static org.apache.pdfbox.cos.COSArray documentId(List<Entry> entries) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (Entry e : entries) {
            crc.update(e.caption().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update(e.drawing() == null ? 0 : 1);
        }
        byte[] id = String.format(java.util.Locale.ROOT, "hep-figures-%08x", crc.getValue())
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        return ids;
    }

    private static void cell(PDPageContentStream cs, PDPage page, PDType0Font font, FontSet fonts, Entry e, Palette palette,
                             float x, float y, float w, float h, float pageH) throws IOException {
        cs.setStrokingColor(0.8f, 0.82f, 0.85f);
        cs.setLineWidth(0.5f);
        cs.addRect(x + 3, pageH - y - h + 3, w - 6, h - 6);
        cs.stroke();
        if (e.drawing() != null) {
            // A fresh writer knows no colour yet: this sheet also sets colours on the stream itself.
            PageWriter figure = new PageWriter(cs, page.getResources().getCOSObject());
            FigurePainter.draw(figure, e.drawing().place(x + 10, y + 8, w - 20, h - CAPTION - 14), palette, pageH);
        }
        String caption = e.caption();
        float sizePt = 9;
        while (fonts.width(caption, Face.REGULAR, sizePt) > w - 14 && caption.length() > 4) {
            caption = caption.substring(0, caption.length() - 2);
        }
        cs.beginText();
        cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
        cs.setFont(font, sizePt);
        cs.newLineAtOffset(x + (w - fonts.width(caption, Face.REGULAR, sizePt)) / 2, pageH - y - h + 12);
        cs.showText(caption);
        cs.endText();
    }
}
