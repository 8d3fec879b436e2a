package org.hep.compose;

/** A video link: printed as a QR code with its address under {@code label}; {@code alt} describes the code. */
public record Video(String url, String label, String alt) {
    /** Longest printed address: about half a card line, so it sits on one or two lines beside the code. */
    static final int SHORT = 40;

    /** The QR code's modules, row by row; true is a dark square. */
    public boolean[][] modules() {
        return QrCode.modules(url);
    }

    /**
     * The address as printed beside the code: without "https://" and "www.", and a long one cut
     * after its host with an ellipsis ("harbourphysio.example/videos/knee/wall-squ…"). The code
     * and a web page's link keep the whole address; the print only says where it leads.
     */
    public String shortUrl() {
        String s = url.strip().replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.codePointCount(0, s.length()) <= SHORT) {
            return s;
        }
        int host = s.indexOf('/');
        int keep = Math.max(host < 0 ? 0 : host + 1, s.offsetByCodePoints(0, SHORT - 1));
        return s.substring(0, Math.min(keep, s.length())) + "\u2026";
    }
}
