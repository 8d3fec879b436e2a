package org.hep.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.hep.io.FileIdentity;
import org.hep.layout.Op;
import org.hep.layout.Page;
import org.hep.layout.PagedHandout;
import org.hep.layout.Struct;
import org.hep.model.SafeText;
import org.hep.picture.PictureCache;
import org.hep.picture.PictureEncoder;

/**
 * Draws a laid-out handout with PDFBox as a tagged PDF/UA-1 and PDF/A-2b document: every
 * op is either marked content of a structure element or an artifact, fonts are embedded
 * subsets, and nothing depends on the clock, so the same input gives the same bytes.
 */
public final class PdfRenderer {
    private static final String PRODUCER = "hep";
    /**
     * hep's own sRGB profile (see SrgbProfileBuilder in the tests for where its bytes come from):
     * the JDK's differs between builds, so handouts would differ between JDK 17 and 25.
     */
    private static final byte[] SRGB = srgbProfile();
    /** The same in every handout, so compressed once. */
    private static final byte[] SRGB_COMPRESSED = Zlib.deflate(SRGB, SRGB.length, 6);

    static {
        // What PDFBox still compresses itself (pictures, the figure sheet) at zlib's usual level 6,
        // as hep's own compressor does page content and object streams (Zlib, PdfFile): PDFBox's
        // only knob is this property, read at each stream. Level 9 made handouts 0.4% smaller but
        // cost a sixth of a batch's CPU time, nearly all of it in deflate's longer match search.
        if (System.getProperty("org.apache.pdfbox.filter.deflatelevel") == null) {
            System.setProperty("org.apache.pdfbox.filter.deflatelevel", "6");
        }
    }

    /** Pages' content at zlib's usual level; see {@link PdfFile} for the object stream's. */
    private static final int CONTENT_LEVEL = 6;

    private final PagedHandout handout;
    private final FontSet fontSet;
    private final LocalDate date;
    private final StructureTree tree;
    private final Map<String, PDImageXObject> images = new HashMap<>();
    private FigureForms figures;

    private PdfRenderer(PagedHandout handout, FontSet fontSet, LocalDate date) {
        this.handout = handout;
        this.fontSet = fontSet;
        this.date = date;
        this.tree = new StructureTree(handout.structure());
    }

    private static byte[] srgbProfile() {
        try (java.io.InputStream in = org.hep.resource.BuiltInResource.open("/hep/color/srgb.icc")) {
            if (in == null) {
                throw new IllegalStateException("built-in colour profile missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in colour profile", e);
        }
    }

    /** The finished PDF. {@code date} is the handout date, also used for the document dates. */
    public static byte[] render(PagedHandout handout, FontSet fonts, LocalDate date) {
        try {
            return new PdfRenderer(handout, fonts, date).write();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the PDF: " + e.getMessage(), e);
        }
    }

    private byte[] write() throws IOException {
        try (PdfDocument doc = new PdfDocument()) {
            TextShower fonts = new TextShower(doc, fontSet);
            figures = new FigureForms(doc);
            for (Page page : handout.pages()) {
                for (Op op : page.ops()) {
                    if (op instanceof Op.Text t && !t.text().isEmpty()) {
                        fonts.use(t.text(), t.face());
                    }
                }
            }
            fonts.embed();
            for (Page page : handout.pages()) {
                drawPage(doc, page, fonts);
            }
            fonts.finish();
            tree.write(doc);
            metadata(doc);
            return PdfFile.write(doc, documentId());
        }
    }

    private void drawPage(PdfDocument doc, Page page, TextShower fonts) throws IOException {
        PDPage pd = new PDPage(new PDRectangle(handout.pageWidth(), handout.pageHeight()));
        int index = tree.addPage(pd);
        pd.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        doc.addPage(pd);
        float h = handout.pageHeight();
        // Drawn into a plain buffer that takes no lock per byte (PDFBox writes names a byte at a time) and
        // compressed below by a compressor the thread keeps. Pictures drawn are added to the page's resources.
        PDResources resources = new PDResources();
        pd.setResources(resources);
        PdfBytes content = new PdfBytes(16 * 1024);
        try (PageWriter w = new PageWriter(content, resources.getCOSObject())) {
            Op previous = null;
            int[] at = null;
            for (Op op : page.ops()) {
                Struct.Mark mark = op.mark();
                if (!sameSequence(previous, op)) {
                    boolean textual = op instanceof Op.Text;
                    if (mark == null) {
                        w.beginArtifact(textual);
                    } else {
                        at = tree.newSequence(index);
                        w.beginTagged(mark.owner().role(), at[1], textual);
                    }
                }
                if (mark != null) {
                    tree.place(mark, at);
                }
                draw(doc, w, op, h, fonts);
                previous = op;
            }
        }
        pd.getCOSObject().setItem(COSName.CONTENTS,
                compressed(doc, Zlib.deflate(content.buf, content.count, CONTENT_LEVEL)));
    }

    /**
     * Whether {@code op} can go on in the marked-content sequence of {@code previous}: both
     * text or both not, and both decoration or both the next pieces of one structure element
     * with nothing between them in reading order. One sequence then stands for both, with one
     * id and one reference.
     */
    private boolean sameSequence(Op previous, Op op) {
        if (previous == null || (previous instanceof Op.Text) != (op instanceof Op.Text)) {
            return false;
        }
        Struct.Mark a = previous.mark();
        Struct.Mark b = op.mark();
        if (a == null || b == null) {
            return a == b;
        }
        return tree.nextTo(a, b);
    }

    private void draw(PdfDocument doc, PageWriter w, Op op, float h, TextShower fonts)
            throws IOException {
        if (op instanceof Op.Text t) {
            if (t.text().isEmpty()) {
                return;
            }
            w.fill(t.color());
            w.moveText(t.x(), h - t.baseline(), fontSet.slanted(t.face()));
            fonts.show(w, t.text(), t.face(), t.size());
            return;
        }
        if (op instanceof Op.Rect r) {
            // Colours first: nothing may come between building a path and painting it.
            if (r.fill() != null) {
                w.fill(r.fill());
            }
            if (r.stroke() != null) {
                w.stroke(r.stroke(), r.lineWidth());
            }
            String paint = r.fill() != null ? (r.stroke() != null ? "B" : "f") : r.stroke() != null ? "S" : "n";
            w.box(r.x(), h - r.y() - r.h(), r.w(), r.h(), r.radius(), paint);
        } else if (op instanceof Op.Polygon g) {
            if (g.fill() != null) {
                w.fill(g.fill());
            }
            if (g.stroke() != null) {
                w.stroke(g.stroke(), g.lineWidth());
            }
            float[] xs = g.xs();
            float[] ys = g.ys();
            w.moveTo(xs[0], h - ys[0]);
            for (int i = 1; i < xs.length; i++) {
                w.lineTo(xs[i], h - ys[i]);
            }
            String paint = g.fill() != null ? (g.stroke() != null ? "b" : "f") : g.stroke() != null ? "s" : "n";
            w.paint(paint);
        } else if (op instanceof Op.Line l) {
            w.stroke(l.color(), l.width());
            w.segment(l.x1(), h - l.y1(), l.x2(), h - l.y2());
            w.paint("S"); // as PDFBox's stroke writes it; a line is never drawn inside text
        } else if (op instanceof Op.Picture p) {
            w.cs().drawImage(image(doc, p.path(), p.w(), p.h()), p.x(), h - p.y() - p.h(), p.w(), p.h());
            bounds(p.mark(), new PDRectangle(p.x(), h - p.y() - p.h(), p.w(), p.h()));
        } else if (op instanceof Op.Figure f) {
            figures.show(w, f, h);
            bounds(f.mark(), new PDRectangle(f.x(), h - f.y() - f.h(), f.w(), f.h()));
        } else if (op instanceof Op.Qr q) {
            qr(w, q, h);
            bounds(q.mark(), new PDRectangle(q.x(), h - q.y() - q.size(), q.size(), q.size()));
        }
    }

    private void bounds(Struct.Mark mark, PDRectangle box) {
        tree.bounds(mark, box);
    }

    /** Dark modules as filled rectangles, one per horizontal run, in black. */
    private static void qr(PageWriter w, Op.Qr q, float h) throws IOException {
        boolean[][] m = q.modules();
        float cell = q.size() / m.length;
        w.fill(0x000000);
        for (int row = 0; row < m.length; row++) {
            int col = 0;
            while (col < m[row].length) {
                if (!m[row][col]) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m[row].length && m[row][col]) {
                    col++;
                }
                w.cs().addRect(q.x() + start * cell, h - q.y() - (row + 1) * cell, (col - start) * cell, cell);
            }
        }
        w.cs().fill();
    }

    /** The picture at 300 dpi for the size it is drawn; one XObject per file and size in a document. */
    private PDImageXObject image(PdfDocument doc, Path path, float w, float h) throws IOException {
        int maxW = PictureEncoder.pixelsFor(w);
        int maxH = PictureEncoder.pixelsFor(h);
        // By the file itself: one picture named through many links is stored once.
        String key = FileIdentity.of(path) + "@" + maxW + "x" + maxH;
        PDImageXObject img = images.get(key);
        if (img == null) {
            PictureEncoder.Encoded e = PictureCache.get(path, maxW, maxH);
            img = e.jpeg() != null ? JPEGFactory.createFromByteArray(doc.forPictures(), e.jpeg())
                    : LosslessFactory.createFromImage(doc.forPictures(), e.lossless());
            images.put(key, img);
        }
        return img;
    }

    // ---- document metadata -------------------------------------------------------------

    private void metadata(PdfDocument doc) throws IOException {
        COSDictionary catalog = doc.catalog();
        catalog.setString(COSName.LANG, handout.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setItem(COSName.VIEWER_PREFERENCES, prefs);

        OffsetDateTime when = date.atStartOfDay().atOffset(ZoneOffset.UTC);
        // Written as PDF's date string: a Calendar would set up Java's calendar data at start
        // (and String.format parses its pattern at every call).
        String pdfDate = "D:" + digits(date.getYear(), 4) + digits(date.getMonthValue(), 2)
                + digits(date.getDayOfMonth(), 2) + "000000+00'00'";
        // Info and XMP must say the same (PDF/A), and XMP cannot hold controls or non-characters.
        String title = SafeText.strip(handout.title());
        String author = SafeText.strip(handout.author());
        String subject = SafeText.strip(handout.subject());
        List<String> keywords = new java.util.ArrayList<>();
        for (String k : handout.keywords()) {
            keywords.add(SafeText.strip(k));
        }
        PDDocumentInformation info = new PDDocumentInformation(doc.info());
        info.setTitle(title);
        if (author != null) {
            info.setAuthor(author);
        }
        if (subject != null) {
            info.setSubject(subject);
        }
        if (!keywords.isEmpty()) {
            info.setKeywords(String.join(", ", keywords));
        }
        info.setCreator("hep");
        info.setProducer(PRODUCER);
        info.getCOSObject().setString(COSName.CREATION_DATE, pdfDate);
        info.getCOSObject().setString(COSName.MOD_DATE, pdfDate);

        // Compressed: PDF/A-2 allows filters on the metadata stream (only PDF/A-1 forbade them).
        byte[] xmp = Xmp.packet(title, author, subject, keywords, handout.language(), when, PRODUCER)
                .getBytes(StandardCharsets.UTF_8);
        COSStream packet = compressed(doc, Zlib.deflateRemembered(xmp, xmp.length, CONTENT_LEVEL));
        packet.setItem(COSName.TYPE, COSName.METADATA);
        packet.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        catalog.setItem(COSName.METADATA, new PDMetadata(packet));

        // Built by hand: PDOutputIntent(doc, stream) re-serialises the profile through the JDK's
        // colour engine, whose bytes differ between JDK builds.
        COSDictionary intentDict = new COSDictionary();
        intentDict.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intentDict.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
        COSStream profile = compressed(doc, SRGB_COMPRESSED);
        profile.setInt(COSName.N, 3);
        intentDict.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        PDOutputIntent intent = new PDOutputIntent(intentDict);
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.addOutputIntent(intent.getCOSObject());
    }

    /** {@code value} with leading zeros to {@code width} digits. */
    private static String digits(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** A new stream holding bytes already Flate-compressed. */
    private static COSStream compressed(PdfDocument doc, byte[] flate) throws IOException {
        COSStream stream = doc.stream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(flate);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    /** A stable /ID from what the pages say, instead of PDFBox's clock-seeded default. */
    private long documentId() {
        CRC32 crc = new CRC32();
        crc.update(handout.title().getBytes(StandardCharsets.UTF_8));
        for (Page p : handout.pages()) {
            for (Op op : p.ops()) {
                if (op instanceof Op.Text t) {
                    crc.update(t.text().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        crc.update(date.toString().getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
