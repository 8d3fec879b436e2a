package org.hep.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plans, exercises and templates packaged in the jar under {@code /hep/}. The build
 * writes an index per folder ({@code index.txt}), so listing needs no jar file system.
 * A translation tree ({@code plans/i18n}) has one index for all its language folders,
 * with entries like {@code fr/neck-pain.yaml}; a language folder is listed from it.
 */
public final class BuiltIns {
    private static final Map<String, List<String>> INDEX = new ConcurrentHashMap<>();

    private BuiltIns() {
    }

    /** File names (with extension) in a built-in folder such as "plans/exercises". */
    public static List<String> list(String folder) {
        List<String> known = INDEX.get(folder);
        if (known == null) {
            // Not computeIfAbsent: a folder without its own index reads its parent's, which would recurse.
            List<String> own = readIndex(folder);
            known = own != null ? own : fromParent(folder);
            INDEX.putIfAbsent(folder, known);
        }
        return known;
    }

    public static boolean has(String path) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        return list(folder).contains(path.substring(path.lastIndexOf('/') + 1));
    }

    /** A source named like the repository path ("plans/exercises/squat.yaml") so messages make sense. */
    public static Source source(String path) {
        return Source.resource(path, "/hep/" + path);
    }

    /**
     * Whether {@code source} is one of the jar's own files, not one of a clinic's: only the jar's
     * sources have no folder (a file, and stdin, read relative to one).
     */
    public static boolean isOwn(Source source) {
        return source.dir() == null && has(source.name());
    }

    /** The entries of the parent's index that lie directly in {@code folder} ("fr/x.yaml" → "x.yaml"). */
    private static List<String> fromParent(String folder) {
        int slash = folder.lastIndexOf('/');
        if (slash < 0) {
            return List.of();
        }
        String prefix = folder.substring(slash + 1) + "/";
        List<String> entries = new ArrayList<>();
        for (String e : list(folder.substring(0, slash))) {
            if (e.startsWith(prefix) && e.indexOf('/', prefix.length()) < 0) {
                entries.add(e.substring(prefix.length()));
            }
        }
        return List.copyOf(entries);
    }

    /** The folder's own index, or null when the build wrote none for it. */
    private static List<String> readIndex(String folder) {
        try (InputStream in = org.hep.resource.BuiltInResource.open("/hep/" + folder + "/index.txt")) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Loops, not a stream: its lambdas are linked at first use, a one-off handout's start.
            List<String> names = new ArrayList<>();
            for (String line : text.split("\n")) {
                String name = line.strip();
                if (FileNames.isYaml(name)) {
                    names.add(name);
                }
            }
            Collections.sort(names);
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in index for " + folder, e);
        }
    }
}
