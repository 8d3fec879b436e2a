package org.hep.render;

import org.apache.pdfbox.util.Version;

/** Names the PDF library for {@code hep --version}, so no other package needs PDFBox types. */
public final class PdfEngine {
    private PdfEngine() {
    }

    /** "Apache PDFBox 3.0.8". */
    public static String name() {
        return "Apache PDFBox " + Version.getVersion();
    }
}
