package org.hep.io;

import java.text.Normalizer;
import java.util.Locale;

/** Default file names: {@code <plan-id>[-<patient-slug>].pdf}. */
public final class OutputNames {
    private OutputNames() {
    }

    public static String pdfName(String planId, String patient) {
        String slug = patient == null ? "" : slug(patient);
        return planId + (slug.isEmpty() ? "" : "-" + slug) + ".pdf";
    }

    /** "Zoë O'Brien" → "zoe-obrien"; letters of any script are kept, accents dropped. */
    public static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^\\p{L}\\p{N}]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }
}
