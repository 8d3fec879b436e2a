package org.hep.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.TypeConversionException;

/**
 * A file or folder named by an option ({@code --library}, {@code --out-dir} …). A name the system
 * cannot spell (é under {@code LC_ALL=C}) is a usage error in the same words as {@code -o}'s,
 * never a Java type name.
 */
final class FileNameArgument {
    private FileNameArgument() {
    }

    static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(FileNameWords.cannotUse(e));
        }
    }
}
