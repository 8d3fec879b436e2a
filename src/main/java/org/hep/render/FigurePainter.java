package org.hep.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.hep.figure.Drawing;
import org.hep.figure.Palette;
import org.hep.figure.Path2;
import org.hep.figure.Shape;

/** Draws a placed figure with PDF path operators: pure vector, a few KB per figure. */
final class FigurePainter {
    private FigurePainter() {
    }

    /** @param pageHeight to turn the layout's y-down points into PDF's y-up ones */
    static void draw(PageWriter w, Drawing.Placed placed, Palette palette, float pageHeight)
            throws IOException {
        float k = placed.lineScale();
        PDPageContentStream cs = w.cs();
        cs.setLineJoinStyle(1);
        cs.setLineCapStyle(1);
        for (Shape s : placed.shapes()) {
            Palette.Style st = palette.style(s.role());
            // Colours before the path: nothing may come between building a path and painting it.
            if (st.fill() != null) {
                w.fill(st.fill());
            }
            if (st.stroke() != null) {
                w.stroke(st.stroke(), st.width() * k);
            }
            path(w, s.path(), pageHeight);
            if (st.fill() != null && st.stroke() != null) {
                cs.fillAndStroke();
            } else if (st.fill() != null) {
                cs.fill();
            } else {
                cs.stroke();
            }
        }
        // Leave the graphics state as text drawing expects it.
        cs.setRenderingMode(RenderingMode.FILL);
    }

    /** Written by the page in hundredths of a point: finer than any printer, and fewer bytes. */
    private static void path(PageWriter w, Path2 p, float h) throws IOException {
        for (Path2.Seg s : p.segs()) {
            double[] q = s.pts();
            switch (s.op()) {
                case 'M' -> w.moveTo((float) q[0], h - (float) q[1]);
                case 'L' -> w.lineToAlways((float) q[0], h - (float) q[1]);
                case 'C' -> w.curveTo((float) q[0], h - (float) q[1], (float) q[2], h - (float) q[3],
                        (float) q[4], h - (float) q[5]);
                default -> w.cs().closePath();
            }
        }
    }
}
