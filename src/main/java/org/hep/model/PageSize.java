package org.hep.model;

import java.util.Locale;

/** Paper sizes in PDF points (1/72 inch). */
public enum PageSize {
    LETTER(612f, 792f), A4(595.2756f, 841.8898f);

    public final float width;
    public final float height;

    PageSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PageSize parse(String word) {
        for (PageSize p : values()) {
            if (p.key().equalsIgnoreCase(word.trim())) {
                return p;
            }
        }
        return null;
    }
}
