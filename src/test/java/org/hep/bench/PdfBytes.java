package org.hep.bench;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Where a PDF's bytes go, by part (encoded stream lengths; the rest is object syntax, the
 * cross-reference data and the trailer): {@code java -cp target/hep.jar:target/test-classes
 * org.hep.bench.PdfBytes FILE.pdf}. Not a test.
 */
public final class PdfBytes {
    private PdfBytes() {
    }

    public static void main(String[] args) throws IOException {
        File file = new File(args[0]);
        Map<String, Long> parts = new TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(file)) {
            Set<COSBase> contents = new java.util.HashSet<>();
            for (PDPage page : doc.getPages()) {
                page.getContentStreams().forEachRemaining(s -> contents.add(s.getCOSObject()));
            }
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                if (object.getObject() instanceof COSStream s) {
                    parts.merge(kind(s, contents), (long) s.getLength(), Long::sum);
                }
            }
        }
        long streams = parts.values().stream().mapToLong(Long::longValue).sum();
        parts.put("other (object syntax, xref, trailer)", file.length() - streams);
        parts.forEach((part, bytes) -> System.out.printf("  %-40s %7d  %5.1f%%%n", part, bytes, 100.0 * bytes / file.length()));
        System.out.printf("  %-40s %7d%n", "total", file.length());
    }

    private static String kind(COSStream s, Set<COSBase> contents) {
        COSName type = s.getCOSName(COSName.TYPE);
        if (COSName.OBJ_STM.equals(type)) {
            return "object streams (structure, fonts' dictionaries)";
        } else if (COSName.XREF.equals(type)) {
            return "cross-reference stream";
        } else if (COSName.METADATA.equals(type)) {
            return "XMP metadata";
        } else if (s.containsKey(COSName.LENGTH1)) {
            return "embedded fonts";
        } else if (s.containsKey(COSName.N) && !s.containsKey(COSName.SUBTYPE)) {
            return "ICC profile";
        } else if (contents.contains(s)) {
            return "page content";
        } else if (COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
            return "images";
        } else if (COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE))) {
            return "figures (form XObjects)";
        }
        return "other streams (ToUnicode, CIDSet ...)";
    }
}
