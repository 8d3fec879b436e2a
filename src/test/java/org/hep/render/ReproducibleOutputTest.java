package org.hep.render;

import static org.hep.render.SampleHandouts.FILLED_IN;
import static org.hep.render.SampleHandouts.PLAIN;
import static org.hep.render.SampleHandouts.generate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import org.hep.load.BuiltIns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same plan and details give the same bytes: no clock, no random ids, tagging included. */
class ReproducibleOutputTest {
    @TempDir
    Path dir;

    @Test
    void aBuiltInPlanRendersToTheSameBytesTwice() {
        byte[] first = generate(BuiltIns.source("plans/it-band-syndrome.yaml"), "standard", PLAIN);
        byte[] second = generate(BuiltIns.source("plans/it-band-syndrome.yaml"), "standard", PLAIN);
        assertArrayEquals(first, second);
    }

    @Test
    void picturesQrCodeAndAClinicTemplateRenderToTheSameBytesTwice() {
        SampleHandouts samples = new SampleHandouts(dir);
        byte[] first = generate(samples.pictures(), samples.clinicTemplate(), FILLED_IN);
        byte[] second = generate(samples.pictures(), samples.clinicTemplate(), FILLED_IN);
        assertArrayEquals(first, second);
    }
}
