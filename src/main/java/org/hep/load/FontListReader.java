package org.hep.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A template's {@code fonts:} list: font files beside the template, each checked at its place in the list. */
final class FontListReader {
    private FontListReader() {
    }

    /** The files, or null when the template does not say (it inherits them). */
    static List<Path> read(Fields f, Source source, java.util.Map<Path, org.hep.model.Origin> namedAt) {
        if (!f.has("fonts")) {
            return null;
        }
        List<String> names = f.paths("fonts");
        List<Node> nodes = f.raw("fonts") instanceof SequenceNode seq ? seq.getValue() : List.of(f.raw("fonts"));
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < names.size() && i < nodes.size(); i++) {
            Path file = check(names.get(i), nodes.get(i), source, f.problems());
            if (file != null) {
                out.add(file);
                namedAt.put(file, f.problems().origin(nodes.get(i)));
            }
        }
        return out;
    }

    private static Path check(String name, Node at, Source source, Problems problems) {
        String lower = name.toLowerCase(Locale.ROOT);
        Path path = source.dir() == null ? Path.of(name) : source.dir().resolve(name);
        if (!(at instanceof ScalarNode)) {
            return null;
        }
        if (!(lower.endsWith(".ttf") || lower.endsWith(".otf") || lower.endsWith(".ttc") || lower.endsWith(".otc"))) {
            problems.at(at, "each of 'fonts' must be a .ttf, .otf or .ttc file, found '" + name + "'");
        } else if (Images.notAFile(path) != null) {
            problems.at(at, "font " + Images.notAFile(path) + ": " + name);
        } else if (size(path) > TemplateLoader.MAX_FONT_BYTES) {
            problems.at(at, "font file is larger than " + (TemplateLoader.MAX_FONT_BYTES >> 20) + " MB: " + name);
        } else {
            return path;
        }
        return null;
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0; // reading it later reports the real reason
        }
    }
}
