package org.hep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hep.app.Generator;
import org.hep.app.ManifestReader;
import org.hep.app.ManifestReader.ManifestException;
import org.hep.app.ManifestReader.Row;
import org.hep.app.PlanRef;
import org.hep.io.AtomicFile;
import org.hep.io.Terminal;
import org.hep.diag.InvalidInputException;
import org.hep.diag.RequestException;
import org.hep.diag.IoMessages;
import org.hep.load.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Write one PDF handout per row of a CSV manifest, several at a time.",
        footer = {"",
            "The manifest is CSV with a header row. Columns: plan (required), output,",
            "patient, therapist, date, template, notes, sets, reps, sides, hold, rest.",
            "An empty cell means 'not given'. A bad row is reported as MANIFEST:LINE: message",
            "and skipped; the other rows are still written. Rows without a date use",
            "SOURCE_DATE_EPOCH, else today.",
            "", "Examples:",
            "  hep batch tonight.csv --out-dir handouts",
            "  export-patients | hep batch - --jobs 2 --fail-fast"})
public final class BatchCommand implements Callable<Integer> {
    @ParentCommand
    HepCommand parent;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "A CSV file, or - for stdin.")
    String manifest;

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = ".",
            description = "Folder for the PDFs; created if missing (default: the current folder).")
    Path outDir;

    @Option(names = "--jobs", paramLabel = "N", description = "Handouts made at once (default: the number of processors).")
    Integer jobs;

    @Option(names = "--fail-fast", description = "Stop at the first failed row (handouts already started still finish).")
    boolean failFast;

    @Mixin
    DebugOption debug;

    @Mixin
    LibraryOption library;

    /** What became of one row: written, or failed with one or more messages; warnings either way. */
    private record Outcome(boolean written, List<String> messages) {
        static Outcome failed(String message) {
            return new Outcome(false, List.of(message));
        }
    }

    private String name;
    private Streams io;
    private boolean progress;
    private int written;
    private int failed;
    /** Set by whichever thread sees a failure first, so --fail-fast stops reading at once. */
    private final AtomicBoolean anyFailed = new AtomicBoolean();

    @Override
    public Integer call() {
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1 || n > 256) {
            throw new UsageException("--jobs: must be from 1 to 256, found " + n);
        }
        io = parent.streams;
        progress = Terminal.isStderrTerminal(io.err());
        name = manifest.equals("-") ? PlanRef.STDIN_NAME : manifest;
        ManifestReader reader;
        try {
            reader = new ManifestReader(open());
        } catch (ManifestException e) {
            line(name + ":" + e.line() + ": " + e.getMessage());
            return Cli.INPUT;
        }
        // Results are reported in row order, and at most 4 × jobs rows are submitted and not yet
        // reported, so memory stays flat however long the manifest is; the pool's queue never fills.
        ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
        ExecutorService pool = null;
        boolean manifestBroken = false;
        try (reader) {
            Library lib = library.library();
            createOutDir();
            LocalDate today = HandoutOptions.date(null, System.getenv("SOURCE_DATE_EPOCH"));
            BatchRows rows = new BatchRows(name, outDir, today, lib);
            pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4 * n), r -> {
                Thread t = new Thread(r, "hep-batch");
                t.setDaemon(true);
                return t;
            });
            Row row;
            while (!(failFast && anyFailed.get()) && (row = reader.next()) != null) {
                while (inFlight.size() >= 4 * n) {
                    report(inFlight.poll());
                }
                inFlight.add(submit(rows, row, reader.columns(), lib, pool));
            }
        } catch (ManifestException e) {
            // The CSV itself is broken from here on; the rows before it still count.
            drain(inFlight);
            line(name + ":" + e.line() + ": " + e.getMessage());
            manifestBroken = true;
        } catch (IOException e) {
            // closing the manifest; nothing was lost
        } finally {
            drain(inFlight);
            if (pool != null) {
                pool.shutdown();
            }
        }
        if (progress) {
            io.err().print("\r\033[K");
        }
        io.err().println(written + " written, " + failed + " failed");
        return failed > 0 || manifestBroken ? Cli.INPUT : Cli.OK;
    }

    /** A failed row is reported as soon as it is its turn; a good one is made by the pool. */
    private Future<Outcome> submit(BatchRows rows, Row row, int columns, Library lib, ExecutorService pool) {
        try {
            BatchRows.Job job = rows.job(row, columns);
            return pool.submit(() -> {
                Outcome o = make(job, lib);
                if (!o.written()) {
                    anyFailed.set(true);
                }
                return o;
            });
        } catch (BatchRows.RowException e) {
            anyFailed.set(true);
            return CompletableFuture.completedFuture(new Outcome(false, e.messages()));
        }
    }

    /** The same path as 'hep generate': load, dose, lay out, render, then an atomic write. */
    private static Outcome make(BatchRows.Job job, Library lib) {
        String at = job.at();
        Path target = job.target();
        try {
            Generator.Result result = Generator.generate(job.plan(), job.sourceName(), job.request());
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            AtomicFile.write(target, result.pdf());
            return new Outcome(true, result.warning() == null ? List.of() : List.of(at + result.warning()));
        } catch (InvalidInputException e) {
            return new Outcome(false, e.problems().stream().map(p -> at + p).toList());
        } catch (RequestException e) {
            return Outcome.failed(at + RequestWords.inManifest(e));
        } catch (UncheckedIOException e) {
            return Outcome.failed(at + e.getMessage());
        } catch (IOException e) {
            return Outcome.failed(at + target + ": cannot write: " + IoMessages.reason(e));
        } catch (RuntimeException e) {
            return Outcome.failed(at + "unexpected error: " + e);
        }
    }

    private void drain(ArrayDeque<Future<Outcome>> inFlight) {
        while (!inFlight.isEmpty()) {
            report(inFlight.poll());
        }
    }

    private void report(Future<Outcome> future) {
        Outcome o;
        try {
            o = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            o = Outcome.failed(name + ": unexpected error: " + e.getCause());
        }
        for (String m : o.messages()) {
            line(m);
        }
        if (o.written()) {
            written++;
        } else {
            failed++;
            anyFailed.set(true);
        }
        if (progress) {
            io.err().print("\r" + written + " written, " + failed + " failed");
            io.err().flush();
        }
    }

    /** One message line; over the progress line when there is one. */
    private void line(String message) {
        io.err().println((progress ? "\r\033[K" : "") + Cli.oneLine(message));
    }

    private void createOutDir() {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException(outDir + ": cannot write: " + IoMessages.reason(e), e);
        }
    }

    /** The manifest as UTF-8 text; a byte-order mark (as spreadsheets write) is skipped, bad bytes reported. */
    private Reader open() {
        InputStream in;
        if (manifest.equals("-")) {
            in = io.in();
        } else {
            try {
                in = Files.newInputStream(Path.of(manifest));
            } catch (IOException e) {
                throw new UncheckedIOException(manifest + ": cannot read: " + IoMessages.reason(e), e);
            }
        }
        try {
            PushbackInputStream p = new PushbackInputStream(in, 3);
            byte[] head = p.readNBytes(3);
            boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            if (!bom && head.length > 0) {
                p.unread(head);
            }
            return new InputStreamReader(p, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + IoMessages.reason(e), e);
        }
    }
}
