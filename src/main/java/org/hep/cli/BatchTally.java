package org.hep.cli;

import java.io.PrintStream;
import org.hep.io.AtomicFile;

/**
 * The batch's count of written and failed rows and its stderr lines. The closing
 * "N written, M failed" line is printed once: at the end, or by a shutdown hook when Ctrl-C or
 * SIGTERM stops the run, so a script's log always says how far a batch got.
 */
final class BatchTally {
    private final PrintStream err;
    private final boolean progress;
    private final Thread hook = new Thread(this::interrupted, "hep-batch-summary");
    /** What else an interrupted run writes before its closing line (the report); null for nothing. */
    private Runnable onInterrupt;
    private int written;
    private int failed;
    private boolean finished;

    /** @param progress redraw a progress line (stderr is a terminal) */
    BatchTally(PrintStream err, boolean progress) {
        this.err = err;
        this.progress = progress;
    }

    /**
     * Prints the summary line even if the run is interrupted from now on.
     *
     * @param onInterrupt run first when it is (writes the report), or null
     */
    void watchSignals(Runnable onInterrupt) {
        this.onInterrupt = onInterrupt;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    synchronized void written() {
        written++;
        redraw();
    }

    synchronized void failed() {
        failed++;
        redraw();
    }

    synchronized boolean anyFailed() {
        return failed > 0;
    }

    /** One message line; over the progress line when there is one. Nothing once the run has ended. */
    synchronized void line(String message) {
        if (!finished) {
            err.println((progress ? "\r\033[K" : "") + Cli.oneLine(message));
        }
    }

    /**
     * Ctrl-C or SIGTERM: writes stop first (outside this object's lock, which a write takes to be
     * counted), so no handout is put in place after the count is printed.
     */
    private void interrupted() {
        AtomicFile.stopWrites();
        if (onInterrupt != null && !isFinished()) {
            try {
                onInterrupt.run();
            } catch (RuntimeException e) {
                line(e.getMessage());
            }
        }
        finish(", stopped before the end");
    }

    private synchronized boolean isFinished() {
        return finished;
    }

    /** The closing line, once. */
    synchronized void finish() {
        finish("");
    }

    /** @param more after the count: how the run ended when a signal stopped it, so no one reads it as all rows */
    private synchronized void finish(String more) {
        if (finished) {
            return;
        }
        finished = true;
        if (progress) {
            err.print("\r\033[K");
        }
        err.println(written + " written, " + failed + " failed" + more);
        err.flush();
    }

    /** The run ended normally: the closing line is printed and the hook is no longer needed. */
    void close() {
        finish();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // already shutting down, or never registered
        }
    }

    private void redraw() {
        if (progress && !finished) {
            err.print("\r" + written + " written, " + failed + " failed");
            err.flush();
        }
    }
}
