package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** What the file writer writes is what a PDF reader reads back, object for object. */
class PdfFileTest {
    private static final COSName SHARED = COSName.getPDFName("Shared");
    private static final COSName AGAIN = COSName.getPDFName("Again");
    private static final COSName ODD = COSName.getPDFName("A name (with) #odd/ bytes é");

    @Test
    void objectsValuesAndStreamsReadBackAsWritten() throws IOException {
        byte[] file;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSDictionary shared = new COSDictionary(); // not direct: an object of its own, reached twice
            shared.setItem(ODD, COSName.getPDFName("x/y"));
            shared.setString(COSName.T, "a (string) with \\ and ü");
            COSArray values = new COSArray();
            values.add(COSInteger.get(-42));
            values.add(new COSFloat(0.25f));
            values.add(COSNull.NULL);
            values.add(COSName.getPDFName("N"));
            values.add(COSInteger.get(7));
            shared.setItem(COSName.K, values);
            page.getCOSObject().setItem(SHARED, shared);
            page.getCOSObject().setItem(AGAIN, shared);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write("BT ET".getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            doc.getDocumentInformation().setTitle("Title");
            file = PdfFile.write(doc, 1234);
        }
        try (PDDocument read = Loader.loadPDF(file)) {
            COSDictionary page = read.getPage(0).getCOSObject();
            assertTrue(page.getItem(SHARED) instanceof COSObject, "a dictionary not marked direct stands alone");
            COSDictionary shared = page.getCOSDictionary(SHARED);
            assertSame(shared, page.getCOSDictionary(AGAIN), "one object, referred to twice");
            assertEquals("x/y", shared.getCOSName(ODD).getName());
            assertEquals("a (string) with \\ and ü", shared.getString(COSName.T));
            COSArray values = shared.getCOSArray(COSName.K);
            assertEquals(-42, values.getInt(0));
            assertEquals(0.25f, ((COSFloat) values.getObject(1)).floatValue());
            assertNull(values.getObject(2));
            assertEquals("N", values.getName(3));
            assertEquals(7, values.getInt(4));
            assertEquals("BT ET", new String(read.getPage(0).getContents().readAllBytes(), StandardCharsets.US_ASCII));
            assertEquals("Title", read.getDocumentInformation().getTitle());
            assertEquals(2, read.getDocument().getDocumentID().size());
        }
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws IOException {
        assertArrayEquals(small(), small());
    }

    private static byte[] small() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            return PdfFile.write(doc, 99);
        }
    }
}
