package org.hep.cli;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hep.app.Generator;
import org.hep.app.HandoutRequest;
import org.hep.app.ManifestReader.Row;
import org.hep.app.PlanRef;
import org.hep.dose.DoseKeys;
import org.hep.dose.DoseOverrides;
import org.hep.dose.DoseValueException;
import org.hep.io.OutputNames;
import org.hep.diag.InvalidInputException;
import org.hep.diag.RequestException;
import org.hep.load.Library;
import org.hep.diag.Problem;
import org.hep.load.Source;
import org.hep.model.Plan;
import org.hep.model.Dose;
import org.hep.model.HandoutDetails;

/**
 * Turns manifest rows into handout jobs, one row at a time and in row order, so that of two
 * rows with the same output file it is always the later one that fails. Each distinct plan
 * is loaded once here (for its id, which names the default output file).
 */
final class BatchRows {
    private static final List<String> DOSE_COLUMNS = List.of("sets", "reps", "sides", "hold", "rest");

    /** A row ready to make; {@code at} ("manifest.csv:12: ") starts each of its messages. */
    record Job(String at, Plan plan, String sourceName, HandoutRequest request, Path target) {
    }

    /** Why a row cannot be made: whole message lines, ready to print. */
    static final class RowException extends Exception {
        private final List<String> messages;

        RowException(List<String> messages) {
            super(messages.get(0));
            this.messages = List.copyOf(messages);
        }

        List<String> messages() {
            return messages;
        }
    }

    /** A plan argument resolved once per run: its source and id, or why it cannot be used. */
    private record PlanInfo(Plan plan, String sourceName, List<String> problems) {
    }

    private final String manifest;
    private final Path outDir;
    private final LocalDate today;
    private final Library library;
    private final Map<String, PlanInfo> plans = new HashMap<>();
    private final Map<Path, Integer> claimed = new HashMap<>();

    /**
     * @param manifest the name messages use ("manifest.csv", or "&lt;stdin&gt;")
     * @param today    the date of rows that give none
     */
    BatchRows(String manifest, Path outDir, LocalDate today, Library library) {
        this.manifest = manifest;
        this.outDir = outDir;
        this.today = today;
        this.library = library;
    }

    Job job(Row row, int columns) throws RowException {
        String at = manifest + ":" + row.line() + ": ";
        if (row.values() == null) {
            throw fail(at + "the row has more values than the header has columns (" + columns + ")");
        }
        try {
            String ref = row.get("plan");
            if (ref == null) {
                throw fail(at + "'plan' is empty; every row needs a plan file or built-in plan id");
            }
            ref = ref.strip();
            if (ref.equals("-")) {
                throw fail(at + "'plan' cannot be - (stdin) in a manifest");
            }
            HandoutDetails details = new HandoutDetails(text(row, "patient"), text(row, "therapist"),
                    date(row.get("date")), text(row, "notes"));
            Dose dose = Dose.NONE;
            for (String key : DOSE_COLUMNS) {
                if (row.get(key) != null) {
                    dose = DoseKeys.set(dose, key, row.get(key));
                }
            }
            PlanInfo plan = plans.computeIfAbsent(ref, this::plan);
            if (!plan.problems().isEmpty()) {
                throw new RowException(plan.problems().stream().map(p -> at + p).toList());
            }
            String out = row.get("output");
            if (out != null && out.strip().equals("-")) {
                throw fail(at + "'output' cannot be - (stdout) in a batch; give a file name");
            }
            Path target = outDir.resolve(out != null ? out.strip() : OutputNames.pdfName(plan.plan().id(), details.patient()));
            Integer first = claimed.putIfAbsent(target.toAbsolutePath().normalize(), row.line());
            if (first != null) {
                throw fail(at + "output " + target + " is already taken by line " + first
                        + "; give this row its own 'output' or a different patient");
            }
            HandoutRequest request = new HandoutRequest(text(row, "template"), null, details,
                    new DoseOverrides(dose, Map.of(), List.of(), List.of()));
            return new Job(at, plan.plan(), plan.sourceName(), request, target);
        } catch (DoseValueException | UsageException e) {
            throw fail(at + e.getMessage());
        } catch (RequestException e) {
            throw fail(at + RequestWords.inManifest(e));
        }
    }

    private PlanInfo plan(String ref) {
        try {
            Source source = PlanRef.resolve(ref, InputStream.nullInputStream());
            return new PlanInfo(Generator.loadPlan(source, library), source.name(), List.of());
        } catch (InvalidInputException e) {
            return new PlanInfo(null, null, e.problems().stream().map(Problem::toString).toList());
        } catch (UncheckedIOException e) {
            return new PlanInfo(null, null, List.of(e.getMessage()));
        }
    }

    private LocalDate date(String value) {
        if (value == null) {
            return today;
        }
        return HandoutOptions.parseDate("'date'", value);
    }

    private static String text(Row row, String column) {
        return HandoutOptions.blankToNull(row.get(column), column);
    }

    /** "--template: unknown …" reads "template: unknown …" here, where the value came from a column. */
    private static RowException fail(String message) {
        return new RowException(List.of(message));
    }
}
