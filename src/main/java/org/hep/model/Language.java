package org.hep.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A language hep prints: its labels, dose words and dates exist. A plan in any other language
 * is refused at load time rather than printed with labels in another language, so a handout is
 * never silently mixed and its PDF /Lang always names the language on the page.
 */
public enum Language {
    EN("en"), FR("fr"), ES("es");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag written to the PDF, the HTML and the summaries. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }

    /** The language of a BCP 47 tag ("fr", "es-MX" → ES), or null when hep does not print it. */
    public static Language forTag(String bcp47) {
        String base = Locale.forLanguageTag(bcp47).getLanguage();
        for (Language l : values()) {
            if (l.tag.equals(base)) {
                return l;
            }
        }
        return null;
    }
}
