package org.hep.render;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The XMP packet: PDF/A-2b and PDF/UA-1 identification, the PDF/A extension schema that
 * declares {@code pdfuaid} (PDF/A requires every non-standard property to be declared),
 * and the same title/author/subject/keywords/dates as the Info dictionary. Written as text:
 * the packet's shape is fixed, and an XMP library would add a jar and an XML serializer to
 * every start for it. veraPDF checks the result in the conformance tests.
 */
final class Xmp {
    private Xmp() {
    }

    /**
     * The date as XMP writes it ({@code yyyy-MM-dd'T'HH:mm:ssXXX}). A handout's is midnight UTC,
     * written by hand: the JDK's date formatter sets up its tables at first use, on a one-off
     * handout's start. Other dates go to the formatter.
     */
    static String when(OffsetDateTime date) {
        if (date.getOffset().getTotalSeconds() != 0 || date.getYear() < 1000 || date.getYear() > 9999) {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").format(date);
        }
        StringBuilder b = new StringBuilder(20);
        b.append(date.getYear()).append('-');
        two(b, date.getMonthValue()).append('-');
        two(b, date.getDayOfMonth()).append('T');
        two(b, date.getHour()).append(':');
        two(b, date.getMinute()).append(':');
        return two(b, date.getSecond()).append('Z').toString();
    }

    private static StringBuilder two(StringBuilder b, int n) {
        return (n < 10 ? b.append('0') : b).append(n);
    }

    static String packet(String title, String author, String subject, List<String> keywords, String language,
                         OffsetDateTime date, String producer) {
        String when = when(date);
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\"\n")
                .append("  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
                .append("  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("  xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n")
                .append("  xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n")
                .append("  xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n")
                .append("  xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n")
                .append("  xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
        x.append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n");
        x.append("<pdfuaid:part>1</pdfuaid:part>\n");
        x.append("<dc:format>application/pdf</dc:format>\n");
        x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(title))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (author != null) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(esc(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (subject != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(subject))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(esc(language)).append("</rdf:li></rdf:Bag></dc:language>\n");
        if (!keywords.isEmpty()) {
            x.append("<pdf:Keywords>").append(esc(String.join(", ", keywords))).append("</pdf:Keywords>\n");
        }
        x.append("<pdf:Producer>").append(esc(producer)).append("</pdf:Producer>\n");
        x.append("<xmp:CreatorTool>hep</xmp:CreatorTool>\n");
        x.append("<xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n");
        x.append("<xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n");
        x.append("<xmp:MetadataDate>").append(when).append("</xmp:MetadataDate>\n");
        x.append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Indicates which version of PDF/UA the file conforms to</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
        x.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (!org.hep.model.SafeText.forbidden(c) || Character.isSurrogate(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
