package org.hep.render.fontbuild;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Build step: cuts DejaVu Sans down to the scripts hep prints ({@link SupportedScripts}) and
 * drops its hinting ({@link Unhinted}), so the jar carries two small faces instead of two
 * 0.7 MB ones (italics are the book face drawn slanted, not a face of their own). Each handout
 * then parses fewer glyphs and embeds smaller subsets, while every kept glyph keeps its outline
 * and advance width, so layout and rendering are unchanged.
 * <p>Usage: {@code FontPreSubset SOURCE_DIR TARGET_DIR} (the DejaVu files in, the faces out).
 */
public final class FontPreSubset {
    /** Source file, target file, style and PostScript name of each face. */
    private static final String[][] FACES = {
        {"DejaVuSans.ttf", "HepSans.ttf", "Book", "HepSans"},
        {"DejaVuSans-Bold.ttf", "HepSans-Bold.ttf", "Bold", "HepSans-Bold"},
    };
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "post");

    private FontPreSubset() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        for (String[] face : FACES) {
            byte[] font = preSubset(Files.readAllBytes(source.resolve(face[0])), face[2], face[3]);
            Files.write(target.resolve(face[1]), font);
        }
    }

    static byte[] preSubset(byte[] original, String style, String postScript) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(original));
        TTFSubsetter subsetter = new TTFSubsetter(ttf, KEPT_TABLES);
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        int first = -1;
        int last = -1;
        for (int cp = 0; cp <= 0xFFFF; cp++) {
            if (SupportedScripts.contains(cp) && cmap.getGlyphId(cp) != 0) {
                subsetter.add(cp);
                first = first < 0 ? cp : first;
                last = cp;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        SfntTables font = SfntTables.read(out.toByteArray());
        Unhinted.strip(font);
        font.tables.put("name", FontNames.table(ttf.getNaming(), "Hep Sans", style, postScript));
        font.tables.put("OS/2", os2(ttf, first, last));
        int glyphs = ByteBuffer.wrap(font.tables.get("maxp")).getShort(4) & 0xffff;
        font.tables.put("post", postWithoutNames(font.tables.get("post"), glyphs));
        return font.write();
    }

    /**
     * The post table without glyph names, which neither layout nor the PDF uses: version 2
     * with every glyph pointing at the standard name ".notdef" (version 3 would be shorter,
     * but FontBox's own subsetter cannot copy a font without names).
     */
    private static byte[] postWithoutNames(byte[] post, int glyphs) {
        ByteBuffer b = ByteBuffer.allocate(34 + 2 * glyphs);
        b.put(post, 0, 32).putShort((short) glyphs);
        return b.array();
    }

    /** The original OS/2 table whole (the subsetter writes only its first version), with the new character range. */
    private static byte[] os2(TrueTypeFont ttf, int first, int last) throws IOException {
        byte[] table = ttf.getTableBytes(ttf.getTableMap().get("OS/2"));
        ByteBuffer.wrap(table).putShort(64, (short) first).putShort(66, (short) last);
        return table;
    }
}
