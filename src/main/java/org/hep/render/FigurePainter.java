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
    static void draw(PDPageContentStream cs, Drawing.Placed placed, Palette palette, float pageHeight)
            throws IOException {
        float k = placed.lineScale();
        cs.setLineJoinStyle(1);
        cs.setLineCapStyle(1);
        for (Shape s : placed.shapes()) {
            Palette.Style st = palette.style(s.role());
            path(cs, s.path(), pageHeight);
            if (st.fill() != null) {
                cs.setNonStrokingColor(r(st.fill()), g(st.fill()), b(st.fill()));
            }
            if (st.stroke() != null) {
                cs.setStrokingColor(r(st.stroke()), g(st.stroke()), b(st.stroke()));
                cs.setLineWidth(st.width() * k);
            }
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

    private static void path(PDPageContentStream cs, Path2 p, float h) throws IOException {
        for (Path2.Seg s : p.segs()) {
            double[] q = s.pts();
            switch (s.op()) {
                case 'M' -> cs.moveTo(f(q[0]), h - f(q[1]));
                case 'L' -> cs.lineTo(f(q[0]), h - f(q[1]));
                case 'C' -> cs.curveTo(f(q[0]), h - f(q[1]), f(q[2]), h - f(q[3]), f(q[4]), h - f(q[5]));
                default -> cs.closePath();
            }
        }
    }

    /** Two decimals are a hundredth of a point: finer than any printer, and fewer bytes. */
    private static float f(double v) {
        return Math.round(v * 100) / 100f;
    }

    private static float r(int rgb) {
        return ((rgb >> 16) & 0xff) / 255f;
    }

    private static float g(int rgb) {
        return ((rgb >> 8) & 0xff) / 255f;
    }

    private static float b(int rgb) {
        return (rgb & 0xff) / 255f;
    }
}
