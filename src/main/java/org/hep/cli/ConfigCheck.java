package org.hep.cli;

import java.io.UncheckedIOException;
import java.util.List;
import org.hep.app.ClinicSetup;
import org.hep.app.Generator;
import org.hep.app.Templates;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.load.ConfigLoader;
import org.hep.load.Source;
import org.hep.model.ConfigFile;
import org.hep.model.Origin;

/**
 * {@code hep validate} on a {@code hep.yaml}: the settings file is read by the config loader, with
 * its own keys and messages, as every command reads it; as a plan it would get one 'unknown key'
 * per setting. Clinic details are laid out on a sample handout, as a template is, so that what only
 * a layout finds (a phone too long for the footer) is found before the first handout.
 */
final class ConfigCheck {
    private ConfigCheck() {
    }

    /** @param run the run's own settings, whose template folders may hold the template this file names */
    static List<Problem> problems(Source source, ClinicSetup run) {
        try {
            ConfigFile c = ConfigLoader.load(source);
            List<java.nio.file.Path> folders = new java.util.ArrayList<>(c.templates());
            folders.addAll(run.templateFolders());
            String unknown = c.template() == null ? null : Templates.unknownName(c.template(), folders);
            if (unknown != null) {
                Origin at = c.templateAt();
                return List.of(new Problem(at.file(), at.line(), at.column(), unknown));
            }
            if (!c.clinic().isEmpty()) {
                Generator.sampleLayout(new ClinicSetup(folders, c.template(), c.clinic(), c.templateAt(), c.phoneAt()));
            }
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        } catch (UncheckedIOException e) {
            String m = e.getMessage();
            String prefix = source.name() + ": ";
            return List.of(new Problem(source.name(), 0, 0, m.startsWith(prefix) ? m.substring(prefix.length()) : m));
        }
    }
}
