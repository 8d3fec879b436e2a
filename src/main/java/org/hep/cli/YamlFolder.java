package org.hep.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.hep.diag.IoMessages;
import org.hep.diag.Problem;
import org.hep.load.FileNames;

/**
 * The YAML files under a folder, for {@code hep validate}: hidden folders are skipped, and a
 * subfolder that cannot be read is named as a problem while the rest is still checked.
 */
final class YamlFolder {
    /** @param unreadable one problem per folder or file that could not be read */
    record Listing(List<Path> files, List<Problem> unreadable) {
    }

    private YamlFolder() {
    }

    static Listing walk(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && !name.startsWith(".") && FileNames.isYaml(name)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(folder)) {
                    throw e;
                }
                unreadable.add(new Problem(file.toString(), 0, 0, "cannot read: " + IoMessages.reason(e)
                        + "; the files in it were not checked"));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return new Listing(files, unreadable);
    }
}
