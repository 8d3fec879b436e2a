package org.hep.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.hep.diag.InvalidInputException;
import org.hep.diag.IoMessages;
import org.hep.diag.Problem;
import org.hep.model.Exercise;
import org.hep.model.Language;

/**
 * Exercises by id: the built-in library, overridden by {@code --library} folders (later
 * folders win). Files are parsed on first use and cached, so a handout reads only the
 * exercises it needs. Thread-safe: batch workers share one library.
 */
public final class Library {
    private final Map<String, Source> sources;
    private final List<String> ignored;
    /** Ids that two files of one folder both give ("squat.yaml", "squat.yml"): the problem for each. */
    private final Map<String, Problem> clashes;
    private final Map<String, Exercise> cache = new ConcurrentHashMap<>();
    private final Map<String, Exercise> translations = new ConcurrentHashMap<>();

    /** The --library folders, in order; looked at again only to explain an unknown id. */
    private final List<Path> folders;

    private Library(Map<String, Source> sources, List<String> ignored, Map<String, Problem> clashes,
                    List<Path> folders) {
        this.folders = List.copyOf(folders);
        this.sources = sources;
        this.ignored = List.copyOf(ignored);
        this.clashes = Map.copyOf(clashes);
    }

    public static Library builtIn() {
        return withFolders(List.of());
    }

    public static Library withFolders(List<Path> folders) {
        Map<String, Source> sources = new TreeMap<>();
        List<String> ignored = new ArrayList<>();
        Map<String, Problem> clashes = new TreeMap<>();
        for (String name : BuiltIns.list("plans/exercises")) {
            sources.put(FileNames.stem(name), BuiltIns.source("plans/exercises/" + name));
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new UncheckedIOException(folder + ": cannot read: not a folder",
                        new IOException("not a folder"));
            }
            Map<String, Path> inFolder = new TreeMap<>();
            for (Path file : yamlFiles(folder)) {
                String id = FileNames.stem(file.getFileName().toString());
                if (FileNames.isUsableId(id)) {
                    // Which of two files with one id wins would be an accident of their names' order.
                    Path first = inFolder.putIfAbsent(id, file);
                    if (first == null) {
                        clashes.remove(id); // a later folder's one file settles an earlier folder's clash
                    } else {
                        clashes.putIfAbsent(id, sameIdProblem(file, first, id));
                    }
                    sources.put(id, Source.file(file));
                } else if (!id.startsWith(".")) {
                    ignored.add(file.toString()); // hidden files (editors', macOS's "._x.yaml") are left out quietly
                }
            }
        }
        return new Library(sources, ignored, clashes, folders);
    }

    /**
     * For an id no file gives: " ; lib/x.yaml is not a regular file …" when a folder has an entry of
     * that name that was passed over (a pipe, a folder named x.yaml), so "unknown exercise" does not
     * leave the user looking at a file that seems to be there. Else "".
     */
    public String passedOver(String id) {
        if (!FileNames.isUsableId(id)) {
            return "";
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            try (Stream<Path> entries = Files.list(folders.get(i))) {
                for (Path entry : entries.sorted().toList()) {
                    String name = entry.getFileName().toString();
                    if (FileNames.isYaml(name) && FileNames.stem(name).equals(id) && !Files.isRegularFile(entry)) {
                        return "; " + entry + (Files.isDirectory(entry) ? " is a folder"
                                : " is not a regular file (a device or pipe)") + ", so it is not read as an exercise";
                    }
                }
            } catch (IOException e) {
                // the folder went away: nothing to explain
            }
        }
        return "";
    }

    /** Two exercise files of one folder give one id: which is meant cannot be known. */
    public static Problem sameIdProblem(Path file, Path first, String id) {
        return new Problem(file.toString(), 0, 0, "the exercise id '" + id + "' is also given by "
                + first.getFileName() + " in the same folder; keep one of them");
    }

    /**
     * Ids given by two files in one folder, one problem each. Such an id cannot be used (which file
     * is meant is not known); the rest of the library can.
     */
    public List<Problem> clashes() {
        return List.copyOf(clashes.values());
    }

    /**
     * Files in the folders left out because their names cannot be ids: a control character would
     * reach the terminal in {@code hep list}, and a leading '-' makes an option of every name
     * built from it. Hidden files ('.') are left out too, without a word.
     */
    public List<String> ignored() {
        return ignored;
    }

    /** The exercise, or null when no file has that id. */
    public Exercise exercise(String wanted) {
        String id = org.hep.model.SafeText.composed(wanted); // ids are kept composed (FileNames.stem)
        Problem clash = clashes.get(id);
        if (clash != null) {
            throw new InvalidInputException(clash);
        }
        Source source = sources.get(id);
        if (source == null) {
            return null;
        }
        Exercise cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        Exercise loaded = ExerciseLoader.load(source, id);
        cache.putIfAbsent(id, loaded);
        return loaded;
    }

    /** The exercise from its translation file into {@code language}; refused when it has none. */
    public Exercise translated(String id, Language language) {
        Exercise base = exercise(id);
        if (base == null) {
            return null;
        }
        return translations.computeIfAbsent(id + "/" + language.tag(),
                k -> Translations.loadExercise(base, sources.get(id), language));
    }

    /** An exercise file named by path in a plan; its id is its file stem. Cached by path. */
    public Exercise exerciseFile(Path file) {
        String key = "file:" + file.toAbsolutePath().normalize();
        Exercise cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Exercise loaded = ExerciseLoader.load(Source.file(file), FileNames.stem(file.getFileName().toString()));
        cache.putIfAbsent(key, loaded);
        return loaded;
    }

    public Set<String> exerciseIds() {
        return sources.keySet();
    }

    /** The ids that can be used: all but those two files of one folder give ({@link #clashes}). */
    public List<String> usableIds() {
        return sources.keySet().stream().filter(id -> !clashes.containsKey(id)).toList();
    }

    public Source source(String id) {
        return sources.get(id);
    }

    /**
     * Every exercise but those whose id two files of one folder give (their problem is in
     * {@link #clashes}), loaded; problems in any file are thrown together.
     */
    public List<Exercise> all() {
        List<Problem> problems = new ArrayList<>();
        List<Exercise> out = loadable(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    /** Every exercise that loads; the problems of those that do not are added to {@code problems}. */
    public List<Exercise> loadable(List<Problem> problems) {
        List<Exercise> out = new ArrayList<>();
        for (String id : usableIds()) {
            try {
                out.add(exercise(id));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (UncheckedIOException e) {
                // A file that cannot be read (no permission) is one problem; the others are still listed.
                problems.add(Source.unreadable(sources.get(id), e));
            }
        }
        return out;
    }

    /** The YAML files directly in {@code folder}, sorted by name for stable output. */
    public static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> FileNames.isYaml(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot read: " + IoMessages.reason(e), e);
        }
    }
}
