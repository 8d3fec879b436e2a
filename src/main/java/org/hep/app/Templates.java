package org.hep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.diag.RequestException;
import org.hep.load.FileNames;
import org.hep.load.Source;
import org.hep.diag.Suggest;
import org.hep.load.Source;
import org.hep.load.TemplateLoader;
import org.hep.load.TemplateWords;
import org.hep.model.Plan;
import org.hep.model.Template;

/** Picks the template for a handout: the option, else the plan's {@code template:}, else "standard". */
public final class Templates {
    private Templates() {
    }

    /** The template, its built-in sample words (clinic placeholder, footer) in the plan's language. */
    public static Template choose(String option, Plan plan) {
        return TemplateWords.inLanguage(chooseFile(option, plan), plan.language());
    }

    private static Template chooseFile(String option, Plan plan) {
        if (option != null) {
            if (FileNames.looksLikePath(option) && !Files.isRegularFile(Path.of(option))) {
                String why = Files.isDirectory(Path.of(option)) ? "is a folder, not a template file"
                        : Files.exists(Path.of(option)) ? "not a regular file" : "no such file or directory";
                throw new java.io.UncheckedIOException(option + ": cannot read: " + why,
                        new java.io.IOException(option));
            }
            Source s = TemplateLoader.find(option, null);
            if (s == null) {
                throw new RequestException(RequestException.Subject.TEMPLATE, "unknown template '" + option + "'"
                        + Suggest.hint(option, TemplateLoader.builtInNames()) + "; built-in templates are "
                        + String.join(", ", TemplateLoader.builtInNames()));
            }
            return TemplateLoader.load(s);
        }
        String name = plan.template() != null ? plan.template() : "standard";
        // Only a template the plan names is looked for beside it: a stray standard.yaml in the
        // plan's folder must not replace the built-in default.
        Path besidePlan = plan.template() == null || plan.source() == null ? null
                : Path.of(plan.source()).toAbsolutePath().getParent();
        Source s = TemplateLoader.find(name, besidePlan);
        if (s == null) {
            throw new InvalidInputException(new Problem(plan.source(), 0, 0, "unknown template '" + name + "'"
                    + Suggest.hint(name, TemplateLoader.builtInNames()) + "; built-in templates are "
                    + String.join(", ", TemplateLoader.builtInNames())));
        }
        return TemplateLoader.load(s);
    }
}
