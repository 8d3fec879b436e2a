package org.hep.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.awt.geom.Point2D;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a reader gets out of a handout PDF: the text of each page (in content order, which is
 * reading order here) and every glyph with its box in points, measured from the page's top-left.
 */
public final class PdfProbe {
    /**
     * One drawn glyph; {@code top}/{@code bottom} come from the font's ascent and descent;
     * {@code furniture} when it is an artifact (running head, footer, continued title), not body text.
     */
    public record Glyph(int page, String text, float x, float width, float baseline, float top, float bottom,
                        String font, float size, boolean furniture) {
        public boolean bold() {
            return font.contains("Bold");
        }
    }

    /** Glyphs on one page that share a baseline. */
    public record Line(int page, float baseline, List<Glyph> glyphs) {
        public String text() {
            return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
        }

        /** Every visible glyph bold and at least {@code size} points: how headings are set. */
        public boolean isHeading(float size) {
            List<Glyph> ink = glyphs.stream().filter(g -> !g.text().isBlank()).toList();
            return !ink.isEmpty() && ink.stream().allMatch(g -> g.bold() && g.size() >= size - 0.05f);
        }
    }

    /**
     * The extent of one painted path or image (a rule, a frame, a fill, a picture), from the page's
     * top-left; {@code stroked} for an outline drawn with a pen (a card's frame), not a fill.
     */
    public record Shape(int page, float top, float bottom, float left, float right, boolean stroked) {
    }

    private final byte[] bytes;
    private final float width;
    private final float height;
    private final List<String> pages;
    private final List<String> bodies;
    private final List<Glyph> glyphs;
    private final List<Shape> shapes;
    private final String title;
    private final String author;
    private final String language;

    private PdfProbe(byte[] bytes, float width, float height, List<String> pages, List<String> bodies,
                     List<Glyph> glyphs, List<Shape> shapes, String title, String author, String language) {
        this.bytes = bytes;
        this.width = width;
        this.height = height;
        this.pages = pages;
        this.bodies = bodies;
        this.glyphs = glyphs;
        this.shapes = shapes;
        this.title = title;
        this.author = author;
        this.language = language;
    }

    public static PdfProbe of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            Collector c = new Collector(false);
            List<String> pages = pageTexts(c, doc);
            List<String> bodies = pageTexts(new Collector(true), doc);
            List<Shape> shapes = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                Painter painter = new Painter(doc.getPage(i), i + 1, shapes);
                painter.processPage(doc.getPage(i));
            }
            return new PdfProbe(pdf, box.getWidth(), box.getHeight(), pages, bodies, c.glyphs, shapes,
                    doc.getDocumentInformation().getTitle(), doc.getDocumentInformation().getAuthor(),
                    doc.getDocumentCatalog().getLanguage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> pageTexts(Collector c, PDDocument doc) throws IOException {
        c.setPageEnd("\f");
        String all = c.getText(doc);
        List<String> pages = new ArrayList<>(List.of(all.split("\f", -1)));
        pages.remove(pages.size() - 1);
        if (pages.size() != doc.getNumberOfPages()) {
            fail("expected " + doc.getNumberOfPages() + " page texts, got " + pages.size());
        }
        return pages;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int pageCount() {
        return pages.size();
    }

    public float pageWidth() {
        return width;
    }

    public float pageHeight() {
        return height;
    }

    public String title() {
        return title;
    }

    public String author() {
        return author;
    }

    public String language() {
        return language;
    }

    public List<Shape> shapes(int page) {
        return shapes.stream().filter(s -> s.page() == page).toList();
    }

    public String text() {
        return String.join("\n", pages);
    }

    /** Text of page {@code n} (1-based). */
    public String page(int n) {
        return pages.get(n - 1);
    }

    /** Text of page {@code n} (1-based) without its furniture (artifacts: running head, footer). */
    public String body(int n) {
        return bodies.get(n - 1);
    }

    public List<Glyph> glyphs() {
        return glyphs;
    }

    /** The first page (1-based) whose text contains {@code needle} once wrapping is ignored; 0 if none. */
    public int pageOf(String needle) {
        String n = flat(needle);
        for (int i = 0; i < pages.size(); i++) {
            if (flat(pages.get(i)).contains(n)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Lines of page {@code n}, top to bottom. */
    public List<Line> lines(int n) {
        List<Glyph> on = glyphs.stream().filter(g -> g.page() == n)
                .sorted(Comparator.comparingDouble(Glyph::baseline)).toList();
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float base = Float.NaN;
        for (Glyph g : on) {
            if (!current.isEmpty() && Math.abs(g.baseline() - base) > 1f) {
                lines.add(line(n, base, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                base = g.baseline();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(n, base, current));
        }
        return lines;
    }

    private static Line line(int page, float baseline, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        return new Line(page, baseline, sorted);
    }

    /**
     * Text as a reader sees it regardless of line breaks: compatibility-normalised (a
     * ligature glyph reads as its letters) with all whitespace removed.
     */
    public static String flat(String s) {
        // French prints the typographic apostrophe for a typed one: a search finds either.
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").replace('\u2019', '\'');
    }

    /**
     * Fails unless every needle occurs in the document's body (page furniture left out, so a step
     * that continues on the next page reads whole), each after the previous one.
     */
    public void assertInOrder(List<String> needles) {
        String hay = flat(String.join("\n", bodies));
        int at = 0;
        for (String needle : needles) {
            int found = hay.indexOf(flat(needle), at);
            if (found < 0) {
                boolean anywhere = hay.contains(flat(needle));
                fail((anywhere ? "out of order: " : "missing: ") + needle);
            }
            at = found + flat(needle).length();
        }
    }

    /** Collects glyphs and page text; with {@code bodyOnly}, leaves artifacts (page furniture) out. */
    private static final class Collector extends PDFTextStripper {
        final List<Glyph> glyphs = new ArrayList<>();
        private final boolean bodyOnly;
        private final java.util.ArrayDeque<Boolean> marked = new java.util.ArrayDeque<>();

        Collector(boolean bodyOnly) throws IOException {
            this.bodyOnly = bodyOnly;
            setSortByPosition(false);
            // The text stripper does not follow marked content by itself.
            addOperator(new org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.markedcontent
                    .BeginMarkedContentSequenceWithProperties(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence(this));
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, org.apache.pdfbox.cos.COSDictionary properties) {
            marked.push(COSName.ARTIFACT.equals(tag) || !marked.isEmpty() && marked.peek());
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            marked.poll();
            super.endMarkedContentSequence();
        }

        private boolean inArtifact() {
            return !marked.isEmpty() && marked.peek();
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            boolean artifact = inArtifact();
            if (bodyOnly && artifact) {
                return;
            }
            super.processTextPosition(t);
            PDFontDescriptor fd = t.getFont().getFontDescriptor();
            float size = t.getXScale(); // as set, not rounded to whole points like getFontSizeInPt()
            float ascent = fd == null ? 0.8f : fd.getAscent() / 1000f;
            float descent = fd == null ? 0.2f : -fd.getDescent() / 1000f;
            float base = t.getYDirAdj();
            glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj(), base,
                    base - ascent * size, base + descent * size, t.getFont().getName(), size, artifact));
        }
    }

    /** Records where each painted path and image sits on the page. */
    private static final class Painter extends PDFGraphicsStreamEngine {
        private final int page;
        private final float height;
        private final List<Shape> out;
        private float minY = Float.MAX_VALUE;
        private float maxY = -Float.MAX_VALUE;
        private float minX = Float.MAX_VALUE;
        private float maxX = -Float.MAX_VALUE;
        private final Point2D.Float current = new Point2D.Float();

        Painter(PDPage pdPage, int page, List<Shape> out) {
            super(pdPage);
            this.page = page;
            this.height = pdPage.getMediaBox().getHeight();
            this.out = out;
        }

        private void see(double x, double y) {
            minX = Math.min(minX, (float) x);
            maxX = Math.max(maxX, (float) x);
            minY = Math.min(minY, (float) y);
            maxY = Math.max(maxY, (float) y);
        }

        private void paint(boolean stroked) {
            if (minY <= maxY) {
                out.add(new Shape(page, height - maxY, height - minY, minX, maxX, stroked));
            }
            forget();
        }

        private void forget() {
            minY = Float.MAX_VALUE;
            maxY = -Float.MAX_VALUE;
            minX = Float.MAX_VALUE;
            maxX = -Float.MAX_VALUE;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            see(p0.getX(), p0.getY());
            see(p1.getX(), p1.getY());
            see(p2.getX(), p2.getY());
            see(p3.getX(), p3.getY());
        }

        @Override
        public void drawImage(PDImage pdImage) {
            var m = getGraphicsState().getCurrentTransformationMatrix();
            see(m.getTranslateX(), m.getTranslateY());
            see(m.getTranslateX() + m.getScalingFactorX(), m.getTranslateY() + m.getScalingFactorY());
            paint(false);
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            current.setLocation(x, y);
            see(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            current.setLocation(x, y);
            see(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current.setLocation(x3, y3);
            see(x1, y1);
            see(x2, y2);
            see(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            forget();
        }

        @Override
        public void strokePath() {
            paint(true);
        }

        @Override
        public void fillPath(int windingRule) {
            paint(false);
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            paint(true);
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
