package org.hep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.hep.app.OutputFormat;

/**
 * Where each row's handout goes. An output must end in {@code .pdf} (or {@code .html}/{@code .htm}, for the
 * HTML handout {@code generate} makes of such a name) and resolve inside
 * {@code --out-dir} once {@code ..} and symlinked folders are resolved, so a manifest cannot
 * write over files elsewhere; two rows may not name the same file, compared by real path.
 * Only a row that is otherwise good claims its name.
 */
final class BatchOutputs {
    /** A row's output: the path as the user sees it (for messages), the real file to write, and its kind. */
    record Target(Path shown, Path real, OutputFormat format) {
        /**
         * The output as a Mac's or Windows' file system compares names: without case, and with
         * accents in one form ("A.pdf" is "a.pdf", "Zoë" typed or pasted is one name). Handouts
         * made here are often copied there; two rows so named would be one file after the copy.
         */
        Path key() {
            return Path.of(org.hep.model.SafeText.composed(real.toString()).toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A row's hold on its output, released if the row fails, so a later row can have the name. */
    static final class Claim {
        final int line;
        private final CountDownLatch settled = new CountDownLatch(1);
        private volatile boolean written;

        Claim(int line) {
            this.line = line;
        }

        /** Called once the row's handout is written or has failed. */
        void settle(boolean wasWritten) {
            written = wasWritten;
            settled.countDown();
        }

        private boolean isSettled() {
            return settled.getCount() == 0;
        }

        private boolean heldAfterAll() {
            try {
                settled.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return written;
        }
    }

    /** Why a cell cannot be this row's output. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final Path outDir;
    private final Path realOutDir;
    /** Claims of rows still being made, by real path, and those paths in the order they were claimed. */
    private final Map<Path, Claim> unsettled = new HashMap<>();
    private final ArrayDeque<Path> order = new ArrayDeque<>();
    private final WrittenOutputs written = new WrittenOutputs();

    /** @param outDir an existing folder */
    BatchOutputs(Path outDir) throws IOException {
        this.outDir = outDir;
        this.realOutDir = outDir.toRealPath();
    }

    /** The --report file, resolved as an output is (through links, dangling ones too); null without one. */
    private Path reportKey;

    /**
     * The run's --report file: a row whose handout would land there (through a link, made before or
     * during the run) fails, or the report would replace the handout at the end and the count lie.
     */
    void reserveReport(Path report) {
        try {
            reportKey = new Target(report, real(report.toAbsolutePath(), 0), OutputFormat.PDF).key();
        } catch (IOException e) {
            reportKey = null; // the report's own write says why it cannot be written
        }
    }

    /** @param cell the 'output' cell, or the default name made from the plan and patient */
    Target resolve(String cell) throws Refused {
        String control = OutputPath.control(cell); // a line break from a quoted cell, as -o refuses it
        if (control != null) {
            throw new Refused("'output': the file name holds a " + control + "; give a plain file name");
        }
        Path name = ManifestCells.path(cell);
        if (name.isAbsolute()) {
            throw new Refused("'output' must be a file name inside --out-dir, found the absolute path '"
                    + Cli.oneLine(cell) + "'");
        }
        OutputFormat format = OutputFormat.ofFileName(cell);
        if (format == null) {
            throw new Refused("'output' must end in .pdf, or in .html or .htm for the HTML handout (upper or lower "
                    + "case), found '" + Cli.oneLine(cell) + "'");
        }
        String file = name.getFileName() == null ? "" : name.getFileName().toString();
        if (file.startsWith(".") && file.lastIndexOf('.') == 0) {
            // ".pdf" alone would be a hidden file with no name, which no one finds in the folder.
            throw new Refused("'output' needs a file name before its extension, found '" + Cli.oneLine(cell) + "'");
        }
        Path shown = outDir.resolve(name).normalize();
        Path real;
        try {
            real = real(realOutDir.resolve(name).normalize(), 0);
        } catch (IOException e) {
            throw new Refused("'output' " + shown + " cannot be resolved");
        }
        if (!real.startsWith(realOutDir) || real.equals(realOutDir)) {
            throw new Refused("'output' must stay inside --out-dir (" + outDir + "), found '"
                    + Cli.oneLine(cell) + "'");
        }
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            throw new Refused("'output' " + shown + " exists and is not a regular file");
        }
        return new Target(shown, real, format);
    }

    /**
     * Claims the output for {@code line}. When an earlier row holds it, waits for that row: a
     * failed row gives the name up.
     *
     * @throws Refused naming the line that has the file
     */
    Claim claim(Target target, int line) throws Refused {
        settleFinished();
        if (target.key().equals(reportKey)) {
            throw new Refused("output " + target.shown() + " is the file the report of this run goes to (--report);"
                    + " give this row another 'output'");
        }
        Claim running = unsettled.get(target.key());
        int earlier = running != null && running.heldAfterAll() ? running.line : written.lineOf(target.key());
        if (earlier != 0) {
            throw new Refused("output " + target.shown() + " is already taken by line " + earlier
                    + "; give this row its own 'output' or a different patient");
        }
        Claim mine = new Claim(line);
        unsettled.put(target.key(), mine);
        order.add(target.key());
        return mine;
    }

    /**
     * Moves the claims of rows that have finished, oldest first, out of the map of running ones:
     * a written output is kept in compact form, a failed row's name is free again. Rows finish
     * about in order, so the running ones stay as few as the rows in flight.
     */
    private void settleFinished() {
        while (!order.isEmpty()) {
            Claim c = unsettled.get(order.peek());
            if (c != null && !c.isSettled()) {
                return;
            }
            Path real = order.poll();
            if (c != null) {
                unsettled.remove(real);
                if (c.heldAfterAll()) {
                    written.add(real, c.line);
                }
            }
        }
    }

    /** The path with every symlink resolved, for the part that exists; the rest is appended as written. */
    private static Path real(Path path, int hops) throws IOException {
        if (hops > 40) {
            throw new IOException("too many levels of symbolic links");
        }
        if (Files.exists(path)) {
            return path.toRealPath();
        }
        if (Files.isSymbolicLink(path)) {
            return real(path.getParent().resolve(Files.readSymbolicLink(path)).normalize(), hops + 1);
        }
        Path parent = path.getParent();
        return parent == null ? path : real(parent, hops + 1).resolve(path.getFileName());
    }

}
