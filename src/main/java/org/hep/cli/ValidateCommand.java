package org.hep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hep.app.PlanRef;
import org.hep.app.Validator;
import org.hep.diag.IoMessages;
import org.hep.diag.Problem;
import org.hep.load.BuiltIns;
import org.hep.load.FileKind;
import org.hep.load.FileNames;
import org.hep.io.FileIdentity;
import org.hep.load.Library;
import org.hep.load.Source;
import org.hep.summary.ProblemReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check plan, exercise and template files and report every problem.",
        footer = {"",
            "A file in a folder named 'exercises' is an exercise, one in 'templates' is a",
            "template; one in i18n/<language>/ is the translation of the file of the same",
            "name two folders up, checked against it as its kind; hep.yaml is a folder's",
            "settings, checked as every command reads it. Any other file is recognised by",
            "its keys. Plans may use the built-in exercises and the --library folders,",
            "exactly as 'hep generate' resolves them.",
            "Links to files and folders are followed; a folder with no .yaml or .yml file",
            "in it is a problem.",
            "", "Examples:",
            "  hep validate",
            "  hep validate my-clinic/plans my-clinic/templates/branded.yaml",
            "  hep validate plans --format json"})
public final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    HepCommand parent;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or folders (folders are searched for .yaml files), or - for stdin. "
                    + "Default: the built-in plans, exercises and templates.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: one line per problem on stderr; json: a report on stdout (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--readability", description = "Also print the reading grade of each plan and exercise, "
            + "with the sentences that push it above grade 8 (text format only).")
    boolean readability;

    @Mixin
    DebugOption debug;

    @Mixin
    LibraryOption library;

    /**
     * A file to check, and an extra exercise folder for it (an 'exercises' folder beside a plan).
     * A {@code hep.yaml} has no kind: it holds settings, and is checked as 'generate' reads it.
     */
    private record Item(Source source, String stem, FileKind kind, Path exercisesBeside) {
        boolean config() {
            return kind == null;
        }
    }

    private final Map<Path, Library> libraries = new HashMap<>();
    /** Subfolders that could not be read: each is a problem, and the rest is still checked. */
    private final List<Problem> unreadable = new ArrayList<>();
    /** Files found but not read (a pipe, a broken link): each failed, so each counts among the files. */
    private int unreadFiles;
    /** Names in one folder that differ only in case: one file on macOS and Windows. */
    private final List<Problem> caseTwins = new ArrayList<>();

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            throw new UsageException("--format: must be text or json, found '" + format + "'");
        }
        if (readability && f.equals("json")) {
            throw new UsageException("--readability: the reading grades are a text report; leave out --format json");
        }
        Streams io = parent.streams;
        List<Item> items = paths.isEmpty() ? builtIns() : files(io);
        Library base = library.library();
        Set<Problem> problems = new LinkedHashSet<>();
        Set<Problem> warnings = new LinkedHashSet<>();
        Map<String, List<Problem>> failedChecks = new HashMap<>();
        problems.addAll(unreadable);
        warnings.addAll(caseTwins);
        problems.addAll(base.clashes());
        for (Item item : items) {
            Library lib = item.exercisesBeside() == null ? base : libraries.computeIfAbsent(item.exercisesBeside(),
                    dir -> Library.withFolders(concat(library.folders(), dir)));
            problems.addAll(lib.clashes());
            if (item.config()) {
                List<Problem> found = ConfigCheck.problems(item.source(), parent.settings().setup());
                problems.addAll(found);
                if (!found.isEmpty()) {
                    failedChecks.put(spelled(item.source().name()), found);
                }
                continue;
            }
            List<Problem> found = Validator.check(item.source(), item.stem(), item.kind(), lib,
                    parent.settings().setup());
            problems.addAll(found);
            if (!found.isEmpty()) {
                failedChecks.put(spelled(item.source().name()), found);
            }
            warnings.addAll(Validator.warnings(item.source(), item.kind()));
            if (item.kind() == FileKind.EXERCISE && item.stem() != null && !FileNames.isUsableId(item.stem())) {
                // The file is sound, but a --library folder leaves it out: its name cannot be an id.
                warnings.add(new Problem(item.source().name(), 0, 0, "'generate' and 'list' leave this exercise out:"
                        + " its file name is its id, which " + FileNames.ID_RULE + "; rename the file"));
            }
        }
        // One problem reached two ways ("p.yaml" from its translation, "./p.yaml" from the folder) is
        // printed once; a file checked is counted once whichever check found its problem.
        problems = respelled(problems);
        Set<String> checked = new java.util.HashSet<>();
        items.forEach(i -> checked.add(spelled(i.source().name())));
        Set<String> badFiles = new java.util.HashSet<>();
        problems.stream().map(Problem::file).filter(checked::contains).forEach(badFiles::add);
        // A file whose check failed only in files not checked here (an exercise it uses) counts itself.
        failedChecks.forEach((file, found) -> {
            if (found.stream().noneMatch(p -> checked.contains(spelled(p.file())))) {
                badFiles.add(file);
            }
        });
        int badItems = badFiles.size() + unreadFiles;
        int found = items.size() + unreadFiles;
        if (f.equals("json")) {
            byte[] json = ProblemReport.json(found, List.copyOf(problems), List.copyOf(warnings));
            OutputOption.refuseStandardOutputIfInput();
            io.out().write(json, 0, json.length);
            io.out().flush();
        } else {
            List<String> lines = new java.util.ArrayList<>();
            problems.forEach(p -> lines.add(Cli.oneLine(p.toString())));
            warnings.forEach(w -> lines.add(Cli.oneLine(
                    new Problem(w.file(), w.line(), w.column(), "warning: " + w.message()).toString())));
            // A folder of broken files must not flood a terminal or a CI log: the count line still says how many.
            lines.stream().limit(Cli.MAX_PROBLEM_LINES).forEach(io.err()::println);
            if (lines.size() > Cli.MAX_PROBLEM_LINES) {
                io.err().println("hep: " + (lines.size() - Cli.MAX_PROBLEM_LINES)
                        + " more lines not shown; --format json lists them all");
            }
            String result = problems.isEmpty() ? count(items.size(), "file") + " OK"
                    : count(problems.size(), "problem") + " found in " + badItems + " of " + count(found, "file");
            if (found > 0 || problems.isEmpty()) {
                // With no file checked, the lines above say all there is.
                io.err().println(warnings.isEmpty() ? result : result + ", " + count(warnings.size(), "warning"));
            }
            if (readability) {
                ReadabilityReport.write(items.stream().filter(i -> !i.config() && i.kind() != FileKind.TEMPLATE)
                        .map(Item::source).toList(), io);
            }
        }
        return problems.isEmpty() ? Cli.OK : Cli.INPUT;
    }

    /** A file name as one spelling: "./p.yaml" and "p.yaml" are one file; "<stdin>" and built-ins stay. */
    private static String spelled(String file) {
        if (file == null || file.startsWith("<") || file.isEmpty()) {
            return file;
        }
        try {
            String n = Path.of(file).normalize().toString();
            return n.isEmpty() ? file : n;
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }

    private static Set<Problem> respelled(Set<Problem> problems) {
        Set<Problem> out = new LinkedHashSet<>();
        for (Problem p : problems) {
            out.add(new Problem(spelled(p.file()), p.line(), p.column(), p.message()));
        }
        return out;
    }

    private static List<Item> builtIns() {
        List<Item> items = new ArrayList<>();
        for (String file : BuiltIns.list("plans")) {
            items.add(new Item(BuiltIns.source("plans/" + file), FileNames.stem(file), FileKind.PLAN, null));
        }
        for (String file : BuiltIns.list("plans/exercises")) {
            items.add(new Item(BuiltIns.source("plans/exercises/" + file), FileNames.stem(file), FileKind.EXERCISE, null));
        }
        for (String file : BuiltIns.list("plans/i18n")) {
            items.add(new Item(BuiltIns.source("plans/i18n/" + file), stem(file), FileKind.PLAN_TRANSLATION, null));
        }
        for (String file : BuiltIns.list("plans/exercises/i18n")) {
            items.add(new Item(BuiltIns.source("plans/exercises/i18n/" + file), stem(file),
                    FileKind.EXERCISE_TRANSLATION, null));
        }
        for (String file : BuiltIns.list("templates")) {
            items.add(new Item(BuiltIns.source("templates/" + file), FileNames.stem(file), FileKind.TEMPLATE, null));
        }
        for (String file : BuiltIns.list("templates/i18n")) {
            items.add(new Item(BuiltIns.source("templates/i18n/" + file), stem(file), FileKind.TEMPLATE_TRANSLATION,
                    null));
        }
        return items;
    }

    private List<Item> files(Streams io) {
        List<Item> items = new ArrayList<>();
        // A file reached twice (two arguments, or a link beside its target) is checked once.
        Set<Object> seen = new java.util.HashSet<>();
        for (String arg : paths) {
            if (arg.equals("-")) {
                Source s = PlanRef.resolve("-", io.in());
                FileKind kind = FileKind.byContent(s);
                String id = kind == FileKind.EXERCISE ? FileKind.declaredId(s) : null;
                items.add(new Item(s, id != null ? id : PlanRef.fallbackId(s), kind, null));
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                YamlFolder.Listing listing = walk(path);
                unreadable.addAll(listing.unreadable());
                for (YamlFolder.Unread file : listing.unreadFiles()) {
                    // As a file that is read: a pipe reached twice (two arguments, a link) is one file.
                    if (seen.add(FileIdentity.of(file.file()))) {
                        unreadable.add(file.problem());
                        unreadFiles++;
                    }
                }
                if (listing.files().isEmpty() && listing.unreadable().isEmpty() && listing.unreadFiles().isEmpty()) {
                    // "0 files OK" for a mistyped or empty folder would let a CI job pass having checked nothing.
                    unreadable.add(new Problem(arg, 0, 0,
                            "no plan, exercise or template to check: the folder holds no .yaml or .yml file"));
                }
                List<Path> exercises = new ArrayList<>();
                for (Path file : listing.files()) {
                    if (seen.add(FileIdentity.of(file))) {
                        Item item = item(file);
                        items.add(item);
                        if (item.kind() == FileKind.EXERCISE) {
                            exercises.add(file);
                        }
                    }
                }
                // As --library reads the folder: two exercise files of one folder with one id make it unusable.
                unreadable.addAll(sameIds(exercises));
                caseTwins.addAll(caseTwins(listing.files()));
            } else if (Files.isRegularFile(path)) {
                if (seen.add(FileIdentity.of(path))) {
                    items.add(item(path));
                }
            } else if (Files.exists(path)) {
                // A pipe or device named on the command line, as one found in a folder: reading it
                // would wait for a writer or never end; it is one problem, and the others are still checked.
                if (seen.add(FileIdentity.of(path))) {
                    unreadable.add(new Problem(arg, 0, 0, YamlFolder.NOT_REGULAR));
                    unreadFiles++;
                }
            } else {
                throw new UncheckedIOException(arg + ": cannot read: no such file or directory",
                        new NoSuchFileException(arg));
            }
        }
        return items;
    }

    /** Exercise files that give one id in one folder ("squat.yaml", "squat.yml"), as the library reports them. */
    private static List<Problem> sameIds(List<Path> exercises) {
        List<Problem> out = new ArrayList<>();
        Map<Path, Map<String, Path>> byFolder = new HashMap<>();
        for (Path file : exercises) {
            String id = FileNames.stem(file.getFileName().toString());
            Path first = byFolder.computeIfAbsent(file.toAbsolutePath().getParent(), k -> new HashMap<>())
                    .putIfAbsent(id, file);
            if (first != null) {
                out.add(Library.sameIdProblem(file, first, id));
            }
        }
        return out;
    }

    /**
     * Files of one folder whose names differ only in case ("Squat.yaml", "squat.yaml"): two files here,
     * but one on macOS and Windows, where copying the folder would silently keep only one of them.
     */
    private static List<Problem> caseTwins(List<Path> files) {
        List<Problem> out = new ArrayList<>();
        Map<String, Path> firstByName = new HashMap<>();
        for (Path file : files) {
            Path parent = file.toAbsolutePath().getParent();
            String key = parent + "/" + file.getFileName().toString().toLowerCase(Locale.ROOT);
            Path first = firstByName.putIfAbsent(key, file);
            if (first != null) {
                out.add(new Problem(spelled(file.toString()), 0, 0, "its name differs from " + spelled(first.toString())
                        + " only in case;"
                        + " on macOS and Windows the two are one file, and copying the folder there keeps only one;"
                        + " rename one of them"));
            }
        }
        return out;
    }

    private static Item item(Path file) {
        Source source = Source.file(file);
        if (file.getFileName().toString().equals(Environment.PROJECT_CONFIG)) {
            return new Item(source, null, null, null);
        }
        FileKind kind = FileKind.of(file);
        // No extra folder: a plan validates against the same exercises that generate would use.
        return new Item(source, FileNames.stem(file.getFileName().toString()), kind, null);
    }

    /** Every .yaml/.yml file under the folder, in a stable order; hidden folders are skipped. */
    private static YamlFolder.Listing walk(Path folder) {
        try {
            return YamlFolder.walk(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot read: " + IoMessages.reason(e), e);
        }
    }

    /** "fr/squat.yaml" → "squat". */
    private static String stem(String file) {
        return FileNames.stem(file.substring(file.lastIndexOf('/') + 1));
    }

    private static List<Path> concat(List<Path> list, Path more) {
        List<Path> all = new ArrayList<>(list);
        all.add(0, more);
        return all;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
