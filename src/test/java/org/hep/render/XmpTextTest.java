package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Whatever text reaches it, the XMP packet stays well-formed XML (PDF/A and PDF/UA both read it). */
class XmpTextTest {
    @Test
    void controlsAndNonCharactersAreLeftOutOfTheXmp() throws Exception {
        String xmp = Xmp.packet("Knee\uFFFF plan\u0001\u009b", "Clinic\uFDD0", null, List.of("knee\uFFFE"), "en",
                OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC), "hep");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Knee plan", doc.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0)
                .getTextContent());
        assertEquals("Clinic", doc.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").item(0)
                .getTextContent());
    }
}
