package org.hep.render;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.util.Locale;

/** A glyph outline as PDF path operators, filled: the body of a Type 3 glyph procedure. */
final class GlyphPath {
    private GlyphPath() {
    }

    /** "x y m … x1 y1 x2 y2 x y c … h f"; TrueType's quadratic curves become the cubic ones PDF draws. */
    static String fill(GeneralPath path) {
        StringBuilder s = new StringBuilder();
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> points(s, c, 1).append("m\n");
                case PathIterator.SEG_LINETO -> points(s, c, 1).append("l\n");
                case PathIterator.SEG_QUADTO -> {
                    // The control point 2/3 of the way from each end towards the quadratic's one.
                    double[] cubic = {x + 2 * (c[0] - x) / 3, y + 2 * (c[1] - y) / 3,
                        c[2] + 2 * (c[0] - c[2]) / 3, c[3] + 2 * (c[1] - c[3]) / 3, c[2], c[3]};
                    points(s, cubic, 3).append("c\n");
                }
                case PathIterator.SEG_CUBICTO -> points(s, c, 3).append("c\n");
                default -> s.append("h\n");
            }
            if (type != PathIterator.SEG_CLOSE) {
                int last = type == PathIterator.SEG_QUADTO ? 2 : type == PathIterator.SEG_CUBICTO ? 4 : 0;
                x = c[last];
                y = c[last + 1];
            }
        }
        return s.length() == 0 ? "" : s.append("f\n").toString();
    }

    private static StringBuilder points(StringBuilder s, double[] c, int count) {
        for (int i = 0; i < count * 2; i++) {
            s.append(number(c[i])).append(' ');
        }
        return s;
    }

    /** Thousandths of an em, to two decimals: enough for any outline, and the same bytes every run. */
    static String number(double v) {
        long r = Math.round(v * 100);
        return r % 100 == 0 ? Long.toString(r / 100) : String.format(Locale.ROOT, "%.2f", r / 100.0);
    }
}
