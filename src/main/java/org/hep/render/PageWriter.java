package org.hep.render;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * One page's content stream, written with as few operators and digits as the drawing needs:
 * a marked-content sequence and a text object stay open across ops that can share them,
 * colours and line widths are set only when they change, and coordinates carry two
 * decimals (a hundredth of a point, finer than any printer). Fewer operators are fewer
 * bytes in every handout and less work for PDFBox.
 */
final class PageWriter implements Closeable {
    private static final int UNKNOWN = -1;
    /**
     * A slanted line's text matrix up to its origin: a shear by tan 11°, DejaVu Sans Oblique's
     * slant, so italics drawn with the book face look like the oblique face they replace. The
     * shear leaves the baseline where it was, so text starts where layout put it.
     */
    private static final String SLANT = "1 0 .1944 1 ";

    /**
     * PDFBox's content stream, for what this class does not write itself (pictures, fallback
     * fonts, figures drawn at run time); made on first use, as making one makes a number format
     * (a few percent of a batch's compiling, for four pages a handout that mostly never need it).
     */
    private PDPageContentStream cs;
    final FontState font = new FontState();
    private boolean sequence;
    private boolean text;
    /** Where the current text line starts, in hundredths of a point. */
    private long textX;
    private long textY;
    /** Whether the text matrix is sheared ({@link #SLANT}); a new text object starts upright. */
    private boolean slanted;
    /**
     * The page's buffer, which {@link #cs} writes into too: commands built here go straight in, as the same bytes
     * PDFBox's {@code appendRawCommands} writes, without a string and a byte array for each.
     */
    private final PdfBytes out;
    /** The path's current point, in hundredths of a point. */
    private long pathX;
    private long pathY;
    private int fill = UNKNOWN;
    private int stroke = UNKNOWN;
    private float lineWidth = Float.NaN;

    private final COSDictionary resources;

    /** What {@link #cs} writes into {@link #out}. */
    private final Sink sink;

    /**
     * @param out       the buffer the page is written into
     * @param resources the page's resources, where the faces and pictures it uses are added
     */
    PageWriter(PdfBytes out, COSDictionary resources) {
        this.out = out;
        this.resources = resources;
        this.sink = new Sink(out);
    }

    /**
     * PDFBox's content stream on this page, writing into the same buffer; made now if need be,
     * and brought into the text object already open (without writing BT again), since PDFBox
     * refuses text outside one and paths inside one.
     */
    PDPageContentStream cs() throws IOException {
        if (cs == null) {
            COSStream scratch = new COSStream();
            scratch.setItem(COSName.RESOURCES, resources);
            cs = new PDPageContentStream(null, new PDAppearanceStream(scratch), sink);
            if (text) {
                sink.muted = true;
                try {
                    cs.beginText();
                } finally {
                    sink.muted = false;
                }
            }
        }
        return cs;
    }

    /** Passes PDFBox's bytes on to the page's buffer, unless muted. */
    private static final class Sink extends OutputStream {
        private final PdfBytes to;
        boolean muted;

        Sink(PdfBytes to) {
            this.to = to;
        }

        @Override
        public void write(int b) {
            if (!muted) {
                to.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (!muted) {
                to.write(b, off, len);
            }
        }
    }

    /** Sets an embedded face (and adds it to the page) when it or the size changes. */
    void face(FaceFonts.Embedded face, float size) throws IOException {
        if (!font.change(face, size)) {
            return;
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            fonts = new COSDictionary();
            resources.setItem(COSName.FONT, fonts);
        }
        fonts.setItem(face.name(), face.font());
        out.write('/');
        out.usAscii(face.name().getName()).write(' ');
        number(Math.round(size * 100000.0), 5).usAscii(" Tf\n");
    }

    /**
     * Shows a form XObject with its origin at ({@code x}, {@code y}) in PDF space, and adds it
     * to the page's resources. The form leaves the graphics state as it found it.
     */
    void form(COSName name, COSStream form, float x, float y) throws IOException {
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) {
            xobjects = new COSDictionary();
            resources.setItem(COSName.XOBJECT, xobjects);
        }
        xobjects.setItem(name, form);
        out.usAscii("q 1 0 0 1 ");
        number(hundredths(x), 2).write(' ');
        number(hundredths(y), 2).usAscii(" cm /").usAscii(name.getName()).usAscii(" Do Q\n");
    }

    /**
     * Shows {@code text} in the face last set, as its glyph numbers in a literal string: one
     * or two bytes a glyph instead of hex's two or four characters (less to compress).
     */
    void glyphs(FaceFonts.Embedded face, String text) throws IOException {
        out.write('(');
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int cid = face.cids().get(cp);
            if (cid < 0) {
                throw new IllegalStateException("character not in the embedded face: U+" + Integer.toHexString(cp));
            }
            if (!face.oneByte()) {
                literal(cid >> 8);
            }
            literal(cid & 0xff);
        }
        out.usAscii(") Tj\n");
    }

    /** A byte of a literal string: parentheses, backslash and line ends escaped, so readers keep them. */
    private void literal(int b) {
        switch (b) {
            case '(', ')', '\\' -> {
                out.write('\\');
                out.write(b);
            }
            case '\r' -> {
                out.write('\\');
                out.write('r');
            }
            case '\n' -> {
                out.write('\\');
                out.write('n');
            }
            default -> out.write(b);
        }
    }

    /**
     * Opens an artifact sequence (decoration), closing what was open. {@code textual}: the
     * sequence holds only text, so it goes inside the text object (opened if need be), and
     * text next to text stays in one object whose lines move relative to each other.
     */
    void beginArtifact(boolean textual) throws IOException {
        begin(textual);
        out.write(spelled("Artifact"));
        out.usAscii(" BMC\n");
        sequence = true;
    }

    /**
     * Opens a tagged sequence with its marked-content id, closing what was open; see {@link #beginArtifact}.
     * Written as PDFBox's {@code beginMarkedContent} writes it ("/P &lt;&lt;/MCID 3&gt;&gt; BDC"),
     * without a property list and a name looked up for every sequence.
     */
    void beginTagged(String role, int mcid, boolean textual) throws IOException {
        begin(textual);
        out.write(spelled(role));
        out.usAscii(" <</MCID ").number(mcid).usAscii(">> BDC\n");
        sequence = true;
    }

    /** Role names as PDFBox writes them; a few dozen, bounded all the same. */
    private static final int MAX_ROLES = 256;
    private static final Map<String, byte[]> ROLES = new ConcurrentHashMap<>();

    static byte[] spelled(String role) throws IOException {
        byte[] known = ROLES.get(role);
        if (known == null) {
            PdfBytes b = new PdfBytes(role.length() + 8);
            COSName.getPDFName(role).writePDF(b);
            known = b.toByteArray();
            if (ROLES.size() < MAX_ROLES) {
                ROLES.put(role, known);
            }
        }
        return known;
    }

    /** Sequences nest inside the text object, never across its ends. */
    private void begin(boolean textual) throws IOException {
        if (sequence) {
            out.usAscii("EMC\n");
            sequence = false;
        }
        if (!textual) {
            endText();
        } else if (!text) {
            if (cs != null) {
                cs.beginText();
            } else {
                out.usAscii("BT\n"); // as PDFBox's beginText writes it
            }
            text = true;
            textX = 0;
            textY = 0;
            slanted = false;
        }
    }

    /**
     * Starts a line of text at ({@code x}, {@code y}) in PDF space, relative to the last line's
     * start. A slanted line sets the whole text matrix instead (a move in sheared text space
     * would also move sideways), and so does the upright line after one.
     */
    void moveText(float x, float y, boolean slant) throws IOException {
        if (!slant && !slanted) {
            long rx = hundredths(x);
            long ry = hundredths(y);
            raw(rx - textX, ry - textY, "Td");
            textX = rx;
            textY = ry;
            return;
        }
        slanted = slant;
        textX = hundredths(x);
        textY = hundredths(y);
        out.usAscii(slanted ? SLANT : "1 0 0 1 ");
        number(textX, 2).write(' ');
        number(textY, 2).usAscii(" Tm\n");
    }

    /** Closes the text object; paths and pictures cannot be drawn inside one. */
    private void endText() throws IOException {
        if (text) {
            if (cs != null) {
                cs.endText();
            } else {
                out.usAscii("ET\n");
            }
            text = false;
        }
    }

    void fill(int rgb) throws IOException {
        if (rgb != fill) {
            color(rgb, "rg");
            fill = rgb;
        }
    }

    void stroke(int rgb, float width) throws IOException {
        if (rgb != stroke) {
            color(rgb, "RG");
            stroke = rgb;
        }
        if (Float.compare(width, lineWidth) != 0) {
            number(hundredths(width), 2).usAscii(" w\n");
            lineWidth = width;
        }
    }

    /** After drawing that sets colours and widths itself (figures): nothing is known any more. */
    void forgetPaint() {
        fill = UNKNOWN;
        stroke = UNKNOWN;
        lineWidth = Float.NaN;
    }

    /**
     * A rectangle, painted with {@code paint} (f, S, B or n). A rounded one is drawn at the
     * origin and moved into place, so every box of one size writes the same path and the
     * stream's compression stores it once.
     */
    void box(float x, float y, float w, float h, float radius, String paint) throws IOException {
        if (radius <= 0) {
            raw(hundredths(x), hundredths(y), hundredths(w), hundredths(h), "re");
            paint(paint);
            return;
        }
        out.usAscii("q 1 0 0 1 ");
        number(hundredths(x), 2).write(' ');
        number(hundredths(y), 2).usAscii(" cm\n");
        float r = radius;
        float k = 0.5523f * r;
        moveTo(r, 0);
        lineTo(w - r, 0);
        curveTo(w - r + k, 0, w, r - k, w, r);
        lineTo(w, h - r);
        curveTo(w, h - r + k, w - r + k, h, w - r, h);
        lineTo(r, h);
        curveTo(r - k, h, 0, h - r + k, 0, h - r);
        lineTo(0, r);
        curveTo(0, r - k, r - k, 0, r, 0);
        out.usAscii("h ").usAscii(paint).usAscii(" Q\n");
    }

    /** Paints the path built with {@code operator} (f, S, B, b, s or n). */
    void paint(String operator) {
        out.usAscii(operator).write('\n');
    }

    void moveTo(float x, float y) throws IOException {
        raw(hundredths(x), hundredths(y), "m");
        pathX = hundredths(x);
        pathY = hundredths(y);
    }

    /** A straight line from one point to another, whatever its length. */
    void segment(float x1, float y1, float x2, float y2) throws IOException {
        raw(hundredths(x1), hundredths(y1), "m");
        raw(hundredths(x2), hundredths(y2), "l");
    }

    /** A line, even one of no length (with round caps, a dot). */
    void lineToAlways(float x, float y) throws IOException {
        pathX = hundredths(x);
        pathY = hundredths(y);
        raw(pathX, pathY, "l");
    }

    /** A line to where the path already is (the straight side of a circle) is left out. */
    void lineTo(float x, float y) throws IOException {
        long lx = hundredths(x);
        long ly = hundredths(y);
        if (lx != pathX || ly != pathY) {
            raw(lx, ly, "l");
        }
        pathX = lx;
        pathY = ly;
    }

    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) throws IOException {
        number(hundredths(x1), 2).write(' ');
        number(hundredths(y1), 2).write(' ');
        number(hundredths(x2), 2).write(' ');
        number(hundredths(y2), 2).write(' ');
        number(hundredths(x3), 2).write(' ');
        number(hundredths(y3), 2).usAscii(" c\n");
        pathX = hundredths(x3);
        pathY = hundredths(y3);
    }

    @Override
    public void close() throws IOException {
        if (sequence) {
            out.usAscii("EMC\n");
        }
        endText();
        if (cs != null) {
            cs.close();
        }
    }

    private void raw(long a, long b, String operator) throws IOException {
        number(a, 2).write(' ');
        number(b, 2).write(' ');
        out.usAscii(operator).write('\n');
    }

    private void raw(long a, long b, long c, long d, String operator) throws IOException {
        number(a, 2).write(' ');
        number(b, 2).write(' ');
        number(c, 2).write(' ');
        number(d, 2).write(' ');
        out.usAscii(operator).write('\n');
    }

    /** Channels with three decimals: steps of 1/1000 keep every one of an 8-bit colour's 256 levels. */
    private void color(int rgb, String operator) throws IOException {
        for (int shift = 16; shift >= 0; shift -= 8) {
            number(Math.round(((rgb >> shift) & 0xff) / 255.0 * 1000), 3).write(' ');
        }
        out.usAscii(operator).write('\n');
    }

    /** A number given in units of 10^-decimals, written without trailing zeros: 66757 → 667.57, 1250 → 12.5. */
    private PdfBytes number(long scaled, int decimals) {
        return out.decimal(scaled, decimals);
    }

    static long hundredths(float v) {
        return Math.round(v * 100.0);
    }
}
