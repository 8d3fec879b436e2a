package org.hep.compose;

/** A video link: printed as a QR code with its address under {@code label}; {@code alt} describes the code. */
public record Video(String url, String label, String alt) {
    /** The QR code's modules, row by row; true is a dark square. */
    public boolean[][] modules() {
        return QrCode.modules(url);
    }
}
