package org.hep.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.hep.layout.Face;

/**
 * A document's faces as Type 0 fonts holding exactly the characters it draws. The whole
 * handout is laid out before drawing, so the characters are known first ({@link #use}); each
 * face is then cut once ({@link #embed}) and text is written as the subset's glyph numbers.
 * PDFBox would instead build a width table for every glyph of the face on loading and cut
 * and compress it again at every save.
 */
final class FaceFonts {
    private static final byte[] ONE_BYTE_CMAP = deflate(ToUnicode.ONE_BYTE);
    /** A face in this document: its resource name, font dictionary and character ids. */
    record Embedded(COSName name, COSDictionary font, CidTable cids, boolean oneByte) {
    }

    private final PdfDocument doc;
    private final FontSet fontSet;
    private final Map<Face, BitSet> used = new EnumMap<>(Face.class);
    private final Map<Face, Embedded> embedded = new EnumMap<>(Face.class);
    private COSStream oneByte;

    FaceFonts(PdfDocument doc, FontSet fontSet) {
        this.doc = doc;
        this.fontSet = fontSet;
    }

    /** Notes characters {@code face} will draw; before {@link #embed}. Italics drawn with the book face note them there. */
    void use(Face face, String text) {
        face = fontSet.drawnWith(face);
        BitSet set = used.get(face);
        if (set == null) {
            set = new BitSet();
            used.put(face, set);
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            set.set(cp);
            i += Character.charCount(cp);
        }
    }

    /** Cuts every face used (or takes the cut from the cache) and makes its font objects. */
    void embed() throws IOException {
        for (Map.Entry<Face, BitSet> e : used.entrySet()) {
            FaceProgram program = fontSet.program(e.getKey());
            FaceSubset subset = fontSet.isBuiltIn() ? SubsetCache.builtIn(e.getKey(), program, e.getValue())
                    : FaceSubset.of(program, e.getValue());
            COSName name = COSName.getPDFName("T" + (embedded.size() + 1));
            embedded.put(e.getKey(), new Embedded(name, type0(program, subset), subset.cids(), subset.oneByte()));
        }
    }

    Embedded get(Face face) {
        Embedded e = embedded.get(fontSet.drawnWith(face));
        if (e == null) {
            throw new IllegalStateException("face drawn but not noted before embedding: " + face);
        }
        return e;
    }

    private COSDictionary type0(FaceProgram face, FaceSubset s) throws IOException {
        String base = s.tag() + "+" + face.postScriptName();
        COSStream program = stream(s.fontFile());
        program.setInt(COSName.LENGTH1, s.fontLength());
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        info.setDirect(true);
        COSArray widths = new COSArray();
        for (int w : s.widths()) {
            widths.add(COSInteger.get(w));
        }
        COSArray w = new COSArray();
        w.add(COSInteger.ZERO);
        w.add(widths);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, base);
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor(face, base, program));
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        cid.setItem(COSName.W, w);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, base);
        font.setItem(COSName.ENCODING, s.oneByte() ? oneByteCMap() : COSName.IDENTITY_H);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, stream(s.toUnicode()));
        return font;
    }

    private static byte[] deflate(String text) {
        try {
            return FaceSubset.deflate(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The metrics PDF asks of an embedded TrueType font, from the face's own tables. */
    private static COSDictionary descriptor(FaceProgram face, String name, COSStream program) {
        float scale = 1000f / face.unitsPerEm();
        int[] head = face.box();
        float ascent = face.ascender() * scale;
        float italicAngle = face.italicAngle();
        float capHeight = face.capHeight() * scale;
        COSArray box = new COSArray();
        for (int v : head) {
            box.add(COSInteger.get(Math.round(v * scale)));
        }
        COSDictionary fd = new COSDictionary();
        fd.setItem(COSName.TYPE, COSName.FONT_DESC);
        fd.setName(COSName.FONT_NAME, name);
        fd.setInt(COSName.FLAGS, italicAngle != 0 ? 4 | 64 : 4); // symbolic (glyph ids), italic
        fd.setItem(COSName.FONT_BBOX, box);
        fd.setItem(COSName.ITALIC_ANGLE, new COSFloat(italicAngle));
        fd.setInt(COSName.ASCENT, Math.round(ascent));
        fd.setInt(COSName.DESCENT, Math.round(face.descender() * scale));
        fd.setInt(COSName.CAP_HEIGHT, Math.round(capHeight));
        fd.setInt(COSName.STEM_V, Math.round((head[2] - head[0]) * scale * 0.13f));
        fd.setItem(COSName.FONT_FILE2, program);
        return fd;
    }

    /** The document's one-byte CMap, made on first use and shared by its faces. */
    private COSStream oneByteCMap() throws IOException {
        if (oneByte == null) {
            oneByte = stream(ONE_BYTE_CMAP);
            oneByte.setItem(COSName.TYPE, COSName.CMAP);
            oneByte.setName(COSName.CMAPNAME, ToUnicode.ONE_BYTE_NAME);
            COSDictionary info = new COSDictionary();
            info.setString(COSName.REGISTRY, "Adobe");
            info.setString(COSName.ORDERING, "Identity");
            info.setInt(COSName.SUPPLEMENT, 0);
            info.setDirect(true);
            oneByte.setItem(COSName.CIDSYSTEMINFO, info);
            oneByte.setInt(COSName.WMODE, 0);
        }
        return oneByte;
    }

    /** A stream of bytes that are already Flate-compressed. */
    private COSStream stream(byte[] compressed) throws IOException {
        COSStream stream = doc.stream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(compressed);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }
}
