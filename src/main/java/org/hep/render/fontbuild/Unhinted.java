package org.hep.render.fontbuild;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * Drops TrueType hinting: the instructions inside each glyph and the programs and tables
 * that run them (fpgm, prep, cvt, hdmx, LTSH, VDMX). PDF viewers and printers draw these
 * fonts at high resolution where hinting changes nothing, and every embedded subset would
 * otherwise carry the programs again. Outlines, metrics and glyph order stay as they were.
 */
final class Unhinted {
    private static final String[] HINTING_TABLES = {"fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "gasp"};
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    private Unhinted() {
    }

    /** Rewrites glyf, loca (long offsets, as written by the subsetter) and maxp in place. */
    static void strip(SfntTables font) {
        for (String tag : HINTING_TABLES) {
            font.tables.remove(tag);
        }
        ByteBuffer loca = ByteBuffer.wrap(font.tables.get("loca"));
        byte[] glyf = font.tables.get("glyf");
        int glyphs = loca.capacity() / 4 - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(glyf.length);
        ByteBuffer newLoca = ByteBuffer.allocate(loca.capacity());
        for (int g = 0; g < glyphs; g++) {
            newLoca.putInt(out.size());
            int start = loca.getInt(4 * g);
            int end = loca.getInt(4 * g + 4);
            if (end > start) {
                byte[] glyph = new byte[end - start];
                System.arraycopy(glyf, start, glyph, 0, glyph.length);
                out.writeBytes(withoutInstructions(glyph));
                while (out.size() % 4 != 0) {
                    out.write(0);
                }
            }
        }
        newLoca.putInt(out.size());
        font.tables.put("glyf", out.toByteArray());
        font.tables.put("loca", newLoca.array());
        ByteBuffer maxp = ByteBuffer.wrap(font.tables.get("maxp"));
        maxp.putShort(14, (short) 1); // maxZones: no twilight zone needed
        for (int field = 16; field <= 26; field += 2) {
            maxp.putShort(field, (short) 0); // twilight points, storage, function and instruction defs, stack, instruction size
        }
    }

    static byte[] withoutInstructions(byte[] glyph) {
        ByteBuffer b = ByteBuffer.wrap(glyph);
        int contours = b.getShort(0);
        if (contours >= 0) {
            int at = 10 + 2 * contours;
            int length = b.getShort(at) & 0xffff;
            byte[] out = new byte[glyph.length - length];
            System.arraycopy(glyph, 0, out, 0, at);
            // out[at], out[at + 1] stay 0: no instructions
            System.arraycopy(glyph, at + 2 + length, out, at + 2, glyph.length - at - 2 - length);
            return out;
        }
        int at = 10;
        int flags;
        do {
            flags = b.getShort(at) & 0xffff;
            b.putShort(at, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            if ((flags & 0x0080) != 0) {
                at += 8;
            } else if ((flags & 0x0040) != 0) {
                at += 4;
            } else if ((flags & 0x0008) != 0) {
                at += 2;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        byte[] out = new byte[at];
        System.arraycopy(glyph, 0, out, 0, at);
        return out;
    }
}
