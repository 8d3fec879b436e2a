package org.hep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hep.load.Library;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --library DIR} for every command that reads exercises (a picocli mixin). */
public final class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR",
            description = "Extra exercise folder; its files override built-in exercises with the same id. Repeatable.")
    List<Path> libraries = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The root command when the options were read without picocli ({@link QuickGenerate}). */
    HepCommand root;

    /** The configured folders (hep.yaml, HEP_LIBRARY …), then these: later folders win on an id. */
    public Library library() {
        Library library = Library.withFolders(folders());
        for (String file : library.ignored()) {
            (root != null ? root : HepCommand.of(command)).streams.err().println("hep: note: ignoring "
                    + Cli.oneLine(file) + ": an exercise's file name is its id, which "
                    + org.hep.load.FileNames.ID_RULE + "; rename the file to use it");
        }
        return library;
    }

    /**
     * For the commands that go through the whole library (list, figures): the ids two files of one
     * folder give are left out, with a note each. A command that names such an id fails with it.
     */
    static void noteClashes(Library library, Streams io) {
        for (org.hep.diag.Problem clash : library.clashes()) {
            io.err().println("hep: note: " + Cli.oneLine(clash.toString()) + "; it is left out");
        }
    }

    List<Path> folders() {
        List<Path> all = new ArrayList<>((root != null ? root : HepCommand.of(command)).settings().libraryFolders());
        all.addAll(libraries);
        return all;
    }
}
