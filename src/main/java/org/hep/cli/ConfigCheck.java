package org.hep.cli;

import java.io.UncheckedIOException;
import java.util.List;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.load.ConfigLoader;
import org.hep.load.Source;

/**
 * {@code hep validate} on a {@code hep.yaml}: the settings file is read by the config loader, with
 * its own keys and messages, as every command reads it; as a plan it would get one 'unknown key'
 * per setting.
 */
final class ConfigCheck {
    private ConfigCheck() {
    }

    static List<Problem> problems(Source source) {
        try {
            ConfigLoader.load(source);
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
