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
     * file system; a name with no Latin letters (Ελένη, Иван) becomes "p" plus a short hash.
     */
    public static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        if (s.isEmpty() && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(text.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return String.format(java.util.Locale.ROOT, "p%08x", crc.getValue());
        }
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }
}
