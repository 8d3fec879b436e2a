package org.hep.layout;

/**
 * A drawing instruction with page coordinates measured down from the page's top-left corner.
 * Ops with a {@link Struct.Mark} are real content (tagged); the rest are decoration (artifacts).
 */
public sealed interface Op permits Op.Text, Op.Rect, Op.Polygon, Op.Line, Op.Picture, Op.Qr, Op.Figure {

    /** A copy moved down by {@code dy}. */
    Op shift(float dy);

    /** A copy moved right by {@code dx} and down by {@code dy}. */
    Op moved(float dx, float dy);

    Struct.Mark mark();

    /** One line (or part of a line) of text; {@code baseline} is the y of the baseline. */
    record Text(float x, float baseline, String text, Face face, float size, int color, Struct.Mark mark) implements Op {
        public Op shift(float dy) {
            return new Text(x, baseline + dy, text, face, size, color, mark);
        }

        public Op moved(float dx, float dy) {
            return new Text(x + dx, baseline + dy, text, face, size, color, mark);
        }
    }

    /** A filled and/or stroked rectangle (backgrounds, tick boxes, badges); null colour = none. */
    record Rect(float x, float y, float w, float h, Integer fill, Integer stroke, float lineWidth, float radius)
            implements Op {
        public Op shift(float dy) {
            return new Rect(x, y + dy, w, h, fill, stroke, lineWidth, radius);
        }

        public Op moved(float dx, float dy) {
            return new Rect(x + dx, y + dy, w, h, fill, stroke, lineWidth, radius);
        }

        public Struct.Mark mark() {
            return null;
        }
    }

    /**
     * A closed shape through the points ({@code xs[i]}, {@code ys[i]}), filled and/or stroked like a
     * {@link Rect} (the pain guide's triangle and octagon, told apart from its circle without colour).
     */
    record Polygon(float[] xs, float[] ys, Integer fill, Integer stroke, float lineWidth) implements Op {
        public Polygon {
            xs = xs.clone();
            ys = ys.clone();
        }

        public Op shift(float dy) {
            return moved(0, dy);
        }

        public Op moved(float dx, float dy) {
            float[] x = xs.clone();
            float[] y = ys.clone();
            for (int i = 0; i < x.length; i++) {
                x[i] += dx;
                y[i] += dy;
            }
            return new Polygon(x, y, fill, stroke, lineWidth);
        }

        @Override
        public float[] xs() {
            return xs.clone();
        }

        @Override
        public float[] ys() {
            return ys.clone();
        }

        public Struct.Mark mark() {
            return null;
        }
    }

    record Line(float x1, float y1, float x2, float y2, int color, float width) implements Op {
        public Op shift(float dy) {
            return new Line(x1, y1 + dy, x2, y2 + dy, color, width);
        }

        public Op moved(float dx, float dy) {
            return new Line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, color, width);
        }

        public Struct.Mark mark() {
            return null;
        }
    }

    /** A PNG/JPEG scaled into the box; {@code mark} belongs to its Figure (with alt text). */
    record Picture(float x, float y, float w, float h, java.nio.file.Path path, Struct.Mark mark) implements Op {
        public Op shift(float dy) {
            return new Picture(x, y + dy, w, h, path, mark);
        }

        public Op moved(float dx, float dy) {
            return new Picture(x + dx, y + dy, w, h, path, mark);
        }
    }

    /** A QR code drawn as vector squares: crisp at any print resolution. */
    record Qr(float x, float y, float size, boolean[][] modules, Struct.Mark mark) implements Op {
        public Op shift(float dy) {
            return new Qr(x, y + dy, size, modules, mark);
        }

        public Op moved(float dx, float dy) {
            return new Qr(x + dx, y + dy, size, modules, mark);
        }
    }

    /**
     * An exercise figure drawn from pose data, fitted (aspect kept) into the box; {@code accent}
     * colours the moving part; {@code mark} belongs to its Figure (with alt text).
     */
    record Figure(float x, float y, float w, float h, org.hep.figure.Drawing drawing, int accent, Struct.Mark mark)
            implements Op {
        public Op shift(float dy) {
            return new Figure(x, y + dy, w, h, drawing, accent, mark);
        }

        public Op moved(float dx, float dy) {
            return new Figure(x + dx, y + dy, w, h, drawing, accent, mark);
        }
    }
}
