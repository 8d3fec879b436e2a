package org.hep.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The process environment a run reads its settings from: variables, and the folder where the
 * search for {@code hep.yaml} starts. Tests pass their own.
 */
public record Environment(Map<String, String> vars, Path workingDir) {
    /** The name of a folder's own settings file. */
    static final String PROJECT_CONFIG = "hep.yaml";

    public Environment {
        vars = Map.copyOf(vars);
        workingDir = workingDir.toAbsolutePath();
    }

    public static Environment system() {
        return new Environment(System.getenv(), Path.of(""));
    }

    String get(String name) {
        String v = vars.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** {@code $XDG_CONFIG_HOME/hep/config.yaml}, else {@code ~/.config/hep/config.yaml}; null without a home. */
    Path userConfig() {
        String xdg = get("XDG_CONFIG_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "hep", "config.yaml");
        }
        String home = get("HOME");
        return home == null ? null : Path.of(home, ".config", "hep", "config.yaml");
    }

    /** {@code hep.yaml} in the working folder or the nearest parent that has one, or null. */
    Path projectConfig() {
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(PROJECT_CONFIG);
            // Anything there by that name, a folder or a link to nothing too: it is the one meant, and
            // passed by in silence a clinic's settings (its name on every handout) would just not apply.
            if (java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return file;
            }
        }
        return null;
    }
}
