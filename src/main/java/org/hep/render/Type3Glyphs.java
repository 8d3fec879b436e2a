package org.hep.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.font.PDType3Font;

/**
 * The fallback glyphs one document draws, as Type 3 fonts of at most 255 glyphs each: every
 * glyph is its outline written as a path, so only the glyphs used are embedded, whether the
 * font is TrueType or CFF (PDFBox can subset only the former), and the PDF stays PDF/A. A
 * ToUnicode map keeps the text searchable and readable aloud.
 */
final class Type3Glyphs {
    private static final int PER_FONT = 255;

    /** Text to show in one font. */
    record Shown(PDType3Font font, String text) {
    }

    private final PdfDocument doc;
    private final Map<FallbackFont, List<Font>> fonts = new IdentityHashMap<>();
    private final List<Font> all = new ArrayList<>();

    Type3Glyphs(PdfDocument doc) {
        this.doc = doc;
    }

    /** {@code text}, all of it in {@code from}, cut where it passes from one Type 3 font to the next. */
    List<Shown> encode(FallbackFont from, String text) throws IOException {
        List<Shown> out = new ArrayList<>(1);
        Font current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Font f = fontFor(from, cp);
            if (f != current && run.length() > 0) {
                out.add(new Shown(current, run.toString()));
                run.setLength(0);
            }
            current = f;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            out.add(new Shown(current, run.toString()));
        }
        return out;
    }

    /** Writes each font's glyph procedures, widths and Unicode map; call once, before saving. */
    void finish() throws IOException {
        for (Font f : all) {
            f.write(doc);
        }
    }

    private Font fontFor(FallbackFont from, int cp) throws IOException {
        List<Font> list = fonts.computeIfAbsent(from, k -> new ArrayList<>());
        for (Font f : list) {
            if (f.codes.containsKey(cp)) {
                return f;
            }
        }
        Font last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (last == null || last.codes.size() == PER_FONT) {
            last = new Font(from, "HepFallback" + (all.size() + 1));
            list.add(last);
            all.add(last);
        }
        last.codes.put(cp, last.codes.size() + 1);
        return last;
    }

    /** One Type 3 font: its codes (1…255) in the order first drawn. */
    static final class Font extends PDType3Font {
        private final FallbackFont source;
        private final String name;
        private final Map<Integer, Integer> codes = new LinkedHashMap<>();

        Font(FallbackFont source, String name) throws IOException {
            super(skeleton());
            this.source = source;
            this.name = name;
        }

        /** Glyphs are written in thousandths of an em, the unit readers assume for a font's metrics. */
        private static COSDictionary skeleton() {
            COSDictionary d = new COSDictionary();
            d.setItem(COSName.TYPE, COSName.FONT);
            d.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
            COSArray matrix = new COSArray();
            for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
                matrix.add(new COSFloat(v));
            }
            d.setItem(COSName.FONT_MATRIX, matrix);
            return d;
        }

        @Override
        protected byte[] encode(int unicode) {
            Integer code = codes.get(unicode);
            if (code == null) {
                throw new IllegalArgumentException("no Type 3 glyph for U+" + Integer.toHexString(unicode));
            }
            return new byte[] {(byte) (int) code};
        }

        void write(PdfDocument doc) throws IOException {
            COSDictionary d = getCOSObject();
            COSDictionary procs = new COSDictionary();
            COSArray differences = new COSArray();
            differences.add(COSInteger.ONE);
            COSArray widths = new COSArray();
            Rectangle2D box = null;
            StringBuilder toUnicode = new StringBuilder();
            AffineTransform toThousandths = AffineTransform.getScaleInstance(1000 / source.unitsPerEm(),
                    1000 / source.unitsPerEm());
            for (Map.Entry<Integer, Integer> e : codes.entrySet()) {
                int cp = e.getKey();
                String glyph = "g" + e.getValue();
                GeneralPath path = source.outline(cp);
                path.transform(toThousandths);
                Rectangle2D b = path.getBounds2D();
                box = box == null ? b : box.createUnion(b);
                String advance = GlyphPath.number(source.advanceUnits(cp) * 1000.0 / source.unitsPerEm());
                procs.setItem(glyph, stream(doc, procedure(advance, b, path)));
                differences.add(COSName.getPDFName(glyph));
                widths.add(new COSFloat(Float.parseFloat(advance)));
                toUnicode.append(String.format(Locale.ROOT, "<%02X> <%s>%n", e.getValue(), utf16(cp)));
            }
            d.setItem(COSName.CHAR_PROCS, procs);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, differences);
            d.setItem(COSName.ENCODING, encoding);
            d.setInt(COSName.FIRST_CHAR, 1);
            d.setInt(COSName.LAST_CHAR, codes.size());
            d.setItem(COSName.WIDTHS, widths);
            COSArray bbox = rect(box);
            d.setItem(COSName.FONT_BBOX, bbox);
            d.setItem(COSName.RESOURCES, new COSDictionary());
            d.setItem(COSName.TO_UNICODE, stream(doc, cmap(toUnicode.toString())));
            d.setItem(COSName.FONT_DESC, descriptor(bbox));
        }

        private COSDictionary descriptor(COSArray bbox) {
            COSDictionary fd = new COSDictionary();
            fd.setItem(COSName.TYPE, COSName.FONT_DESC);
            fd.setName(COSName.FONT_NAME, name);
            fd.setInt(COSName.FLAGS, 4);
            fd.setInt(COSName.ITALIC_ANGLE, 0);
            fd.setItem(COSName.FONT_BBOX, bbox);
            // Text extractors place a line by its font's ascent and descent (glyph space, as the box).
            fd.setItem(COSName.ASCENT, bbox.get(3));
            fd.setItem(COSName.DESCENT, bbox.get(1));
            return fd;
        }

        /** "wx 0 llx lly urx ury d1", then the outline filled with the text colour. */
        private static String procedure(String advance, Rectangle2D b, GeneralPath path) {
            return advance + " 0 " + GlyphPath.number(b.getMinX()) + " " + GlyphPath.number(b.getMinY()) + " "
                    + GlyphPath.number(b.getMaxX()) + " " + GlyphPath.number(b.getMaxY()) + " d1\n"
                    + GlyphPath.fill(path);
        }

        private static String cmap(String pairs) {
            long n = pairs.lines().count();
            return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                    + n + " beginbfchar\n" + pairs + "endbfchar\n"
                    + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        }

        private static COSStream stream(PdfDocument doc, String content) throws IOException {
            COSStream stream = doc.stream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content.getBytes(StandardCharsets.US_ASCII));
            }
            return stream;
        }

        private static COSArray rect(Rectangle2D box) {
            COSArray a = new COSArray();
            Rectangle2D b = box == null ? new Rectangle2D.Double() : box;
            for (double v : new double[] {Math.floor(b.getMinX()), Math.floor(b.getMinY()), Math.ceil(b.getMaxX()),
                Math.ceil(b.getMaxY())}) {
                a.add(COSInteger.get((long) v));
            }
            return a;
        }

        private static String utf16(int cp) {
            StringBuilder s = new StringBuilder();
            for (char ch : Character.toChars(cp)) {
                s.append(String.format(Locale.ROOT, "%04X", (int) ch));
            }
            return s.toString();
        }
    }
}
