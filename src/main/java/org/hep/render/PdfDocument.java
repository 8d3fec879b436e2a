package org.hep.render;

import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A handout's object graph, built as PDFBox's {@code PDDocument} builds it (the same catalog,
 * page tree and information dictionary, keys in the same order) but without that class, whose
 * set-up starts AWT's toolkit (a colour conversion it warms up): a fifth of a one-off
 * handout's second thread. {@link PdfFile} writes the graph. A {@code PDDocument} is made only
 * for pictures, whose PDFBox factories need one.
 */
final class PdfDocument implements Closeable {
    static final String VERSION = "1.7";

    private final COSDocument cos = new COSDocument();
    private final COSDictionary trailer = new COSDictionary();
    private final COSDictionary catalog = new COSDictionary();
    private final COSDictionary pages = new COSDictionary();
    private PDDocument pictures;

    PdfDocument() {
        cos.setTrailer(trailer);
        cos.setVersion(Float.parseFloat(VERSION));
        trailer.setItem(COSName.ROOT, catalog);
        catalog.setItem(COSName.TYPE, COSName.CATALOG);
        // Header and catalog agree (PDFBox alone writes a 1.6 header with a 1.7 catalog entry).
        catalog.setName(COSName.VERSION, VERSION);
        catalog.setItem(COSName.PAGES, pages);
        pages.setItem(COSName.TYPE, COSName.PAGES);
        pages.setItem(COSName.KIDS, new COSArray());
        pages.setItem(COSName.COUNT, COSInteger.ZERO);
    }

    COSDictionary trailer() {
        return trailer;
    }

    COSDictionary catalog() {
        return catalog;
    }

    /** A new stream of this document. */
    COSStream stream() {
        return cos.createCOSStream();
    }

    /** Appends {@code page} to the page tree, as {@code PDPageTree.add} does. */
    void addPage(PDPage page) {
        COSDictionary node = page.getCOSObject();
        node.setItem(COSName.PARENT, pages);
        pages.getCOSArray(COSName.KIDS).add(node);
        pages.setInt(COSName.COUNT, pages.getInt(COSName.COUNT) + 1);
    }

    /** The information dictionary, made on first use. */
    COSDictionary info() {
        COSDictionary info = trailer.getCOSDictionary(COSName.INFO);
        if (info == null) {
            info = new COSDictionary();
            trailer.setItem(COSName.INFO, info);
        }
        return info;
    }

    /** Adds {@code intent} to the catalog's output intents. */
    void addOutputIntent(COSBase intent) {
        COSArray intents = catalog.getCOSArray(COSName.OUTPUT_INTENTS);
        if (intents == null) {
            intents = new COSArray();
            catalog.setItem(COSName.OUTPUT_INTENTS, intents);
        }
        intents.add(intent);
    }

    /** A PDFBox document for the picture factories; its streams are written with this document. */
    PDDocument forPictures() {
        if (pictures == null) {
            pictures = new PDDocument();
        }
        return pictures;
    }

    @Override
    public void close() throws IOException {
        try {
            cos.close();
        } finally {
            if (pictures != null) {
                pictures.close();
            }
        }
    }
}
