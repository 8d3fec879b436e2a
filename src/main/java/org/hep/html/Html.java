package org.hep.html;

/** Escaping for text and attribute values: a plan's {@code <script>} prints as text, never runs. */
final class Html {
    private Html() {
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters have no place in a document; tabs and newlines read as spaces.
                    if (c < 0x20 || c == 0x7F) {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A URL for an href: only web addresses are links, anything else is left out. */
    static boolean isWebAddress(String url) {
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
