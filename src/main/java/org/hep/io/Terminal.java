package org.hep.io;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Is the process's own stdout/stderr a terminal? (A PDF must never be dumped onto one.) */
public final class Terminal {
    private Terminal() {
    }

    public static boolean isStdoutTerminal(PrintStream out) {
        return out == System.out && isTty(1);
    }

    public static boolean isStderrTerminal(PrintStream err) {
        return err == System.err && isTty(2);
    }

    private static boolean isTty(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (java.io.IOException | SecurityException e) {
            // fall through to the JDK's view
        }
        return System.console() != null;
    }
}
