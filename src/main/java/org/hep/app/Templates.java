package org.hep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.diag.RequestException;
import org.hep.diag.Suggest;
import org.hep.load.FileNames;
import org.hep.load.Source;
import org.hep.load.TemplateLoader;
import org.hep.load.TemplateWords;
import org.hep.model.Clinic;
import org.hep.model.Origin;
import org.hep.model.Plan;
import org.hep.model.Template;

/**
 * Picks the template for a handout: the option, else the plan's {@code template:}, else the
 * configured default, else "standard". A name is looked up beside the plan (for the plan's own
 * {@code template:}), then in the configured template folders, then among the built-in ones.
 * The configured clinic details are laid over the chosen template's.
 */
public final class Templates {
    private Templates() {
    }

    public static Template choose(String option, Plan plan) {
        return choose(option, plan, ClinicSetup.NONE);
    }

    /**
     * The template, its built-in sample words (clinic placeholder, footer) in the plan's language,
     * then the configured clinic details over them.
     */
    public static Template choose(String option, Plan plan, ClinicSetup setup) {
        return withClinic(TemplateWords.inLanguage(load(option, plan, setup), plan.language()), setup);
    }

    private static Template load(String given, Plan plan, ClinicSetup setup) {
        // A name with a stray space (a script's "$TEMPLATE ") is the name, as --page-size ' a4' is a4;
        // a path is taken as written.
        String option = given == null || FileNames.looksLikePath(given) ? given : given.strip();
        if (option != null) {
            if (FileNames.looksLikePath(option) && !Files.isRegularFile(Path.of(option))) {
                String why = Files.isDirectory(Path.of(option)) ? "is a folder, not a template file"
                        : Files.exists(Path.of(option)) ? "not a regular file" : "no such file or directory";
                throw new java.io.UncheckedIOException(option + ": cannot read: " + why,
                        new java.io.IOException(option));
            }
            Source s = find(option, null, setup.templateFolders());
            if (s == null) {
                throw new RequestException(RequestException.Subject.TEMPLATE, "unknown template '" + option + "'"
                        + known(option, setup.templateFolders()));
            }
            return TemplateLoader.load(s);
        }
        String name = plan.template() != null ? plan.template()
                : setup.defaultTemplate() != null ? setup.defaultTemplate() : "standard";
        // Only a template the plan names is looked for beside it: a stray standard.yaml in the
        // plan's folder must not replace the built-in default.
        Path besidePlan = plan.template() == null || plan.source() == null ? null
                : Path.of(plan.source()).toAbsolutePath().getParent();
        Source s = find(name, besidePlan, setup.templateFolders());
        if (s == null) {
            String message = "unknown template '" + name + "'" + notAFile(name, besidePlan)
                    + known(name, setup.templateFolders());
            Origin at = plan.template() == null ? setup.templateAt() : plan.templateAt();
            throw new InvalidInputException(at != null ? new Problem(at.file(), at.line(), at.column(), message)
                    : new Problem(plan.template() != null ? plan.source() : "configured template", 0, 0, message));
        }
        return TemplateLoader.load(s);
    }

    /**
     * Why the template name {@code name} finds nothing in {@code folders} or among the built-in
     * ones ("unknown template 'x'; built-in templates are …"), or null when it finds one. A path
     * is not judged here: reading it says what is wrong with it.
     */
    public static String unknownName(String name, List<Path> folders) {
        return FileNames.looksLikePath(name) || find(name, null, folders) != null ? null
                : "unknown template '" + name + "'" + known(name, folders);
    }

    /** Beside the referring file, then the configured folders (the first that has it), then built in. */
    private static Source find(String ref, Path besideDir, List<Path> folders) {
        if (!FileNames.looksLikePath(ref)) {
            if (besideDir != null) {
                Source beside = TemplateLoader.find(ref, besideDir);
                if (beside != null && beside.dir() != null) {
                    return beside;
                }
            }
            for (Path folder : folders) {
                Path file = folder.resolve(ref + ".yaml");
                if (Files.isRegularFile(file)) {
                    return Source.file(file);
                }
            }
        }
        return TemplateLoader.find(ref, besideDir);
    }

    /**
     * Every template a name can reach, by name in order: the configured folders' {@code .yaml}
     * files (the first folder that has a name wins, as {@link #find} looks), then the built-in ones
     * they do not replace.
     */
    public static java.util.SortedMap<String, Source> named(List<Path> folders) {
        java.util.TreeMap<String, Source> named = new java.util.TreeMap<>();
        for (Path folder : folders) {
            try (var files = Files.list(folder)) {
                files.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted()
                        .forEach(p -> named.putIfAbsent(FileNames.stem(p.getFileName().toString()), Source.file(p)));
            } catch (java.io.IOException e) {
                // a folder that went away lists nothing
            }
        }
        for (String builtIn : TemplateLoader.builtInNames()) {
            named.putIfAbsent(builtIn, org.hep.load.BuiltIns.source("templates/" + builtIn + ".yaml"));
        }
        return named;
    }

    /**
     * "; tdir.yaml is a folder, not a template file" when the plan's folder has the file the name
     * would be but it is no file to read (a folder, a pipe, which is never opened); else "".
     */
    private static String notAFile(String name, Path besideDir) {
        if (besideDir == null) {
            return "";
        }
        try {
            Path file = besideDir.resolve(FileNames.looksLikePath(name) ? name : name + ".yaml").normalize();
            return !Files.exists(file) || Files.isRegularFile(file) ? ""
                    : "; " + file + (Files.isDirectory(file) ? " is a folder, not a template file" : " is not a regular file");
        } catch (java.nio.file.InvalidPathException e) {
            return "";
        }
    }

    private static String known(String name, List<Path> folders) {
        TreeSet<String> names = new TreeSet<>(TemplateLoader.builtInNames());
        for (Path folder : folders) {
            try (var files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).filter(FileNames::isYaml).map(FileNames::stem)
                        .forEach(names::add);
            } catch (java.io.IOException e) {
                // a folder that went away lists nothing
            }
        }
        String list = folders.isEmpty() ? "; built-in templates are " + String.join(", ", TemplateLoader.builtInNames())
                : "; templates are " + String.join(", ", names);
        return Suggest.hint(name, names) + list;
    }

    /** Configured clinic details win over the template's, one field at a time. */
    static Template withClinic(Template t, ClinicSetup setup) {
        Clinic over = setup.clinic();
        if (over == null || over.isEmpty()) {
            return t;
        }
        Clinic c = t.clinic();
        Clinic merged = new Clinic(or(over.name(), c.name()), or(over.address(), c.address()),
                or(over.phone(), c.phone()), or(over.website(), c.website()), or(over.logo(), c.logo()));
        return t.withClinic(merged, over.phone() != null ? setup.phoneAt() : t.phoneAt());
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}
