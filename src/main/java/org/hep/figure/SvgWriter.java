package org.hep.figure;

import java.util.Locale;

/** A figure as a small, self-contained SVG element (for HTML handouts), with its alt text as the title. */
public final class SvgWriter {
    private SvgWriter() {
    }

    /** An {@code <svg>} of {@code width} × {@code height} CSS pixels. */
    public static String write(Drawing drawing, double width, double height, Palette palette) {
        Drawing.Placed placed = drawing.place(0, 0, width, height);
        float k = placed.lineScale();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\"><title>").append(escape(drawing.alt())).append("</title>");
        for (Shape s : placed.shapes()) {
            Palette.Style st = palette.style(s.role());
            sb.append("<path d=\"").append(d(s.path())).append('"');
            sb.append(" fill=\"").append(st.fill() == null ? "none" : hex(st.fill())).append('"');
            if (st.stroke() != null) {
                sb.append(" stroke=\"").append(hex(st.stroke())).append("\" stroke-width=\"")
                        .append(n(st.width() * k)).append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
            }
            sb.append("/>");
        }
        return sb.append("</svg>").toString();
    }

    private static String d(Path2 p) {
        StringBuilder sb = new StringBuilder();
        for (Path2.Seg s : p.segs()) {
            sb.append(s.op());
            for (int i = 0; i < s.pts().length; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(n(s.pts()[i]));
            }
        }
        return sb.toString();
    }

    /** A tenth of a CSS pixel is finer than any screen shows, and keeps the file small. */
    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06X", rgb & 0xFFFFFF);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
