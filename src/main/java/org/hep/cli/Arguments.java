package org.hep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Under a C/POSIX locale the JVM decodes arguments as ASCII, so "--patient Zoë" arrives as
 * "Zo\uFFFD". The shell passed UTF-8 bytes; on Linux they are still in /proc/self/cmdline,
 * so a damaged argument list is decoded again from there.
 */
final class Arguments {
    private Arguments() {
    }

    /**
     * Why the arguments cannot be used: a control character (an escape sequence in --patient would
     * reach the handout's text and any terminal that shows it), or null. Tab and newline are fine.
     */
    static String controlCharacter(String[] args) {
        for (int i = 0; i < args.length; i++) {
            int at = org.hep.model.SafeText.firstForbidden(args[i]);
            if (at >= 0) {
                return "argument " + (i + 1) + " contains the "
                        + org.hep.model.SafeText.describe(args[i].codePointAt(at)) + "; remove it";
            }
        }
        return null;
    }

    /** Whether any argument holds the replacement character (a plain loop: the first lambda of a run costs its start). */
    private static boolean damaged(String[] args) {
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }

    static String[] recover(String[] args) {
        if (!damaged(args)) {
            return args;
        }
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<String> all = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    all.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            if (all.size() < args.length) {
                return args;
            }
            String[] tail = all.subList(all.size() - args.length, all.size()).toArray(new String[0]);
            for (int i = 0; i < args.length; i++) {
                // Only accept the re-read list if it lines up with what the JVM gave us.
                if (tail[i].length() == 0 != (args[i].length() == 0)) {
                    return args;
                }
            }
            return tail;
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }
}
