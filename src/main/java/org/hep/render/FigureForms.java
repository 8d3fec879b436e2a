package org.hep.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.hep.figure.Drawing;
import org.hep.figure.Palette;
import org.hep.figure.Shape;
import org.hep.layout.Op;

/**
 * A document's figures as form XObjects: each figure is drawn once, at its size, into its own
 * compressed content stream, and every page that shows it says only where. A batch shows the
 * same few figures in every handout, and drawing their paths and compressing them with each
 * page's text was about a tenth of its time; the compressed streams are kept across handouts
 * (a bounded number), so a batch draws and compresses each figure once; the built-in figures'
 * forms come drawn from the jar ({@link PackedForms}) at the sizes the built-in templates print them.
 */
final class FigureForms {
    private static final int MAX = 128;

    /**
     * A figure at one size in one accent. The drawing's shapes and bounds are compared by
     * identity: drawings are remembered by figure (see {@code Scene}), so the same figure keeps
     * the same shapes, and hashing every point of a figure would cost what drawing it does.
     */
    private static final class Key {
        final List<Shape> shapes;
        final double[] bounds;
        final float w;
        final float h;
        final int accent;

        Key(Op.Figure f) {
            this.shapes = f.drawing().shapes();
            this.bounds = f.drawing().bounds();
            this.w = f.w();
            this.h = f.h();
            this.accent = f.accent();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.shapes == shapes && k.bounds == bounds && Float.compare(k.w, w) == 0
                    && Float.compare(k.h, h) == 0 && k.accent == accent;
        }

        @Override
        public int hashCode() {
            int r = System.identityHashCode(shapes);
            r = 31 * r + System.identityHashCode(bounds);
            r = 31 * r + Float.hashCode(w);
            r = 31 * r + Float.hashCode(h);
            return 31 * r + accent;
        }
    }

    /** Compressed content of the figures drawn already, shared by all threads. */
    private static final Map<Key, byte[]> DRAWN = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > MAX;
        }
    };

    private final PdfDocument doc;
    /** This document's forms, so a figure shown twice is stored once. */
    private final Map<Key, COSStream> forms = new HashMap<>();
    private final Map<COSStream, COSName> names = new HashMap<>();

    FigureForms(PdfDocument doc) {
        this.doc = doc;
    }

    /** Shows figure {@code f} on the page of {@code w}, whose height is {@code pageHeight}. */
    void show(PageWriter w, Op.Figure f, float pageHeight) throws IOException {
        Key key = new Key(f);
        COSStream form = forms.get(key);
        if (form == null) {
            form = form(key, f);
            forms.put(key, form);
            names.put(form, COSName.getPDFName("Fg" + (names.size() + 1)));
        }
        w.form(names.get(form), form, f.x(), pageHeight - f.y() - f.h());
    }

    private COSStream form(Key key, Op.Figure f) throws IOException {
        byte[] compressed;
        synchronized (DRAWN) {
            compressed = DRAWN.get(key);
        }
        if (compressed == null) {
            String packed = f.drawing().packed();
            if (packed != null && !PackedForms.recording()) {
                compressed = PackedForms.read(packed, f.w(), f.h(), f.accent());
            }
            if (compressed == null) {
                compressed = draw(f);
                if (packed != null) {
                    PackedForms.add(packed, f.w(), f.h(), f.accent(), compressed);
                }
            }
            synchronized (DRAWN) {
                DRAWN.put(key, compressed);
            }
        }
        COSStream stream = doc.stream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(compressed);
        }
        stream.setItem(COSName.TYPE, COSName.XOBJECT);
        stream.setItem(COSName.SUBTYPE, COSName.FORM);
        // The figure fills its box from the origin; the bounding box leaves room all round for
        // strokes and arrows that reach past it, as the page did when the figure was drawn on it.
        int margin = (int) Math.ceil(Math.max(f.w(), f.h()));
        COSArray box = new COSArray();
        box.add(COSInteger.get(-margin));
        box.add(COSInteger.get(-margin));
        box.add(COSInteger.get((int) Math.ceil(f.w()) + margin));
        box.add(COSInteger.get((int) Math.ceil(f.h()) + margin));
        stream.setItem(COSName.BBOX, box);
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    /** The figure's paths at the origin, compressed as PDFBox compresses every stream. */
    static byte[] draw(Op.Figure f) throws IOException {
        PdfBytes raw = new PdfBytes(8 * 1024);
        try (PageWriter w = new PageWriter(raw, new COSDictionary())) {
            Drawing.Placed placed = f.drawing().place(0, 0, f.w(), f.h());
            FigurePainter.draw(w, placed, new Palette(f.accent()), f.h());
        }
        COSStream scratch = new COSStream();
        try (OutputStream out = scratch.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(raw.buf, 0, raw.count);
        }
        try (InputStream in = scratch.createRawInputStream()) {
            return in.readAllBytes();
        } finally {
            scratch.close();
        }
    }
}
