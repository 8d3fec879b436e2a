package org.hep.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Built-in resources read as the class loader reads them: the same bytes, and null for none. */
class BuiltInResourceTest {
    @Test
    void aBuiltInResourceHasTheClassLoadersBytes() throws IOException {
        for (String name : new String[] {"/hep/plans/index.txt", "/hep/templates/standard.yaml", "/hep/color/srgb.icc"}) {
            try (InputStream direct = BuiltInResource.open(name);
                 InputStream loaded = BuiltInResourceTest.class.getResourceAsStream(name)) {
                assertNotNull(direct, name);
                assertNotNull(loaded, name);
                assertArrayEquals(loaded.readAllBytes(), direct.readAllBytes(), name);
            }
        }
    }

    @Test
    void aMissingResourceIsNull() throws IOException {
        assertNull(BuiltInResource.open("/hep/plans/no-such-plan.yaml"));
    }

    @Test
    void aRelativeNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BuiltInResource.open("hep/plans/index.txt"));
    }
}
