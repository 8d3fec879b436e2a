package org.hep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Whether a {@code hep.yaml} found on the way up from the working folder can be trusted. It
 * chooses the exercises, templates and clinic printed on patients' handouts, so one that
 * another user could have put there (in {@code /tmp}, say, above a nightly job's folder) or
 * changed is not read: the same care git takes with a repository another user owns.
 */
final class ConfigTrust {
    private ConfigTrust() {
    }

    /** Why {@code file} cannot be trusted, or null when only its owner (or root) could have written it. */
    static String doubt(Path file) {
        try {
            PosixFileAttributes own = Files.readAttributes(file, PosixFileAttributes.class);
            PosixFileAttributes folder = Files.readAttributes(file.toAbsolutePath().getParent(),
                    PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (own.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
                return "anyone can change it";
            }
            if (folder.permissions().contains(PosixFilePermission.OTHERS_WRITE) && !(sticky(file.getParent())
                    && ownedByMe(own))) {
                return "anyone can write to its folder, so anyone could have put it there";
            }
            return null;
        } catch (UnsupportedOperationException e) {
            return null;   // not a POSIX file system: its own access rules apply
        } catch (IOException e) {
            return "it cannot be read (" + org.hep.diag.IoMessages.reason(e) + ")";
        }
    }

    /** In a sticky folder like /tmp only a file's owner can replace it, so one of our own is safe there. */
    private static boolean sticky(Path folder) throws IOException {
        Object mode = Files.getAttribute(folder.toAbsolutePath(), "unix:mode");
        return mode instanceof Integer m && (m & 01000) != 0;
    }

    private static boolean ownedByMe(PosixFileAttributes attrs) {
        String me = System.getProperty("user.name");
        String owner = attrs.owner().getName();
        return owner.equals(me) || owner.equals("root");
    }
}
