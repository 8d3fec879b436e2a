package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hep.figure.Drawing;
import org.hep.figure.PackedFigures;
import org.hep.layout.Op;
import org.junit.jupiter.api.Test;

/**
 * The figures' PDF forms packed into the jar at build time are exactly what is drawn at run time,
 * byte for byte, and are found by the drawing, size and accent they were drawn at, and by no other.
 */
class PackedFormsTest {
    @Test
    void everyPackedFormIsWhatIsDrawnAtRunTime() throws Exception {
        Path dir = Path.of(PackedForms.class.getResource(PackedForms.FOLDER).toURI());
        int forms = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        java.util.Map<String, byte[]> packedForms = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
            assertEquals(1, in.readInt(), file.toString());
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                packedForms.put(key, in.readNBytes(in.readInt()));
            }
        }
        for (var form : packedForms.entrySet()) {
            {
                String key = form.getKey();
                byte[] packed = form.getValue();
                int at = key.lastIndexOf('@');
                int hash = key.lastIndexOf('#', at);
                List<Drawing> drawings = PackedFigures.read(key.substring(0, hash));
                assertNotNull(drawings, key);
                Drawing d = drawings.get(Integer.parseInt(key.substring(hash + 1, at)));
                String[] size = key.substring(at + 1).split(",");
                float w = Float.intBitsToFloat(Integer.parseUnsignedInt(size[0], 16));
                float h = Float.intBitsToFloat(Integer.parseUnsignedInt(size[1], 16));
                int accent = Integer.parseUnsignedInt(size[2], 16);
                assertArrayEquals(FigureForms.draw(new Op.Figure(0, 0, w, h, d, accent, null)), packed, key);
                assertArrayEquals(packed, PackedForms.read(d.packed(), w, h, accent), key);
                // A size a hair wider is not found, unless it was packed too (two layouts that differ by a rounding).
                String wider = key.substring(0, at + 1) + Integer.toHexString(Float.floatToIntBits(Math.nextUp(w))) + ","
                        + size[1] + "," + size[2];
                if (!packedForms.containsKey(wider)) {
                    assertNull(PackedForms.read(d.packed(), Math.nextUp(w), h, accent), key);
                }
                assertNull(PackedForms.read(d.packed(), w, h, accent ^ 1), key);
                forms++;
            }
        }
        assertTrue(forms > 100, "forms compared: " + forms);
    }
}
