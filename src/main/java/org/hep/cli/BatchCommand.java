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
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hep.UsageException;
import org.hep.app.Generator;
import org.hep.app.HandoutRequest;
import org.hep.app.ManifestReader;
import org.hep.app.ManifestReader.ManifestException;
import org.hep.app.ManifestReader.Row;
import org.hep.app.PlanRef;
import org.hep.dose.DoseKeys;
import org.hep.dose.DoseOverrides;
import org.hep.dose.DoseValueException;
import org.hep.io.AtomicFile;
import org.hep.io.OutputNames;
import org.hep.io.Terminal;
import org.hep.load.InvalidInputException;
import org.hep.load.IoMessages;
import org.hep.load.Library;
import org.hep.load.Problem;
import org.hep.load.Source;
import org.hep.model.Dose;
import org.hep.model.HandoutDetails;
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
    private static final List<String> DOSE_COLUMNS = List.of("sets", "reps", "sides", "hold", "rest");

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

    @Option(names = "--debug", description = "Show stack traces for errors.")
    boolean debug;

    @Mixin
    LibraryOption library;

    /** What became of one row: written, or failed with one or more messages; warnings either way. */
    private record Outcome(boolean written, List<String> messages) {
        static Outcome failed(String message) {
            return new Outcome(false, List.of(message));
        }
    }

    /** A plan argument resolved once per run: its source and id, or why it cannot be used. */
    private record PlanInfo(Source source, String id, List<String> problems) {
    }

    private String name;
    private Streams io;
    private boolean progress;
    private int written;
    private int failed;

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
        Library lib = library.library();
        createOutDir();
        LocalDate today = HandoutOptions.date(null, System.getenv("SOURCE_DATE_EPOCH"));
        // The queue never fills: the loop below keeps at most 4 × jobs rows submitted and unreported.
        ExecutorService pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4 * n), r -> {
            Thread t = new Thread(r, "hep-batch");
            t.setDaemon(true);
            return t;
        });
        // Results are reported in row order; at most 4 × jobs rows are in flight, so memory
        // stays flat however long the manifest is.
        ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
        AtomicBoolean anyFailed = new AtomicBoolean();
        boolean manifestBroken = false;
        try (reader) {
            Map<String, PlanInfo> plans = new HashMap<>();
            Map<Path, Integer> claimed = new HashMap<>();
            Row row;
            while (!(failFast && anyFailed.get()) && (row = reader.next()) != null) {
                while (inFlight.size() >= 4 * n) {
                    report(inFlight.poll(), anyFailed);
                }
                Future<Outcome> next = submit(row, reader.columns(), lib, today, plans, claimed, pool, anyFailed);
                if (next instanceof CompletableFuture<Outcome> checked && !checked.join().written()) {
                    anyFailed.set(true);
                }
                inFlight.add(next);
            }
        } catch (ManifestException e) {
            // The CSV itself is broken from here on; the rows before it still count.
            drain(inFlight, anyFailed);
            line(name + ":" + e.line() + ": " + e.getMessage());
            manifestBroken = true;
        } catch (IOException e) {
            // closing the manifest; nothing was lost
        } finally {
            drain(inFlight, anyFailed);
            pool.shutdown();
        }
        if (progress) {
            io.err().print("\r\033[K");
        }
        io.err().println(written + " written, " + failed + " failed");
        return failed > 0 || manifestBroken ? Cli.INPUT : Cli.OK;
    }

    /** Checks the row here, in row order (so "the later row" of two with one output is well defined), then
     * hands the PDF to the pool. */
    private Future<Outcome> submit(Row row, int columns, Library lib, LocalDate today, Map<String, PlanInfo> plans,
                                   Map<Path, Integer> claimed, ExecutorService pool, AtomicBoolean anyFailed) {
        String at = name + ":" + row.line() + ": ";
        if (row.values() == null) {
            return done(at + "the row has more values than the header has columns (" + columns + ")");
        }
        try {
            String ref = row.get("plan");
            if (ref == null) {
                return done(at + "'plan' is empty; every row needs a plan file or built-in plan id");
            }
            ref = ref.strip();
            if (ref.equals("-")) {
                return done(at + "'plan' cannot be - (stdin) in a manifest");
            }
            HandoutDetails details = new HandoutDetails(text(row, "patient"), text(row, "therapist"),
                    date(row.get("date"), today), text(row, "notes"));
            Dose dose = Dose.NONE;
            for (String key : DOSE_COLUMNS) {
                if (row.get(key) != null) {
                    dose = DoseKeys.set(dose, key, row.get(key));
                }
            }
            PlanInfo plan = plans.computeIfAbsent(ref, r -> plan(r, lib));
            if (!plan.problems().isEmpty()) {
                return done(plan.problems().stream().map(p -> at + p).toList());
            }
            String out = row.get("output");
            if (out != null && out.strip().equals("-")) {
                return done(at + "'output' cannot be - (stdout) in a batch; give a file name");
            }
            Path target = outDir.resolve(out != null ? out.strip() : OutputNames.pdfName(plan.id(), details.patient()));
            Integer first = claimed.putIfAbsent(target.toAbsolutePath().normalize(), row.line());
            if (first != null) {
                return done(at + "output " + target + " is already taken by line " + first
                        + "; give this row its own 'output' or a different patient");
            }
            HandoutRequest request = new HandoutRequest(text(row, "template"), null, details,
                    new DoseOverrides(dose, Map.of(), List.of(), List.of()), library.libraries);
            return pool.submit(() -> {
                Outcome o = make(plan.source(), lib, request, target, at);
                if (!o.written()) {
                    anyFailed.set(true);
                }
                return o;
            });
        } catch (DoseValueException | UsageException e) {
            return done(at + unprefixed(e.getMessage()));
        }
    }

    private static Outcome make(Source source, Library lib, HandoutRequest request, Path target, String at) {
        try {
            Generator.Result result = Generator.generate(source, lib, request);
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            AtomicFile.write(target, result.pdf());
            return new Outcome(true, result.warning() == null ? List.of() : List.of(at + result.warning()));
        } catch (InvalidInputException e) {
            return new Outcome(false, e.problems().stream().map(p -> at + p).toList());
        } catch (UsageException e) {
            return Outcome.failed(at + unprefixed(e.getMessage()));
        } catch (UncheckedIOException e) {
            return Outcome.failed(at + e.getMessage());
        } catch (IOException e) {
            return Outcome.failed(at + target + ": cannot write: " + IoMessages.reason(e));
        } catch (RuntimeException e) {
            return Outcome.failed(at + "unexpected error: " + e);
        }
    }

    private PlanInfo plan(String ref, Library lib) {
        try {
            Source source = PlanRef.resolve(ref, InputStream.nullInputStream());
            return new PlanInfo(source, Generator.loadPlan(source, lib).id(), List.of());
        } catch (InvalidInputException e) {
            return new PlanInfo(null, null, e.problems().stream().map(Problem::toString).toList());
        } catch (UncheckedIOException e) {
            return new PlanInfo(null, null, List.of(e.getMessage()));
        }
    }

    private void drain(ArrayDeque<Future<Outcome>> inFlight, AtomicBoolean anyFailed) {
        while (!inFlight.isEmpty()) {
            report(inFlight.poll(), anyFailed);
        }
    }

    private void report(Future<Outcome> future, AtomicBoolean anyFailed) {
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

    private static Future<Outcome> done(String message) {
        return CompletableFuture.completedFuture(Outcome.failed(message));
    }

    private static Future<Outcome> done(List<String> messages) {
        return CompletableFuture.completedFuture(new Outcome(false, messages));
    }

    private static String text(Row row, String column) {
        return HandoutOptions.blankToNull(row.get(column), column);
    }

    private static LocalDate date(String value, LocalDate today) {
        if (value == null) {
            return today;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("'date' must be a date like 2026-03-31, found '" + value.strip() + "'");
        }
    }

    /** "--template: unknown …" reads "template: unknown …" here, where the value came from a column. */
    private static String unprefixed(String message) {
        return message.startsWith("--") ? message.substring(2) : message;
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
