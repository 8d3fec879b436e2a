package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hep embeds its own sRGB profile, built from published numbers by {@link SrgbProfileBuilder},
 * so a handout is byte-identical whichever JDK renders it. Rebuild the resource with
 * {@code mvn test -Dtest=SrgbProfileTest -Dhep.icc.update=true}.
 */
class SrgbProfileTest {
    private static final Path RESOURCE = Path.of("src/main/resources/hep/color/srgb.icc");

    @Test
    void theShippedProfileIsExactlyWhatTheBuilderMakes() throws IOException {
        byte[] built = SrgbProfileBuilder.build();
        if (Boolean.getBoolean("hep.icc.update")) {
            Files.createDirectories(RESOURCE.getParent());
            Files.write(RESOURCE, built);
        }
        assertArrayEquals(built, Files.readAllBytes(RESOURCE));
        assertTrue(built.length < 4096, "small: " + built.length + " bytes");
    }

    @Test
    void itIsAValidIccProfileThatAgreesWithTheJdksSrgb() {
        ICC_Profile profile = ICC_Profile.getInstance(SrgbProfileBuilder.build());
        assertEquals(ICC_Profile.CLASS_DISPLAY, profile.getProfileClass());
        assertEquals(ColorSpace.TYPE_RGB, profile.getColorSpaceType());
        assertEquals(2, profile.getMajorVersion());
        ICC_ColorSpace ours = new ICC_ColorSpace(profile);
        ColorSpace jdk = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        float[][] samples = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 1}, {0.5f, 0.5f, 0.5f}, {0.2f, 0.6f, 0.9f}};
        for (float[] rgb : samples) {
            float[] a = ours.toCIEXYZ(rgb);
            float[] b = jdk.toCIEXYZ(rgb);
            for (int i = 0; i < 3; i++) {
                assertEquals(b[i], a[i], 0.01, "XYZ of " + java.util.Arrays.toString(rgb));
            }
        }
    }

    @Test
    void handoutsCarryThisProfileAsTheirOutputIntent(@TempDir Path dir) throws IOException {
        byte[] pdf = Hep.generate(dir, "it-band-syndrome", "--date", "2026-03-01").bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDOutputIntent intent = doc.getDocumentCatalog().getOutputIntents().get(0);
            try (InputStream in = intent.getDestOutputIntent().createInputStream()) {
                assertArrayEquals(SrgbProfileBuilder.build(), in.readAllBytes());
            }
        }
    }
}
