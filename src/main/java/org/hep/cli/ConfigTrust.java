package org.hep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Whether a {@code hep.yaml} found on the way up from the working folder can be trusted. It
 * chooses the exercises, templates and clinic printed on patients' handouts, so it is read only
 * when it is the user's own (or root's) and nobody else can change or replace it: the same care
 * git takes with a repository another user owns. A link is judged by the file it points to.
 */
final class ConfigTrust {
    private ConfigTrust() {
    }

    /** Why {@code file} cannot be trusted, or null when only its owner (the user or root) could have written it. */
    static String doubt(Path file) {
        try {
            Path real = file.toRealPath();
            Path folder = real.getParent();
            int owner = (Integer) Files.getAttribute(real, "unix:uid");
            if (owner != 0 && !isMe(owner, real)) {
                return "it belongs to another user (" + Files.getOwner(real).getName() + ")";
            }
            if (Files.getPosixFilePermissions(real).contains(PosixFilePermission.OTHERS_WRITE)) {
                return "anyone can change it";
            }
            Set<PosixFilePermission> around = Files.getPosixFilePermissions(folder);
            // In a sticky folder (as /tmp is) only a file's owner can replace it.
            if (around.contains(PosixFilePermission.OTHERS_WRITE) && !sticky(folder)) {
                return "anyone can write to its folder, so anyone could have put it there";
            }
            return null;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;   // not a POSIX file system: its own access rules apply
        } catch (IOException e) {
            return "it cannot be read (" + org.hep.diag.IoMessages.reason(e) + ")";
        }
    }

    private static boolean sticky(Path folder) throws IOException {
        return ((Integer) Files.getAttribute(folder, "unix:mode") & 01000) != 0;
    }

    /**
     * The running process's user id is the owner of /proc/self on Linux; elsewhere the user's
     * name is compared with the file owner's (a user id without a name then counts as another's).
     */
    private static boolean isMe(int owner, Path file) throws IOException {
        Path self = Path.of("/proc/self");
        if (Files.exists(self)) {
            return owner == (Integer) Files.getAttribute(self, "unix:uid");
        }
        return Files.getOwner(file).getName().equals(System.getProperty("user.name"));
    }
}
