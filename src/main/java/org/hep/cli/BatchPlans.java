package org.hep.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hep.app.Generator;
import org.hep.app.PlanRef;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.io.FileIdentity;
import org.hep.load.Library;
import org.hep.load.Source;
import org.hep.model.Language;
import org.hep.model.Plan;

/**
 * The plans a manifest names, each loaded once. A plan cell is a built-in plan id or a
 * {@code .yaml} file relative to the manifest's folder, so a row cannot make hep read a
 * system file and echo its lines back as YAML errors. Loaded plans are kept by the real file
 * they come from (however the cell spells it) and only the most recent few, so memory stays
 * flat whatever the manifest holds.
 */
final class BatchPlans {
    static final int KEEP = 32;

    /** A plan cell resolved: the plan and its source, or why it cannot be used. */
    record PlanInfo(Plan plan, Source source, List<String> problems) {
    }

    private final Path base;
    private final Library library;
    private final Map<Object, PlanInfo> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, PlanInfo> eldest) {
            return size() > KEEP;
        }
    };

    /** @param base the manifest's folder; relative plan paths are read from there */
    BatchPlans(Path base, Library library) {
        this.base = base;
        this.library = library;
    }

    /** @param ref the stripped, non-empty cell */
    PlanInfo plan(String ref) {
        return plan(ref, null);
    }

    /**
     * @param ref      the stripped, non-empty cell
     * @param language the language to print it in, or null for its own
     */
    PlanInfo plan(String ref, String language) {
        String lower = ref.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            if (ref.contains("/") || ref.contains("\\")) {
                return failed("'plan' must be a built-in plan id or a .yaml file, found '" + Cli.oneLine(ref) + "'");
            }
            return recent.computeIfAbsent(List.of("built-in:" + ref, String.valueOf(language)),
                    k -> load(() -> PlanRef.builtIn(ref), language));
        }
        Path path = base.resolve(ManifestCells.path(ref));
        if (!Files.isRegularFile(path)) {
            String why = Files.isDirectory(path) ? "is a folder, not a plan file"
                    : Files.exists(path) ? "is not a regular file" : "not found";
            return failed("'plan' " + path + ": " + why + " (plan paths are relative to the manifest's folder)");
        }
        return recent.computeIfAbsent(List.of(FileIdentity.of(path), String.valueOf(language)),
                k -> load(() -> Source.file(path), language));
    }

    /** @param language null for the plan's own */
    private PlanInfo load(java.util.function.Supplier<Source> source, String language) {
        try {
            Source s = source.get();
            return new PlanInfo(Generator.loadPlan(s, library, language == null ? null : Language.forTag(language)),
                    s, List.of());
        } catch (org.hep.diag.RequestException e) {
            return failed(RequestWords.inManifest(e));
        } catch (InvalidInputException e) {
            return new PlanInfo(null, null, e.problems().stream().map(Problem::toString).toList());
        } catch (UncheckedIOException e) {
            return failed(e.getMessage());
        }
    }

    private static PlanInfo failed(String message) {
        return new PlanInfo(null, null, List.of(message));
    }
}
