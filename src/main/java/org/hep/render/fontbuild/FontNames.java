package org.hep.render.fontbuild;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.NamingTable;

/**
 * A name table for the modified font: a new family name, as the Bitstream Vera and Arev
 * licences under DejaVu ask of modified copies, with the original copyright, version and
 * licence text kept (Windows, Unicode BMP, US English records only).
 */
final class FontNames {
    private static final int[] KEPT = {0, 2, 5, 13, 14};

    private FontNames() {
    }

    static byte[] table(NamingTable original, String family, String style, String postScript) throws IOException {
        String[] names = new String[15];
        for (int id : KEPT) {
            names[id] = original.getName(id, 3, 1, 0x409);
        }
        String full = style.equals("Book") ? family : family + " " + style;
        names[1] = family;
        names[3] = full + " (subset of " + original.getName(4, 3, 1, 0x409) + ")";
        names[4] = full;
        names[6] = postScript;
        List<Integer> ids = new ArrayList<>();
        List<byte[]> strings = new ArrayList<>();
        for (int id = 0; id < names.length; id++) {
            if (names[id] != null) {
                ids.add(id);
                strings.add(names[id].getBytes(StandardCharsets.UTF_16BE));
            }
        }
        int header = 6 + 12 * ids.size();
        int size = header + strings.stream().mapToInt(s -> s.length).sum();
        ByteBuffer b = ByteBuffer.allocate(size);
        b.putShort((short) 0).putShort((short) ids.size()).putShort((short) header);
        int offset = 0;
        for (int i = 0; i < ids.size(); i++) {
            b.putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) (int) ids.get(i))
                    .putShort((short) strings.get(i).length).putShort((short) offset);
            offset += strings.get(i).length;
        }
        strings.forEach(b::put);
        return b.array();
    }
}
