package org.hep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hep.app.HandoutRequest;
import org.hep.app.OutputFormat;
import org.hep.app.ManifestReader.Row;
import org.hep.dose.DoseOverrides;
import org.hep.dose.DoseResolver;
import org.hep.io.OutputNames;
import org.hep.load.FileNames;
import org.hep.load.TemplateLoader;
import org.hep.model.Dose;
import org.hep.model.DoseKey;
import org.hep.model.DoseValueException;
import org.hep.model.PageSize;
import org.hep.model.HandoutDetails;
import org.hep.model.Plan;

/**
 * Turns manifest rows into handout jobs, one row at a time and in row order, so that of two
 * rows with the same output file it is always the later one that fails. Every problem of a
 * row is reported, not only the first; a bad cell fails its own row and never the run.
 */
final class BatchRows {
    /** The dose keys a manifest may set per row: those with a global option. */
    private static final List<String> DOSE_COLUMNS = java.util.Arrays.stream(DoseKey.values())
            .filter(k -> k.option() != null).map(DoseKey::key).toList();

    /** A row ready to make; {@code at} ("manifest.csv:12: ") starts each of its messages. */
    record Job(String at, Plan plan, org.hep.load.Source source, HandoutRequest request, Path target, Path shown,
               OutputFormat format, BatchOutputs.Claim claim) {
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

    private final String manifest;
    private final Path base;
    private final LocalDate today;
    private final BatchPlans plans;
    private final BatchOutputs outputs;
    private org.hep.app.ClinicSetup setup = org.hep.app.ClinicSetup.NONE;
    private PageSize pageSize;
    /** The configured language (hep.yaml, HEP_LANGUAGE), for rows without a 'language' cell; null: the plan's. */
    private String language;
    /** Where {@link #language} was set ("HEP_LANGUAGE", a hep.yaml's path), to name it in a row's message. */
    private String languageSource;

    /**
     * @param manifest the name messages use ("manifest.csv", or "&lt;stdin&gt;")
     * @param base     the manifest's folder: relative plan and template paths are read from there
     * @param today    the date of rows that give none
     */
    BatchRows(String manifest, Path base, LocalDate today, BatchPlans plans, BatchOutputs outputs) {
        this.manifest = manifest;
        this.base = base;
        this.today = today;
        this.plans = plans;
        this.outputs = outputs;
    }

    /** The configured templates, clinic details and page size, for every row. */
    BatchRows configured(Settings settings) {
        this.setup = settings.setup();
        this.pageSize = settings.pageSize();
        Settings.Value<String> lang = settings.configuredLanguage();
        this.language = lang == null ? null : lang.value().toLowerCase(java.util.Locale.ROOT);
        this.languageSource = lang == null ? null : lang.source();
        return this;
    }

    Job job(Row row) throws RowException {
        String at = manifest + ":" + row.line() + ": ";
        if (!row.problems().isEmpty()) {
            // The row is not sound CSV (bad bytes, a stray quote, too many values…): its cells are not used.
            throw new RowException(row.problems().stream().map(p -> manifest + ":" + p).toList());
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> cells = row.values();
        ManifestCells.controls(cells, problems, at);
        String rowLanguage = BatchCells.language(cells, problems, at);
        int before = problems.size();
        BatchPlans.PlanInfo plan = plan(cells.get("plan"), rowLanguage != null ? rowLanguage : language, problems, at);
        if (rowLanguage == null && language != null) {
            // The row has no 'language' cell: a missing translation is the configured language's.
            for (int i = before; i < problems.size(); i++) {
                String p = problems.get(i);
                if (p.startsWith(at + "language: ")) {
                    problems.set(i, at + "language (from " + languageSource + "): " + p.substring(at.length() + 10));
                }
            }
        }
        HandoutDetails details = new HandoutDetails(text(cells, "patient", problems, at),
                text(cells, "therapist", problems, at), date(cells.get("date"), problems, at),
                text(cells, "notes", problems, at), text(cells, "next_visit", problems, at));
        Dose dose = dose(cells, problems, at);
        PageSize page = BatchCells.pageSize(cells, pageSize, problems, at);
        Map<String, Dose> perExercise = BatchCells.doses(cells, problems, at);
        String template = template(cells, problems, at);
        List<String> only = BatchCells.ids(cells, "only", problems, at);
        List<String> exclude = BatchCells.ids(cells, "exclude", problems, at);
        BatchOutputs.Target target = output(cells.get("output"), plan, details, problems, at);
        if (!problems.isEmpty()) {
            throw new RowException(problems);
        }
        BatchOutputs.Claim claim;
        try {
            claim = outputs.claim(target, row.line());
        } catch (BatchOutputs.Refused e) {
            throw new RowException(List.of(at + e.getMessage()));
        }
        HandoutRequest request = new HandoutRequest(template, page, details, new DoseOverrides(dose, perExercise,
                only, exclude), setup);
        return new Job(at, plan.plan(), plan.source(), request, target.real(), target.shown(), target.format(),
                claim);
    }

    /**
     * Takes the output of a row that another shard makes, without making it, when that shard will
     * find the row good: the same cell checks, and its doses resolved against its plan (no layout,
     * no rendering). A bad row is not reported here (its own shard does) and gives its name up.
     */
    void reserve(Row row) {
        try {
            Job job = job(row);
            boolean good = false;
            try {
                DoseResolver.resolve(job.plan(), job.request().overrides());
                good = true;
            } catch (org.hep.diag.RequestException | org.hep.diag.InvalidInputException e) {
                // its own shard reports it
            } finally {
                job.claim().settle(good);
            }
        } catch (RowException e) {
            // its own shard reports it
        }
    }

    private BatchPlans.PlanInfo plan(String cell, String language, List<String> problems, String at) {
        if (cell == null) {
            problems.add(at + "'plan' is empty; every row needs a plan file or built-in plan id");
            return null;
        }
        String ref = cell.strip();
        if (!ManifestCells.clean(ref)) {
            return null;
        }
        if (ref.equals("-")) {
            problems.add(at + "'plan' cannot be - (stdin) in a manifest");
            return null;
        }
        try {
            BatchPlans.PlanInfo info = plans.plan(ref, language);
            info.problems().forEach(p -> problems.add(at + p));
            return info.problems().isEmpty() ? info : null;
        } catch (ManifestCells.BadPath e) {
            problems.add(at + "'plan': " + e.getMessage());
            return null;
        }
    }

    private LocalDate date(String value, List<String> problems, String at) {
        if (value == null) {
            return today;
        }
        if (!ManifestCells.clean(value)) {
            return today;
        }
        try {
            return HandoutOptions.parseDate("'date'", value);
        } catch (UsageException e) {
            problems.add(at + e.getMessage());
            return today;
        }
    }

    private static Dose dose(Map<String, String> cells, List<String> problems, String at) {
        Dose dose = Dose.NONE;
        for (String key : DOSE_COLUMNS) {
            String v = cells.get(key);
            if (v != null && ManifestCells.clean(v)) {
                try {
                    dose = dose.withText(DoseKey.byName(key), v);
                } catch (DoseValueException e) {
                    problems.add(at + e.getMessage());
                }
            }
        }
        return dose;
    }

    /** A template name, or a template file relative to the manifest's folder (made absolute here). */
    private String template(Map<String, String> cells, List<String> problems, String at) {
        String t = text(cells, "template", problems, at);
        if (t == null) {
            return null;
        }
        if (!FileNames.looksLikePath(t)) {
            boolean configured = setup.templateFolders().stream()
                    .anyMatch(folder -> Files.isRegularFile(folder.resolve(t + ".yaml")));
            if (!configured && TemplateLoader.find(t, null) == null) {
                problems.add(at + "'template': unknown template '" + Cli.oneLine(t) + "'; built-in templates are "
                        + String.join(", ", TemplateLoader.builtInNames()));
            }
            return t;
        }
        try {
            Path path = base.resolve(ManifestCells.path(t));
            if (!Files.isRegularFile(path)) {
                // As for a plan cell: a folder or a pipe is there, not missing (and a pipe is never opened).
                String why = Files.isDirectory(path) ? "is a folder, not a template file"
                        : Files.exists(path) ? "is not a regular file" : "not found";
                problems.add(at + "'template' " + path + ": " + why + " (template paths are relative to the manifest's folder)");
                return null;
            }
            return path.toString();
        } catch (ManifestCells.BadPath e) {
            problems.add(at + "'template': " + e.getMessage());
            return null;
        }
    }

    private BatchOutputs.Target output(String cell, BatchPlans.PlanInfo plan, HandoutDetails details,
                                       List<String> problems, String at) {
        String out = cell == null ? null : cell.strip();
        if (out != null && !ManifestCells.clean(out)) {
            return null;
        }
        if (out != null && out.equals("-")) {
            problems.add(at + "'output' cannot be - (stdout) in a batch; give a file name");
            return null;
        }
        if (out == null && plan == null) {
            return null; // the default name needs the plan's id; the plan's own problem is reported
        }
        try {
            return outputs.resolve(out != null ? out : OutputNames.pdfName(plan.plan().id(), details.patient()));
        } catch (BatchOutputs.Refused e) {
            problems.add(at + e.getMessage());
        } catch (ManifestCells.BadPath e) {
            problems.add(at + "'output': " + e.getMessage());
        }
        return null;
    }

    private static String text(Map<String, String> cells, String column, List<String> problems, String at) {
        String v = cells.get(column);
        if (v == null || v.isBlank() || !ManifestCells.clean(v)) {
            return null;
        }
        try {
            return HandoutOptions.blankToNull(v, column);
        } catch (UsageException e) {
            problems.add(at + "'" + column + "' is longer than 500 characters");
            return null;
        }
    }
}
