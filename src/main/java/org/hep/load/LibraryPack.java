package org.hep.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hep.diag.InvalidInputException;
import org.hep.figure.FigureSpec;
import org.hep.figure.PackedFigures;
import org.hep.model.Exercise;

/**
 * Build step: packs the node graph of every built-in YAML file (plans, exercises, templates
 * and their translations) beside it ({@link PackedYaml}), so a handout reads the jar's own
 * files without parsing YAML. A file that does not parse is left unpacked, to be parsed (and
 * reported) at run time as before. Then draws the built-in exercises' figures
 * ({@link PackedFigures}).
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
        packFigures(root.resolve("figures"));
    }

    /**
     * Draws every built-in exercise's figure into {@code dir} ({@link PackedFigures}), so a
     * handout reads the drawings instead of solving the poses.
     */
    private static void packFigures(Path dir) throws IOException {
        List<FigureSpec> specs = new ArrayList<>();
        for (Exercise e : Library.builtIn().all()) {
            if (e.figure() != null) {
                specs.add(e.figure());
            }
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : PackedFigures.files(specs).entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
    }
}
