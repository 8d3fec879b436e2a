package org.hep.script;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Scripts whose letters a PDF drawn glyph by glyph cannot spell right: their vowel signs are
 * written before the consonant they follow in the text, consonants join into conjuncts, or
 * letters change shape with their neighbours. That needs a shaping engine (OpenType GSUB and
 * GPOS), which hep does not have; Arabic alone is joined ({@link ArabicShaping}). A browser
 * shapes them, so the HTML handout prints them right.
 */
public final class ComplexScripts {
    private static final Set<UnicodeScript> UNSHAPED = EnumSet.of(
            UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI,
            UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA,
            UnicodeScript.MALAYALAM, UnicodeScript.SINHALA, UnicodeScript.TIBETAN, UnicodeScript.MYANMAR,
            UnicodeScript.KHMER, UnicodeScript.SYRIAC, UnicodeScript.NKO, UnicodeScript.MONGOLIAN,
            UnicodeScript.JAVANESE, UnicodeScript.BALINESE, UnicodeScript.TAI_THAM, UnicodeScript.CHAKMA,
            UnicodeScript.SUNDANESE, UnicodeScript.BATAK, UnicodeScript.BUGINESE, UnicodeScript.LEPCHA,
            UnicodeScript.MEETEI_MAYEK, UnicodeScript.SAURASHTRA, UnicodeScript.SYLOTI_NAGRI,
            UnicodeScript.KAITHI, UnicodeScript.SHARADA, UnicodeScript.TAKRI, UnicodeScript.NEW_TAI_LUE,
            UnicodeScript.TAI_VIET, UnicodeScript.CHAM, UnicodeScript.KAYAH_LI, UnicodeScript.REJANG,
            UnicodeScript.TAGALOG, UnicodeScript.BRAHMI, UnicodeScript.MANDAIC, UnicodeScript.ADLAM);

    private ComplexScripts() {
    }

    /** The script of {@code codePoint} when hep's PDF prints it unshaped, else null. */
    public static UnicodeScript unshaped(int codePoint) {
        // Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic come first in Unicode and need no more than hep does.
        if (codePoint < 0x0700) {
            return null;
        }
        UnicodeScript script = UnicodeScript.of(codePoint);
        return UNSHAPED.contains(script) ? script : null;
    }

    /** "Devanagari", "Tai Tham": the script's name as people write it. */
    public static String name(UnicodeScript script) {
        String[] words = script.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return switch (script) {
            case NKO -> "N'Ko";
            case ORIYA -> "Odia";
            default -> out.toString();
        };
    }
}
