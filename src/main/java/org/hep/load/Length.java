package org.hep.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Page lengths: "54" (points), "0.75in", "20mm", "2cm", "54pt". */
final class Length {
    private static final Pattern P = Pattern.compile("(\\d{1,4}(?:\\.\\d+)?)\\s*(pt|in|mm|cm)?");

    private Length() {
    }

    static Float points(String text) {
        Matcher m = P.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        float n = Float.parseFloat(m.group(1));
        String unit = m.group(2) == null ? "pt" : m.group(2);
        return switch (unit) {
            case "in" -> n * 72f;
            case "mm" -> n * 72f / 25.4f;
            case "cm" -> n * 72f / 2.54f;
            default -> n;
        };
    }
}
