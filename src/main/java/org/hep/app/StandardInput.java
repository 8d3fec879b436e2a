package org.hep.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether the process was started with standard input closed ({@code hep generate - <&-}, or a
 * cron job without stdin). The kernel then gives descriptor 0 to the first file the JVM opens,
 * often its own jar or a JDK file, and reading "stdin" would read that file instead.
 */
public final class StandardInput {
    private StandardInput() {
    }

    public static boolean closed() {
        Path fd0 = Path.of("/proc/self/fd/0");
        try {
            if (!Files.exists(fd0, LinkOption.NOFOLLOW_LINKS)) {
                return Files.isDirectory(Path.of("/proc/self/fd"));
            }
            String target = Files.readSymbolicLink(fd0).toString();
            if (target.startsWith(System.getProperty("java.home") + File.separator) || target.endsWith(".jsa")) {
                return true;
            }
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().toString().equals(target)) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            return false; // no /proc: assume an ordinary stdin
        }
    }
}
