package org.hep.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.hep.diag.IoMessages;
import org.hep.diag.Problem;
import org.hep.load.FileNames;

/**
 * The YAML files under a folder, for {@code hep validate}: hidden folders are skipped, and a
 * subfolder that cannot be read is named as a problem while the rest is still checked.
 * Links are followed, to folders and to files, as {@code generate} follows them: a clinic that
 * links its shared exercises into each folder expects them checked. A link back to a folder
 * being walked would go round forever, so it is skipped (its files are checked on the way in).
 */
final class YamlFolder {
    /**
     * @param unreadable one problem per folder that could not be read
     * @param unreadFiles the files that could not be read (a pipe, a broken link), each with its problem:
     *                    they count among the files found
     */
    record Listing(List<Path> files, List<Problem> unreadable, List<Unread> unreadFiles) {
    }

    /** A YAML file that is not read, and why. */
    record Unread(Path file, Problem problem) {
    }

    /** What is said of a pipe, socket or device where a YAML file was expected: it is never opened. */
    static final String NOT_REGULAR = "cannot read: not a regular file (a pipe, socket or device); it was not checked";

    private YamlFolder() {
    }

    static Listing walk(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        List<Unread> unreadFiles = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || !FileNames.isYaml(name)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    files.add(file);
                } else if (attrs.isSymbolicLink()) {
                    // Only a link that cannot be followed gets here with its own attributes.
                    unreadFiles.add(new Unread(file, new Problem(file.toString(), 0, 0, "cannot read: " + brokenLink(file))));
                } else {
                    // A pipe or device would block or never end; passing it by in silence would hide a file.
                    unreadFiles.add(new Unread(file, new Problem(file.toString(), 0, 0, NOT_REGULAR)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof FileSystemLoopException) {
                    return FileVisitResult.CONTINUE;
                }
                if (file.equals(folder)) {
                    throw e;
                }
                unreadable.add(new Problem(file.toString(), 0, 0, "cannot read: " + IoMessages.reason(e)
                        + "; the files in it were not checked"));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return new Listing(files, unreadable, unreadFiles);
    }

    private static String brokenLink(Path link) {
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return "cannot follow the link";
        } catch (java.nio.file.NoSuchFileException e) {
            try {
                return "it links to " + Cli.oneLine(Files.readSymbolicLink(link).toString()) + ", which does not exist";
            } catch (IOException again) {
                return IoMessages.reason(again);
            }
        } catch (IOException e) {
            return IoMessages.reason(e);
        }
    }
}
