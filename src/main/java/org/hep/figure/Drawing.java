package org.hep.figure;

import java.util.List;

/**
 * A figure as shapes in its own units (y up), ready to be fitted into a box of any size.
 * {@code alt} is what a screen reader says for it. {@code packed} names a drawing read from the
 * jar's packed figures ({@link PackedFigures}: its key and its place among the key's drawings),
 * so that its PDF forms drawn at build time can be found too; null for a drawing solved here.
 */
public record Drawing(List<Shape> shapes, double[] bounds, String alt, String packed) {
    public Drawing {
        shapes = List.copyOf(shapes);
    }

    public Drawing(List<Shape> shapes, double[] bounds, String alt) {
        this(shapes, bounds, alt, null);
    }

    /** The same shapes, described by {@code alt}. */
    public Drawing withAlt(String alt) {
        return new Drawing(shapes, bounds, alt, packed);
    }

    /** Width over height of the drawing. */
    public double aspect() {
        return (bounds[2] - bounds[0]) / (bounds[3] - bounds[1]);
    }

    /**
     * The shapes scaled uniformly (aspect kept) and centred in the box at ({@code x}, {@code y})
     * of {@code w} × {@code h} page points, y measured down from the top.
     */
    public Placed place(double x, double y, double w, double h) {
        double bw = bounds[2] - bounds[0];
        double bh = bounds[3] - bounds[1];
        double k = Math.min(w / bw, h / bh);
        double ox = x + (w - bw * k) / 2 - bounds[0] * k;
        double oy = y + (h - bh * k) / 2 + bounds[3] * k;
        List<Shape> out = shapes.stream().map(s -> new Shape(s.role(), s.path().placed(ox, oy, k))).toList();
        return new Placed(out, x + (w - bw * k) / 2, y + (h - bh * k) / 2, bw * k, bh * k);
    }

    /** Shapes in page points, and the box they fill (inside the box asked for). */
    public record Placed(List<Shape> shapes, double x, double y, double w, double h) {
        /** Line widths grow gently with the picture so a large-print figure does not look thin. */
        public float lineScale() {
            return (float) Math.max(0.75, Math.min(1.8, Math.sqrt(h / 110.0)));
        }
    }
}
