package org.hep.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a new document's objects as a PDF 1.7 file: every object that is not a stream (but
 * the catalog) goes into one compressed object stream, streams keep the bytes they were made
 * with, and a compressed cross-reference stream ends the file. PDFBox's own writer does the
 * same with far more bookkeeping (it can also sign, encrypt and update files in place), which
 * was a fifth of a batch's time for some 400 small objects per handout.
 *
 * <p>Which objects stand alone follows PDFBox's rule: streams, and dictionaries and arrays not
 * marked direct; a reference ({@link COSObject}) always points to an object of its own.
 */
final class PdfFile {
    /** After the header, a comment of bytes above 127, so tools take the file as binary (PDF/A). */
    private static final byte[] BINARY = {'%', (byte) 0xF6, (byte) 0xE4, (byte) 0xFC, (byte) 0xDF, '\n'};

    /**
     * The object stream at zlib's usual level. The cross-reference stream at the fastest, which
     * also packs its fixed-width rows a little smaller than level 6 does.
     */
    private static final int OBJECTS_LEVEL = 6;

    private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    private final List<COSBase> objects = new ArrayList<>();
    private final ArrayDeque<COSBase> toVisit = new ArrayDeque<>();
    private final PdfBytes out = new PdfBytes(64 * 1024);
    private PdfFile() {
    }

    /**
     * The whole file. {@code id} seeds the file identifier, so the same document gives the same
     * bytes.
     */
    static byte[] write(PdfDocument doc, long id) throws IOException {
        return new PdfFile().file(doc.trailer(), PdfDocument.VERSION, id);
    }

    /** The same for a PDFBox document. */
    static byte[] write(PDDocument doc, long id) throws IOException {
        return new PdfFile().file(doc.getDocument().getTrailer(), String.valueOf(doc.getVersion()), id);
    }

    private byte[] file(COSDictionary trailer, String version, long id) throws IOException {
        COSDictionary root = trailer.getCOSDictionary(COSName.ROOT);
        COSDictionary info = trailer.getCOSDictionary(COSName.INFO);
        number(root);
        if (info != null) {
            number(info);
        }
        while (!toVisit.isEmpty()) {
            visit(toVisit.poll());
        }

        out.usAscii("%PDF-").usAscii(version).write('\n');
        out.write(BINARY);

        int count = objects.size();
        long[] offsets = new long[count + 3]; // by object number; 0 is the free head
        int[] inStream = new int[count + 3];  // index in the object stream, or -1 for a file-level object
        PdfBytes packed = new PdfBytes(32 * 1024);
        PdfBytes header = new PdfBytes(2 * 1024);
        int packedCount = 0;
        for (int i = 0; i < count; i++) {
            COSBase object = objects.get(i);
            int n = i + 1;
            if (object instanceof COSStream || object == root) {
                inStream[n] = -1;
                continue;
            }
            header.number(n).write(' ').number(packed.size()).write(' ');
            inStream[n] = packedCount++;
            value(packed, object, true);
            packed.write('\n');
            packed.spaced = false;
        }
        int objectStream = count + 1;
        int xref = count + 2;
        for (int i = 0; i < count; i++) {
            COSBase object = objects.get(i);
            int n = i + 1;
            if (inStream[n] != -1) {
                continue;
            }
            offsets[n] = out.size();
            out.number(n).usAscii(" 0 obj\n");
            out.spaced = false;
            if (object instanceof COSStream stream) {
                stream(stream);
            } else {
                value(out, object, true);
            }
            out.usAscii("\nendobj\n");
        }

        header.write(packed.buf, 0, packed.count);
        byte[] packedBytes = Zlib.deflateRemembered(header.buf, header.count, OBJECTS_LEVEL);
        offsets[objectStream] = out.size();
        inStream[objectStream] = -1;
        out.number(objectStream).usAscii(" 0 obj\n<</Type/ObjStm/N ").number(packedCount)
                .usAscii("/First ").number(header.size() - packed.size()).usAscii("/Filter/FlateDecode/Length ")
                .number(packedBytes.length).usAscii(">>stream\n");
        out.write(packedBytes);
        out.usAscii("\nendstream\nendobj\n");

        offsets[xref] = out.size();
        inStream[xref] = -1;
        int size = xref + 1;
        int offsetBytes = bytesFor(offsets[xref]);
        PdfBytes table = new PdfBytes(size * (1 + offsetBytes + 2));
        table.put(0).fixed(0, offsetBytes).fixed(0xFFFF, 2);
        for (int n = 1; n < size; n++) {
            if (inStream[n] == -1) {
                table.put(1).fixed(offsets[n], offsetBytes).fixed(0, 2);
            } else {
                table.put(2).fixed(objectStream, offsetBytes).fixed(inStream[n], 2);
            }
        }
        byte[] tableBytes = Zlib.deflate(table.buf, table.count, Deflater.BEST_SPEED);
        byte[] fileId = fileId(id);
        out.number(xref).usAscii(" 0 obj\n<</Type/XRef/Size ").number(size).usAscii("/W[1 ").number(offsetBytes)
                .usAscii(" 2]/Root ").number(numbers.get(root)).usAscii(" 0 R");
        if (info != null) {
            out.usAscii("/Info ").number(numbers.get(info)).usAscii(" 0 R");
        }
        out.usAscii("/ID[");
        COSWriter.writeString(fileId, out);
        COSWriter.writeString(fileId, out);
        out.usAscii("]/Filter/FlateDecode/Length ").number(tableBytes.length).usAscii(">>stream\n");
        out.write(tableBytes);
        out.usAscii("\nendstream\nendobj\nstartxref\n").number(offsets[xref]).usAscii("\n%%EOF\n");
        return out.toByteArray();
    }

    // ---- which objects stand alone, numbered in the order they are first reached ------------

    /** The object's number, giving it one (and queueing it to visit) when it has none yet. */
    private int number(COSBase object) {
        Integer known = numbers.get(object);
        if (known != null) {
            return known;
        }
        objects.add(object);
        int n = objects.size();
        numbers.put(object, n);
        toVisit.add(object);
        return n;
    }

    private static boolean standsAlone(COSBase value) {
        return value instanceof COSStream
                || (value instanceof COSDictionary || value instanceof COSArray) && !value.isDirect();
    }

    /** Numbers every object {@code object} refers to, directly or through direct containers. */
    private void visit(COSBase object) {
        if (object instanceof COSDictionary dict) {
            for (COSBase v : dict.getValues()) {
                reach(v);
            }
        } else if (object instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                reach(array.get(i));
            }
        }
    }

    private void reach(COSBase value) {
        if (value instanceof COSObject ref) {
            COSBase target = ref.getObject();
            if (target != null) {
                number(target);
            }
        } else if (standsAlone(value)) {
            number(value);
        } else if (value instanceof COSDictionary || value instanceof COSArray) {
            visit(value);
        }
    }

    // ---- writing -------------------------------------------------------------------------

    private void stream(COSStream stream) throws IOException {
        byte[] data;
        try (InputStream in = stream.createRawInputStream()) {
            data = in.readAllBytes();
        }
        out.write('<').write('<');
        out.spaced = false;
        for (Map.Entry<COSName, COSBase> e : stream.entrySet()) {
            if (e.getValue() != null && !COSName.LENGTH.equals(e.getKey())) {
                name(out, e.getKey());
                value(out, e.getValue(), false);
            }
        }
        out.usAscii("/Length ").number(data.length).usAscii(">>stream\n");
        out.write(data);
        out.usAscii("\nendstream");
    }

    /**
     * Writes {@code value}: as a reference when it stands alone (unless {@code self}, the object
     * being written), else in full. A space goes between two tokens only where PDF needs one.
     */
    private void value(PdfBytes b, COSBase value, boolean self) throws IOException {
        if (value instanceof COSObject ref) {
            COSBase target = ref.getObject();
            if (target == null) {
                b.token().usAscii("null");
            } else {
                reference(b, target);
            }
            return;
        }
        if (!self && standsAlone(value)) {
            reference(b, value);
        } else if (value instanceof COSName name) {
            name(b, name);
        } else if (value instanceof COSInteger i) {
            b.token().number(i.longValue());
        } else if (value instanceof COSDictionary dict) {
            b.write('<').write('<');
            b.spaced = false;
            for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
                if (e.getValue() != null) {
                    name(b, e.getKey());
                    value(b, e.getValue(), false);
                }
            }
            b.write('>').write('>');
            b.spaced = false;
        } else if (value instanceof COSArray array) {
            b.write('[');
            b.spaced = false;
            for (int i = 0; i < array.size(); i++) {
                COSBase item = array.get(i);
                if (item == null) {
                    b.token().usAscii("null");
                } else {
                    value(b, item, false);
                }
            }
            b.write(']');
            b.spaced = false;
        } else if (value instanceof COSString s) {
            COSWriter.writeString(s, b);
            b.spaced = false;
        } else if (value instanceof COSFloat f) {
            b.token();
            f.writePDF(b);
            b.spaced = true;
        } else if (value instanceof COSBoolean bool) {
            b.token().usAscii(bool.getValue() ? "true" : "false");
        } else if (value == null || value instanceof org.apache.pdfbox.cos.COSNull) {
            b.token().usAscii("null");
        } else {
            throw new IOException("cannot write a " + value.getClass().getSimpleName() + " in a PDF");
        }
    }

    private void reference(PdfBytes b, COSBase target) {
        Integer n = numbers.get(target);
        if (n == null) {
            throw new IllegalStateException("an object was reached while writing but not while numbering");
        }
        b.token().number(n).usAscii(" 0 R");
    }

    /**
     * Names as written, kept across handouts: a handout writes a few thousand names, nearly all
     * from the same few dozen, and spelling each again (PDFBox makes a string of its bytes for every
     * {@code getName}) was about a hundredth of a batch. Bounded: past the limit a name is spelled
     * and not kept. Shared by threads, as names are.
     */
    private static final int MAX_NAMES = 4096;
    private static final Map<COSName, byte[]> SPELLED = new java.util.concurrent.ConcurrentHashMap<>();

    private static void name(PdfBytes b, COSName name) {
        b.write(spelled(name));
        b.spaced = true;
    }

    /** The name's bytes as {@link #spell} writes them, kept; the array is shared, never to be changed. */
    static byte[] spelled(COSName name) {
        byte[] known = SPELLED.get(name);
        if (known == null) {
            PdfBytes one = new PdfBytes(name.getName().length() + 8);
            spell(one, name);
            known = one.toByteArray();
            if (SPELLED.size() < MAX_NAMES) {
                SPELLED.put(name, known);
            }
        }
        return known;
    }

    /** A name as PDF spells it: bytes outside the printable, non-delimiter ASCII as #xx. */
    static void spell(PdfBytes b, COSName name) {
        b.write('/');
        String s = name.getName();
        if (plain(s)) { // nearly every name: its characters are its bytes
            b.usAscii(s);
        } else {
            for (byte u : s.getBytes(StandardCharsets.UTF_8)) {
                int c = u & 0xff;
                if (regular(c)) {
                    b.write(c);
                } else {
                    b.hex(c);
                }
            }
        }
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!regular(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A printable ASCII character that is neither white space, a delimiter nor '#'. */
    private static boolean regular(int c) {
        return c > 32 && c < 127 && "#%()/<>[]{}".indexOf(c) < 0;
    }

    private static int bytesFor(long max) {
        int n = 1;
        while (max >= 1L << (8 * n)) {
            n++;
        }
        return n;
    }

    /** The file identifier: a digest of the document's own id, the same on every run. */
    private static byte[] fileId(long id) {
        return Md5.digest(Long.toString(id).getBytes(StandardCharsets.US_ASCII));
    }
}
