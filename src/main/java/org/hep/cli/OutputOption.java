package org.hep.cli;

import java.nio.file.Path;
import java.util.List;
import org.hep.io.AtomicFile;
import org.hep.io.ExistingFile;
import picocli.CommandLine.Option;

/**
 * {@code -o FILE|-} for text output (a picocli mixin): stdout by default, or a file written
 * atomically that replaces only text (see {@link ExistingFile#refuseUnlessText}).
 */
public final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE|-", description = "Write to this file instead of stdout (- is stdout).")
    String output;

    /**
     * Before any work: the name is a usable path, and its extension does not name another kind
     * of file than {@code format} (text, markdown, json or csv) writes.
     *
     * @param formats the formats the command writes, for the hint
     */
    void check(String format, List<String> formats) {
        OutputPath.of(output);
        TextOutputName.check(output, format, formats);
    }

    /**
     * Standard output that is a file this run read (a plan, the manifest) is refused as {@code -o}
     * naming it is: the shell opened it without emptying it, and writing would overwrite the input.
     */
    static void refuseStandardOutputIfInput() {
        Path input = org.hep.io.OutputTarget.inputAtStandardOutput();
        if (input != null) {
            throw new UsageException("standard output is also an input of this run (" + Cli.oneLine(input.toString())
                    + "); send it to another file, or use -o FILE");
        }
    }

    /**
     * Writes the bytes unchanged: the formats are UTF-8 whatever the platform charset. A file of
     * another kind (a handout, a plan, a picture) is never replaced, whatever its name says.
     */
    void write(Streams io, byte[] bytes) {
        Path file = OutputPath.of(output);
        if (file == null) {
            refuseStandardOutputIfInput();
            io.out().write(bytes, 0, bytes.length);
            io.out().flush();
        } else {
            ExistingFile.refuseUnlessText(file);
            AtomicFile.write(file, bytes);
        }
    }
}
