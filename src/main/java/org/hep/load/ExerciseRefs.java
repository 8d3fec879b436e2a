package org.hep.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hep.model.Exercise;

/**
 * A plan's {@code use:} as people first write it: an exercise id from the library, or a path to
 * an exercise file relative to the plan. For an id that is nowhere, the folders next to the plan
 * are searched so the message can say which folder to add.
 */
final class ExerciseRefs {
    private ExerciseRefs() {
    }

    /** A path-like {@code use:} value, read relative to the plan; null (with a problem) when it cannot be. */
    static Exercise byPath(Fields f, String use, Source plan, Library library) {
        if (plan.dir() == null) {
            f.problem("use", "'use: " + use + "' is a path, but this plan has no folder; use an exercise id");
            return null;
        }
        Path file = plan.dir().resolve(use).normalize();
        if (!Files.isRegularFile(file)) {
            // A pipe or a folder of that name is there: "not found" would send the user looking for it.
            f.problem("use", "exercise file '" + use + "' " + (Files.exists(file) ? Images.notAFile(file)
                    : "not found (paths are relative to the plan's folder)"));
            return null;
        }
        return library.exerciseFile(shownBeside(plan, use));
    }

    /** The file as messages should name it: beside the plan as the user named the plan. */
    private static Path shownBeside(Source plan, String use) {
        Path named = plan.name().startsWith("<") ? null : Path.of(plan.name()).getParent();
        return named == null ? plan.dir().resolve(use).normalize() : named.resolve(use).normalize();
    }

    /**
     * " (wall-angel.yaml is in ../exercises: add that folder with --library … or under 'library:'
     * in hep.yaml)", or "" when no folder beside the plan has it.
     */
    static String whereElse(String id, Source plan) {
        if (plan.dir() == null || !id.matches("[A-Za-z0-9._-]{1,80}")) {
            return "";
        }
        Path found = nearby(plan.dir(), id + ".yaml");
        if (found == null) {
            return "";
        }
        Path folder = shown(found.getParent());
        return "; " + folder.resolve(found.getFileName()) + " has it: add its folder with --library " + folder
                + " (or list it under 'library:' in hep.yaml)";
    }

    /** The plan's folder, its subfolders, then its sibling folders; one level each. */
    private static Path nearby(Path planDir, String fileName) {
        Path parent = planDir.getParent();
        for (Path dir : Stream.concat(Stream.of(planDir), Stream.concat(subfolders(planDir).stream(),
                parent == null ? Stream.empty() : subfolders(parent).stream())).toList()) {
            Path candidate = dir.resolve(fileName);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<Path> subfolders(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .limit(200).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Relative to the working folder when that is shorter, as a user would type it. */
    private static Path shown(Path folder) {
        Path cwd = Path.of("").toAbsolutePath();
        try {
            Path rel = cwd.relativize(folder.toAbsolutePath());
            return rel.toString().length() < folder.toString().length() ? rel : folder;
        } catch (IllegalArgumentException e) {
            return folder;
        }
    }
}
