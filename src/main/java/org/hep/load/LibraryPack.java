package org.hep.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hep.diag.InvalidInputException;

/**
 * Build step: packs the node graph of every built-in YAML file (plans, exercises, templates
 * and their translations) beside it ({@link PackedYaml}), so a handout reads the jar's own
 * files without parsing YAML. A file that does not parse is left unpacked, to be parsed (and
 * reported) at run time as before.
 * <p>Usage: {@code LibraryPack DIR} (the jar's {@code hep} folder in the build's classes).
 */
public final class LibraryPack {
    private LibraryPack() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> FileNames.isYaml(p.getFileName().toString())).sorted().toList();
        }
        for (Path file : files) {
            byte[] packed;
            try {
                packed = PackedYaml.write(YamlDocument.parse(Source.file(file)));
            } catch (InvalidInputException e) {
                continue;
            }
            Files.write(file.resolveSibling(file.getFileName() + PackedYaml.SUFFIX), packed);
        }
    }
}
