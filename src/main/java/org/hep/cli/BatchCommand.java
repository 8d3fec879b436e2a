package org.hep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.hep.app.Generator;
import org.hep.app.ManifestReader;
import org.hep.app.ManifestReader.ManifestException;
import org.hep.app.ManifestReader.Row;
import org.hep.app.PlanRef;
import org.hep.app.StandardInput;
import org.hep.html.HtmlHandout;
import org.hep.io.AtomicFile;
import org.hep.io.Terminal;
import org.hep.load.InputFiles;
import org.hep.diag.InvalidInputException;
import org.hep.diag.IoMessages;
import org.hep.diag.RequestException;
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
            "patient, therapist, date, template, notes, next_visit, language, page_size,",
            "only, exclude, dose (quad-set:hold=10;step-up:sets=2), sets, reps, sides, hold,",
            "rest. Other columns are ignored with one warning (--strict refuses them).",
            "An empty cell means 'not given'. A bad row is reported as MANIFEST:LINE: message",
            "and skipped; the other rows are still written. Rows without a date use",
            "SOURCE_DATE_EPOCH, else today. Plan and template paths are relative to the",
            "manifest's folder; an output must end in .pdf, or in .html or .htm (any case)",
            "for the HTML handout, and stay inside --out-dir.",
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

    @Option(names = "--jobs", paramLabel = "N", description = "Handouts made at once, at most " + MAX_JOBS
            + " (default: the number of processors; fewer when memory is short).")
    Integer jobs;

    @Option(names = "--no-clobber", description = "Keep existing handouts: a row whose output file exists fails.")
    boolean noClobber;

    @Option(names = "--strict", description = "Refuse unknown or unnamed manifest columns instead of ignoring them.")
    boolean strict;

    @Option(names = "--report", paramLabel = "FILE.csv|FILE.json",
            description = "Also write one record per row (line, status, output, messages) to this file.")
    String reportFile;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Make only the rows whose line number mod N is K, e.g. $JOB_COMPLETION_INDEX/8.")
    String shard;

    @Option(names = "--fail-fast", description = "Stop at the first failed row (handouts already started still finish).")
    boolean failFast;

    @Mixin
    RawCsvOption rawCsv;

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

    /** A row handed to the pool, with what the report says of it. */
    private record Pending(int line, String output, Future<Outcome> outcome) {
    }

    /** More at once gains nothing on CPU-bound work and only costs memory. */
    static final int MAX_JOBS = 64;

    private String name;
    private Streams io;
    private BatchTally tally;
    private BatchReport report;

    @Override
    public Integer call() {
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1 || n > MAX_JOBS) {
            throw new UsageException("--jobs: must be from 1 to " + MAX_JOBS + ", found " + n);
        }
        String control = OutputPath.control(outDir.toString());
        if (control != null) {
            throw new UsageException("--out-dir: the folder name holds a " + control + "; give a plain folder name");
        }
        Shard only = Shard.parse(shard);
        report = BatchReport.of(reportFile, rawCsv.raw);
        io = parent.streams;
        tally = new BatchTally(io.err(), Terminal.isStderrTerminal(io.err()));
        name = manifest.equals("-") ? PlanRef.STDIN_NAME : manifest;
        ManifestReader reader;
        try {
            InputStream text = open();
            if (report != null) {
                // Before any handout is made: a report that cannot be written would be found out only at the end.
                report.checkWritable();
            }
            reader = new ManifestReader(text, name, strict);
        } catch (ManifestException e) {
            tally.line(name + ":" + e.at() + ": " + e.getMessage());
            return Cli.INPUT;
        }
        if (reader.ignoredWarning() != null) {
            tally.line(name + ":1: " + reader.ignoredWarning());
        }
        BatchGate gate = BatchGate.forJobs(n);
        // Results are reported in row order, and at most a few rows per thread are submitted and not
        // yet reported, so memory stays flat however long the manifest is; the pool's queue never fills.
        int window = 4 * gate.threads();
        ArrayDeque<Pending> inFlight = new ArrayDeque<>();
        ExecutorService pool = null;
        boolean manifestBroken = false;
        try (reader) {
            Library lib = library.library();
            createOutDir();
            LocalDate today = HandoutOptions.date(null, System.getenv("SOURCE_DATE_EPOCH"));
            Path base = manifest.equals("-") ? Path.of("") : ManifestCells.folderOf(Path.of(manifest));
            BatchOutputs outputs = outputs();
            if (report != null) {
                outputs.reserveReport(report.target());
            }
            BatchRows rows = new BatchRows(name, base, today, new BatchPlans(base, lib), outputs)
                    .configured(parent.settings());
            tally.watchSignals(report == null ? null : () -> report.write(true));
            pool = gate.pool(window);
            Row row;
            while (!(failFast && tally.anyFailed()) && (row = reader.next()) != null) {
                if (!only.has(row.line())) {
                    // Another shard makes this row, but its output name counts here too: a later row of
                    // this shard naming the same file fails, as it would in one unsharded run.
                    rows.reserve(row);
                    continue;
                }
                while (inFlight.size() >= window) {
                    report(inFlight.poll());
                }
                inFlight.add(submit(rows, row, pool, gate));
            }
        } catch (ManifestException e) {
            // No row can be trusted from here on (a row without end); the rows before it still count,
            // and the broken one is counted and reported as failed, so the count is true.
            drain(inFlight);
            String message = name + ":" + e.at() + ": " + e.getMessage();
            tally.line(message);
            if (only.has(e.line())) {
                counted(e.line(), null, Outcome.failed(message));
            }
            manifestBroken = true;
        } catch (IOException e) {
            // closing the manifest; nothing was lost
        } finally {
            drain(inFlight);
            if (pool != null) {
                pool.shutdown();
            }
        }
        boolean failed = tally.anyFailed();
        tally.close();
        if (report != null) {
            report.write(false);
        }
        return failed || manifestBroken ? Cli.INPUT : Cli.OK;
    }

    /** A failed row is reported as soon as it is its turn; a good one is made by the pool. */
    private Pending submit(BatchRows rows, Row row, ExecutorService pool, BatchGate gate) {
        try {
            BatchRows.Job job = rows.job(row);
            String shown = job.shown().toString();
            return new Pending(row.line(), shown, pool.submit(() -> gate.run(pictureBytes(job), () -> {
                Outcome o = make(job, noClobber, warnings -> written(row.line(), shown, warnings));
                job.claim().settle(o.written());
                return counted(row.line(), shown, o);
            })));
        } catch (BatchRows.RowException e) {
            return new Pending(row.line(), null,
                    CompletableFuture.completedFuture(counted(row.line(), null, new Outcome(false, e.messages()))));
        }
    }

    /**
     * A handout put in place: counted and reported in the same step as its rename, so that the count
     * and the report stopped by Ctrl-C or SIGTERM agree with the files there.
     */
    private void written(int line, String output, List<String> warnings) {
        tally.written();
        if (report != null) {
            report.add(new BatchReport.Entry(line, true, output, warnings));
        }
    }

    /**
     * Counts and reports a failed row (a written one was, as its file was put in place); a row that
     * Ctrl-C cut short is neither written nor failed.
     *
     * @param output the row's output, null when it failed before it had one
     */
    private Outcome counted(int line, String output, Outcome o) {
        if (!o.written()) {
            AtomicFile.unlessStopping(() -> {
                tally.failed();
                if (report != null) {
                    report.add(new BatchReport.Entry(line, false, output, o.messages()));
                }
            });
        }
        return o;
    }

    /** Pictures are decoded at about twice their printed size (300 dpi), never in full: a few million pixels. */
    private static final long DECODED_PIXELS = 4_000_000L;

    /**
     * Decoded size of the plan's pictures, the part of a handout's memory that varies most; a web
     * page keeps its photos larger than the PDF's cards, so it decodes more of each.
     */
    private static long pictureBytes(BatchRows.Job job) {
        boolean html = job.format() == org.hep.app.OutputFormat.HTML;
        return job.plan().entries().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.exercise().image(), e.exercise().imageEnd()))
                .filter(java.util.Objects::nonNull).distinct()
                .mapToLong(i -> html ? HtmlHandout.photoBytes(i.width(), i.height())
                        : 4L * Math.min((long) i.width() * i.height(), DECODED_PIXELS)).sum();
    }

    /** The same path as 'hep generate': load, dose, lay out, render, then an atomic write. */
    private static Outcome make(BatchRows.Job job, boolean noClobber, Consumer<List<String>> placed) {
        String at = job.at();
        try {
            Generator.Result result = Generator.generate(job.plan(), job.source().name(), job.request(), job.format());
            List<String> warnings = java.util.stream.Stream.of(
                    Generator.warnings(job.plan(), job.source(), job.request()).stream().map(w -> at + Cli.warning(w)),
                    result.missing().stream().map(w -> at + GlyphWords.inManifest(w)),
                    result.unshaped().stream().map(w -> at + GlyphWords.inManifest(w))).flatMap(s -> s).toList();
            HandoutFile.write(job.target(), result.bytes(), noClobber, () -> placed.accept(warnings));
            return new Outcome(true, warnings);
        } catch (InvalidInputException e) {
            return new Outcome(false, e.problems().stream().map(p -> at + p).toList());
        } catch (RequestException e) {
            return Outcome.failed(at + RequestWords.inManifest(e));
        } catch (UncheckedIOException e) {
            return Outcome.failed(at + e.getMessage().replace(job.target().toString(), job.shown().toString()));
        } catch (OutOfMemoryError e) {
            return Outcome.failed(at + job.source().name() + ": not enough memory to make this handout; "
                    + "run with fewer --jobs or smaller pictures");
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(at + job.source().name() + ": this handout could not be made (an internal error; "
                    + "run 'hep generate' on this row with --debug for details)");
        }
    }

    private void drain(ArrayDeque<Pending> inFlight) {
        while (!inFlight.isEmpty()) {
            report(inFlight.poll());
        }
    }

    private void report(Pending pending) {
        Outcome o;
        try {
            o = pending.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            o = counted(pending.line(), pending.output(), Outcome.failed(name + ": a row could not be made (an internal error)"));
        }
        if (!o.written() && AtomicFile.stopping()) {
            return; // cut short by Ctrl-C or SIGTERM: neither written nor failed, so no "cannot write" line
        }
        for (String m : o.messages()) {
            tally.line(m);
        }
    }

    private BatchOutputs outputs() {
        try {
            return new BatchOutputs(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException(outDir + ": cannot write: " + IoMessages.reason(e), e);
        }
    }

    private void createOutDir() {
        try {
            Files.createDirectories(outDir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new UncheckedIOException(outDir + ": cannot write: not a folder (--out-dir names a file)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(outDir + ": cannot write: " + IoMessages.reason(e), e);
        }
    }

    /** The manifest's bytes; the reader decodes them, so that a bad byte fails only its own row. */
    private InputStream open() {
        InputStream in;
        if (manifest.equals("-")) {
            if (io.in() == System.in && StandardInput.closed()) {
                throw new UncheckedIOException(PlanRef.STDIN_NAME + ": cannot read: standard input is closed; "
                        + "pipe a manifest into hep or give a manifest file", new IOException("closed"));
            }
            if (io.in() == System.in) {
                InputFiles.record(PlanRef.STDIN_DEVICE);
            }
            in = io.in();
        } else {
            try {
                InputFiles.record(Path.of(manifest));
                in = Files.newInputStream(Path.of(manifest));
            } catch (IOException e) {
                throw new UncheckedIOException(manifest + ": cannot read: " + IoMessages.reason(e), e);
            }
        }
        return in;
    }
}
