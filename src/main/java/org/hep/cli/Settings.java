package org.hep.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hep.app.ClinicSetup;
import org.hep.app.Templates;
import org.hep.load.ConfigLoader;
import org.hep.load.FileNames;
import org.hep.load.Source;
import org.hep.model.Clinic;
import org.hep.model.ConfigFile;
import org.hep.model.PageSize;

/**
 * The effective settings and where each came from. Lowest first: built-in defaults, the user's
 * config (XDG), {@code hep.yaml} in the working folder or the nearest parent, then {@code HEP_…}
 * variables; a command's options win over all of them. A later source replaces a single value;
 * folder lists add up, later folders winning on a shared id.
 */
public final class Settings {
    /** A value and where it came from ("default", a file, or a variable's name). */
    public record Value<T>(T value, String source) {
    }

    static final String DEFAULT = "default";

    private final List<Value<Path>> library = new ArrayList<>();
    private final List<Value<Path>> templates = new ArrayList<>();
    private Value<String> template = new Value<>("standard", DEFAULT);
    private Value<PageSize> pageSize = new Value<>(null, DEFAULT);
    private Value<String> language = new Value<>("(the plan's own)", DEFAULT);
    private final Value<?>[] clinic = new Value<?>[5];
    /** Where the configuration file that named the default template named it; null when none did. */
    private org.hep.model.Origin templateAt;
    /** Where the configuration file that set the clinic's phone last wrote it. */
    private org.hep.model.Origin phoneAt;
    private final List<String> files = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Settings() {
    }

    /** @throws org.hep.diag.InvalidInputException for a bad config file, UsageException for a bad variable */
    public static Settings load(Environment env) {
        Settings s = new Settings();
        Path user = env.userConfig();
        if (user != null && Files.isRegularFile(user)) {
            s.apply(ConfigLoader.load(Source.file(user)));
        } else if (user != null && Files.exists(user, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // A folder (or a pipe) where the settings file belongs: passed by in silence, its settings would just not apply.
            s.notes.add("hep: note: ignoring " + Cli.oneLine(user.toString()) + ": " + notAFile(user));
        }
        Path project = env.projectConfig();
        if (project != null && !project.equals(user) && !Files.isRegularFile(project)) {
            s.notes.add("hep: note: ignoring " + Cli.oneLine(project.toString()) + ": " + notAFile(project));
        } else if (project != null && !project.equals(user)) {
            String doubt = ConfigTrust.doubt(project);
            if (doubt == null) {
                s.apply(ConfigLoader.load(Source.file(project)));
            } else {
                s.notes.add("hep: note: ignoring " + Cli.oneLine(project.toString()) + ": " + doubt
                        + "; hep reads a hep.yaml only when it is yours and nobody else can change it");
            }
        }
        s.applyEnvironment(env);
        return s;
    }

    /** Why a settings file's name does not lead to a file hep can read. */
    private static String notAFile(Path path) {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return "it is a link to nothing (a missing file, or a loop of links)";
        }
        return Files.isDirectory(path) ? "it is a folder, not a file" : "it is not a file";
    }

    /** Lines to say once on stderr: a config file that was found but not read, and why. */
    List<String> notes() {
        return notes;
    }

    private void apply(ConfigFile c) {
        String from = c.source();
        files.add(from);
        c.library().forEach(p -> library.add(new Value<>(p, from)));
        c.templates().forEach(p -> templates.add(new Value<>(p, from)));
        if (c.template() != null) {
            template = new Value<>(c.template(), from);
            templateAt = c.templateAt();
        }
        if (c.pageSize() != null) {
            pageSize = new Value<>(c.pageSize(), from);
        }
        if (c.language() != null) {
            language = new Value<>(c.language(), from);
        }
        Clinic k = c.clinic();
        Object[] fields = {k.name(), k.address(), k.phone(), k.website(), k.logo()};
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != null) {
                clinic[i] = new Value<>(fields[i], from);
            }
        }
        if (k.phone() != null) {
            phoneAt = c.phoneAt();
        }
    }

    private void applyEnvironment(Environment env) {
        folders(env, "HEP_LIBRARY", library);
        folders(env, "HEP_TEMPLATES", templates);
        String t = env.get("HEP_TEMPLATE");
        if (t != null) {
            String unknown = Templates.unknownName(t, templates.stream().map(Value::value).toList());
            if (unknown != null) {
                throw new UsageException("HEP_TEMPLATE: " + Cli.oneLine(unknown));
            }
            templateAt = null;
            template = new Value<>(FileNames.looksLikePath(t) ? env.workingDir().resolve(t).normalize().toString() : t,
                    "HEP_TEMPLATE");
        }
        String page = env.get("HEP_PAGE_SIZE");
        if (page != null) {
            PageSize p = PageSize.parse(page);
            if (p == null) {
                throw new UsageException("HEP_PAGE_SIZE: must be letter or a4, found '" + Cli.oneLine(page) + "'");
            }
            pageSize = new Value<>(p, "HEP_PAGE_SIZE");
        }
        String lang = env.get("HEP_LANGUAGE");
        if (lang != null) {
            LanguageOption.checked(lang, "HEP_LANGUAGE");
            language = new Value<>(lang.toLowerCase(Locale.ROOT), "HEP_LANGUAGE");
        }
    }

    /** A PATH-like list of folders, relative to the working folder; each must exist. */
    private static void folders(Environment env, String name, List<Value<Path>> into) {
        String v = env.get(name);
        if (v == null) {
            return;
        }
        for (String part : v.split(File.pathSeparator)) {
            if (part.isBlank()) {
                continue;
            }
            Path folder = env.workingDir().resolve(part.strip()).normalize();
            if (!Files.isDirectory(folder)) {
                throw new UsageException(name + ": folder '" + Cli.oneLine(part.strip()) + "' "
                        + (Files.exists(folder) ? "is a file, not a folder" : "not found"));
            }
            into.add(new Value<>(folder, name));
        }
    }

    public List<Path> libraryFolders() {
        return values(library);
    }

    /** Loops, not streams, on the way to a handout: their lambdas cost a one-off handout's start. */
    private static <T> List<T> values(List<Value<T>> settings) {
        List<T> out = new ArrayList<>(settings.size());
        for (Value<T> v : settings) {
            out.add(v.value());
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** The configured templates, default and clinic details, for every handout of the run. */
    public ClinicSetup setup() {
        String defaultTemplate = template.source().equals(DEFAULT) ? null : template.value();
        return new ClinicSetup(values(templates), defaultTemplate,
                new Clinic((String) field(0), (String) field(1), (String) field(2), (String) field(3),
                        (org.hep.model.ImageFile) field(4)), templateAt, phoneAt);
    }

    private Object field(int i) {
        return clinic[i] == null ? null : clinic[i].value();
    }

    public PageSize pageSize() {
        return pageSize.value();
    }

    /** The language a config file or HEP_LANGUAGE asks for, or null when none does. */
    public Value<String> configuredLanguage() {
        return language.source().equals(DEFAULT) ? null : language;
    }

    /** Every setting as "name, value, source" rows, in a fixed order, for {@code hep config}. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("config files", files.isEmpty() ? "(none)" : String.join(", ", files),
                files.isEmpty() ? DEFAULT : "found"));
        if (library.isEmpty()) {
            rows.add(List.of("library", "(built-in exercises only)", DEFAULT));
        }
        library.forEach(v -> rows.add(List.of("library", v.value().toString(), v.source())));
        if (templates.isEmpty()) {
            rows.add(List.of("templates", "(built-in templates only)", DEFAULT));
        }
        templates.forEach(v -> rows.add(List.of("templates", v.value().toString(), v.source())));
        rows.add(List.of("template", template.value(), template.source()));
        rows.add(List.of("page_size", pageSize.value() == null ? "(the template's)" : pageSize.value().key(),
                pageSize.source()));
        rows.add(List.of("language", language.value(), language.source()));
        String[] names = {"clinic.name", "clinic.address", "clinic.phone", "clinic.website", "clinic.logo"};
        for (int i = 0; i < names.length; i++) {
            Value<?> v = clinic[i];
            String shown = v == null ? "(the template's)" : v.value() instanceof org.hep.model.ImageFile img
                    ? img.path().toString() : String.valueOf(v.value());
            rows.add(List.of(names[i], shown, v == null ? DEFAULT : v.source()));
        }
        return rows;
    }
}
