package org.hep.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The CMaps of an embedded face. Glyph numbers of a subset of at most 256 glyphs go into the
 * page as one byte each ({@link #ONE_BYTE}, embedded once per document) instead of Identity-H's
 * two: a third less text to compress. The Unicode map gives every code its character, in ranges
 * where codes and characters run in step (a–z is one line), so text copies and reads aloud.
 */
final class ToUnicode {
    /** One-byte codes 00–FF for CIDs 0–255, in the Identity character collection. */
    static final String ONE_BYTE = "%!PS-Adobe-3.0 Resource-CMap\n"
            + "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def\n"
            + "/CMapName /Hep-OneByte-H def\n/CMapType 1 def\n/WMode 0 def\n"
            + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
            + "1 begincidrange\n<00> <FF> 0\nendcidrange\n"
            + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    static final String ONE_BYTE_NAME = "Hep-OneByte-H";

    private ToUnicode() {
    }

    /** @param unicodeOfCid each code's character, by code */
    static String cmap(SortedMap<Integer, Integer> unicodeOfCid, boolean oneByte) {
        int digits = oneByte ? 2 : 4;
        List<String> ranges = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(unicodeOfCid.entrySet());
        for (int i = 0; i < entries.size(); ) {
            int j = i;
            // A range keeps the code's high byte and the character's last byte from wrapping.
            while (j + 1 < entries.size() && entries.get(j + 1).getKey() == entries.get(j).getKey() + 1
                    && entries.get(j + 1).getValue() == entries.get(j).getValue() + 1
                    && (entries.get(j + 1).getKey() & 0xff) != 0 && (entries.get(j + 1).getValue() & 0xff) != 0
                    && entries.get(j + 1).getValue() <= 0xFFFF) {
                j++;
            }
            int code = entries.get(i).getKey();
            String from = hex(code, digits);
            if (j > i) {
                ranges.add("<" + from + "> <" + hex(entries.get(j).getKey(), digits) + "> <"
                        + utf16(entries.get(i).getValue()) + ">");
            } else {
                singles.add("<" + from + "> <" + utf16(entries.get(i).getValue()) + ">");
            }
            i = j + 1;
        }
        StringBuilder s = new StringBuilder(64 * (ranges.size() + singles.size()) + 400);
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n").append(oneByte ? "<00> <FF>" : "<0000> <FFFF>")
                .append("\nendcodespacerange\n");
        blocks(s, singles, "bfchar");
        blocks(s, ranges, "bfrange");
        return s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }

    /** At most 100 entries per block, as the CMap format asks. */
    private static void blocks(StringBuilder s, List<String> lines, String kind) {
        for (int i = 0; i < lines.size(); i += 100) {
            List<String> block = lines.subList(i, Math.min(lines.size(), i + 100));
            s.append(block.size()).append(" begin").append(kind).append('\n');
            for (String l : block) {
                s.append(l).append('\n');
            }
            s.append("end").append(kind).append('\n');
        }
    }

    private static String utf16(int cp) {
        StringBuilder s = new StringBuilder(8);
        for (char ch : Character.toChars(cp)) {
            s.append(hex(ch, 4));
        }
        return s.toString();
    }

    /**
     * {@code value} in upper-case hex, zero-padded to {@code digits}, as {@code %04X} would
     * write it; String.format's first use costs a one-off handout a millisecond or two.
     */
    static String hex(int value, int digits) {
        String h = Integer.toHexString(value).toUpperCase(Locale.ROOT);
        return h.length() >= digits ? h : "0000".substring(0, digits - h.length()) + h;
    }
}
