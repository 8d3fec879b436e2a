package org.hep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.hep.render.PdfEngine;
import picocli.CommandLine.IVersionProvider;

/** "hep 0.1.0" plus the runtime, from the version the build wrote into the jar. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        String version = "unknown";
        try (InputStream in = VersionProvider.class.getResourceAsStream("/hep/version.txt")) {
            if (in != null) {
                version = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
        }
        return new String[] {
            "hep " + version,
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
            "PDF engine: " + PdfEngine.name()
        };
    }
}
