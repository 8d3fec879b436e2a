package org.hep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hep.load.Library;
import picocli.CommandLine.Option;

/** {@code --library DIR} for every command that reads exercises (a picocli mixin). */
public final class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR",
            description = "Extra exercise folder; its files override built-in exercises with the same id. Repeatable.")
    List<Path> libraries = new ArrayList<>();

    public Library library() {
        return Library.withFolders(libraries);
    }
}
