package org.hep.cli;

import java.nio.file.Path;
import org.hep.io.AtomicFile;
import picocli.CommandLine.Option;

/** {@code -o FILE|-} for text output (a picocli mixin): stdout by default, or a file written atomically. */
public final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE|-", description = "Write to this file instead of stdout (- is stdout).")
    String output;

    /** Writes the bytes unchanged: the formats are UTF-8 whatever the platform charset. */
    void write(Streams io, byte[] bytes) {
        Path file = OutputPath.of(output);
        if (file == null) {
            io.out().write(bytes, 0, bytes.length);
            io.out().flush();
        } else {
            AtomicFile.write(file, bytes);
        }
    }
}
