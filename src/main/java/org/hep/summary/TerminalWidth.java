package org.hep.summary;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * How many columns text takes in a terminal with a monospaced font: a user-perceived character
 * (grapheme cluster: "e" and a combining accent are one) takes one column, or two when it is East
 * Asian Wide or Fullwidth (Chinese, Japanese, Korean) or an emoji; marks and joiners take none.
 */
final class TerminalWidth {
    /**
     * Code point ranges that terminals draw two columns wide: the East Asian Width classes W and F
     * of Unicode's EastAsianWidth.txt, merged into ranges, with the emoji blocks (presentation
     * emoji are W). A few narrow symbols inside the emoji blocks count as wide too: a line then
     * wraps a little early, which is harmless, where counting a wide character narrow overflows.
     */
    private static final int[][] WIDE = {
        {0x1100, 0x115F},   // Hangul Jamo initial consonants
        {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3},
        {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693},
        {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE},
        {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA},
        {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C},
        {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0},
        {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},   // emoji symbols
        {0x2E80, 0x303E},   // CJK radicals, ideographic description, CJK symbols and punctuation
        {0x3041, 0x33FF},   // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        {0x3400, 0x4DBF},   // CJK extension A
        {0x4E00, 0x9FFF},   // CJK unified ideographs
        {0xA000, 0xA4CF},   // Yi
        {0xA960, 0xA97F},   // Hangul Jamo extended A
        {0xAC00, 0xD7A3},   // Hangul syllables
        {0xF900, 0xFAFF},   // CJK compatibility ideographs
        {0xFE10, 0xFE19},   // vertical forms
        {0xFE30, 0xFE6F},   // CJK compatibility forms, small form variants
        {0xFF00, 0xFF60},   // fullwidth forms
        {0xFFE0, 0xFFE6},   // fullwidth signs
        {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1AFF0, 0x1B2FF},   // Tangut, Khitan, kana supplements
        {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
        {0x1F200, 0x1F2FF},   // enclosed ideographic supplement
        {0x1F300, 0x1F64F},   // miscellaneous symbols and pictographs, emoticons
        {0x1F680, 0x1F6FF},   // transport and map symbols
        {0x1F7E0, 0x1F7EB},   // coloured circles and squares
        {0x1F90C, 0x1F9FF},   // supplemental symbols and pictographs
        {0x1FA70, 0x1FAFF},   // symbols and pictographs extended A
        {0x20000, 0x3FFFD},   // CJK extensions B and on, supplementary ideographic planes
    };

    /**
     * Characters that must not start a line (UAX #14 classes CL and NS: closing brackets, the
     * ideographic comma and full stop, small kana, the prolonged sound mark): a CJK line is never
     * broken just before one of them.
     */
    private static final String NO_BREAK_BEFORE = "、。，．：；？！）］｝〕〉》」』】〙〗〟｠ー々〻ゝゞヽヾ・"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ〜～";

    /** Opening brackets (UAX #14 class OP): a CJK line is never broken just after one. */
    private static final String NO_BREAK_AFTER = "（［｛〔〈《「『【〘〖〝｟";

    private TerminalWidth() {
    }

    /** The columns {@code text} takes. */
    static int of(String text) {
        int width = 0;
        for (String cluster : clusters(text)) {
            width += ofCluster(cluster);
        }
        return width;
    }

    /** The grapheme clusters of {@code text}, in order. */
    static List<String> clusters(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String cluster = text.substring(start, end);
            // A joined emoji (family, profession) the break iterator splits after its joiner is one picture.
            if (!out.isEmpty() && out.get(out.size() - 1).endsWith("\u200D")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + cluster);
            } else {
                out.add(cluster);
            }
        }
        return out;
    }

    /** One cluster's columns: its base character's, at most two (a skin tone or a joined emoji is one picture). */
    static int ofCluster(String cluster) {
        int width = 0;
        for (int i = 0; i < cluster.length(); ) {
            int cp = cluster.codePointAt(i);
            width += ofCodePoint(cp);
            i += Character.charCount(cp);
        }
        return Math.min(width, 2);
    }

    /** Whether the cluster is drawn two columns wide. */
    static boolean wide(String cluster) {
        return ofCluster(cluster) == 2;
    }

    /**
     * Whether a line may break between two clusters of one word: between CJK characters or
     * emoji, which are written without spaces, except before closing punctuation or after opening.
     */
    static boolean breakBetween(String before, String after) {
        if (!wide(before) && !wide(after)) {
            return false;
        }
        int a = after.codePointAt(0);
        int b = before.codePointAt(0);
        int afterType = Character.getType(a);
        return NO_BREAK_BEFORE.indexOf(a) < 0 && NO_BREAK_AFTER.indexOf(b) < 0
                && afterType != Character.END_PUNCTUATION && afterType != Character.OTHER_PUNCTUATION
                && afterType != Character.FINAL_QUOTE_PUNCTUATION
                && Character.getType(b) != Character.START_PUNCTUATION
                && Character.getType(b) != Character.INITIAL_QUOTE_PUNCTUATION;
    }

    private static int ofCodePoint(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp >= 0x1160 && cp <= 0x11FF   // Hangul medial vowels and final consonants join the syllable
                || cp >= 0xFE00 && cp <= 0xFE0F) {  // variation selectors
            return 0;
        }
        if (type == Character.CONTROL) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        int lo = 0;
        int hi = WIDE.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < WIDE[mid][0]) {
                hi = mid - 1;
            } else if (cp > WIDE[mid][1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
