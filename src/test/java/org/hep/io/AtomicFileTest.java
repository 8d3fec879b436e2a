package org.hep.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.stream.Stream;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    private static final byte[] OLD = "the handout printed yesterday".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTempFile() throws IOException {
        Path target = Files.write(dir.resolve("handout.pdf"), OLD);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, out -> {
            out.write("%PDF-1.7 half a page".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("No space left on device");
        }));
        assertEquals(target + ": cannot write: No space left on device", e.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aRenderBugHalfWayAlsoLeavesTheOldFileAndNoTempFile() throws IOException {
        Path target = Files.write(dir.resolve("handout.pdf"), OLD);
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[10_000]);
            throw new IllegalStateException("layout bug");
        }));
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aSuccessfulWriteReplacesTheFileWhole() throws IOException {
        Path target = Files.write(dir.resolve("handout.pdf"), OLD);
        AtomicFile.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void writtenFilesGetTheFolderUsualPermissionsNotPrivateOnes() throws IOException {
        // A file made the ordinary way shows what the user's umask gives (rw-r--r-- under 022).
        Path usual = Files.createFile(dir.resolve("usual"));
        Path target = dir.resolve("handout.pdf");
        AtomicFile.write(target, OLD);
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(usual)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    /**
     * A clinic's nightly job, run as root, writes a therapist's handout again: the handout stays
     * the therapist's and their group's, with its own permissions, so they can still open it.
     */
    @Test
    void aHandoutWrittenAgainByRootKeepsItsOwnerGroupAndPermissions() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file away");
        Path target = dir.resolve("c.pdf");
        Hep.expectExit(0, Hep.run("generate", "it-band-syndrome", "-o", target.toString()));
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody;
        GroupPrincipal nogroup;
        try {
            nobody = users.lookupPrincipalByName("nobody");
            nogroup = users.lookupPrincipalByGroupName("nogroup");
            Files.setOwner(target, nobody);
            Files.getFileAttributeView(target, PosixFileAttributeView.class).setGroup(nogroup);
        } catch (IOException e) {
            assumeTrue(false, "cannot give the file to nobody:nogroup here: " + e);
            return;
        }
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        byte[] before = Files.readAllBytes(target);

        CliRun r = Hep.expectExit(0, Hep.run("generate", "it-band-syndrome", "--patient", "Ann", "-o",
                target.toString()));
        assertEquals("", r.err());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(target)), "written again");
        PosixFileAttributes now = Files.readAttributes(target, PosixFileAttributes.class);
        assertEquals("nobody:nogroup rw-r-----", now.owner().getName() + ":" + now.group().getName() + " "
                + PosixFilePermissions.toString(now.permissions()));
        assertEquals(List.of(target), files());
    }

    /**
     * In a folder someone else can write to, the temp file may be swapped for a link to a file of
     * root's between its writing and its owner being set: the owner and mode are never set through
     * the link, so the linked file keeps its own.
     */
    @Test
    void theOwnerAndModeAreNeverGivenThroughALinkSwappedForTheTempFile() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim"), "root's own\n");
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-------"));
        Path target = Files.write(dir.resolve("c.pdf"), OLD);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Path tmp = Files.createSymbolicLink(dir.resolve(".hep-swapped.tmp"), victim);
        assertThrows(IOException.class, () -> AtomicFile.keepPermissions(target, tmp));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(victim)));
        assertEquals("root's own\n", Files.readString(victim));
    }

    @Test
    void aFailedGenerateLeavesThePreviousHandoutUntouched() throws IOException {
        Path target = Files.write(dir.resolve("handout.pdf"), OLD);
        CliRun run = Hep.run("generate", "src/test/resources/bad/support/ok-plan.yaml",
                "--template", "src/test/resources/bad/templates/font-garbage.yaml", "-o", target.toString());
        assertEquals(1, run.exit());
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void whatTheSignalHookDoesMidWriteLeavesNoTempFileAndTheOldTarget() throws IOException {
        Path target = Files.write(dir.resolve("handout.pdf"), OLD);
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, out -> {
            out.write("%PDF-1.7 half".getBytes(StandardCharsets.US_ASCII));
            TempFiles.removePending();
        }));
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }
}
