package org.hep.io;

import java.text.Normalizer;
import java.util.Locale;

/** Default file names: {@code <plan-id>[-<patient-slug>].pdf} (or {@code .html}). */
public final class OutputNames {
    private OutputNames() {
    }

    public static String pdfName(String planId, String patient) {
        return name(planId, patient, ".pdf");
    }

    /** {@code <plan-id>[-<patient-slug>]} plus {@code extension} (".pdf", ".html"). */
    public static String name(String planId, String patient, String extension) {
        String slug = patient == null ? "" : slug(patient);
        return planId + (slug.isEmpty() ? "" : "-" + slug) + extension;
    }

    /**
     * "Zoë O'Brien" → "zoe-obrien". ASCII only, so the name works in any locale and on any
     * file system; a name with no Latin letters (Ελένη, Иван) becomes "p" plus a short hash, and
     * one whose other letters or symbols would be dropped ("Ana علي", "Ana 王", "Ana 😀") or that is cut at 60
     * characters keeps a hash of the whole name after its Latin part, so two patients never share
     * a default file name. Compatibility forms read as their letters ("ﬁ" as "fi", "Ａｎｎ" as "ann").
     */
    public static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D");
        // Letters and symbols with no ASCII form ("王", "😀") are left out of the name; the hash keeps "Ana 😀" apart from "Ana".
        boolean dropped = s.codePoints().anyMatch(c -> c >= 0x80
                && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_SYMBOL));
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        boolean cut = s.length() > 60;
        s = cut ? s.substring(0, 60).replaceAll("-+$", "") : s;
        if (dropped || cut || s.isEmpty() && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(text.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hash = String.format(java.util.Locale.ROOT, "%08x", crc.getValue());
            return s.isEmpty() ? "p" + hash : s + "-" + hash;
        }
        return s;
    }
}
