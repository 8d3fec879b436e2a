package org.hep.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hep.dose.DoseOverrides;
import org.hep.model.Dose;
import org.hep.model.DoseKey;
import org.hep.model.DoseValueException;
import picocli.CommandLine.Option;

/** Dose and selection options shared by generate and summary (a picocli mixin). */
public final class DoseOptions {
    @Option(names = "--sets", paramLabel = "N", description = "Sets (1-20), for exercises that are done in sets.")
    String sets;

    @Option(names = "--reps", paramLabel = "N|MIN-MAX", description = "Repetitions, for exercises that are counted in repetitions, e.g. 12 or 10-15.")
    String reps;

    @Option(names = "--sides", paramLabel = "each|alternating|left|right",
            description = "Sides, for exercises that are done one side at a time.")
    String sides;

    @Option(names = "--hold", paramLabel = "TIME", description = "Hold time, for exercises that hold, e.g. 30, 30s or 2 min.")
    String hold;

    @Option(names = "--rest", paramLabel = "TIME", description = "Rest between sets, e.g. 60 or 1 min, for exercises that rest or have more than one set.")
    String rest;

    @Option(names = "--dose", paramLabel = "ID:KEY=VALUE[,KEY=VALUE]",
            description = "Dose for one exercise, e.g. squat:sets=2,reps=8. Repeatable; wins over the options above.")
    List<String> dose = new ArrayList<>();

    // Split here rather than by picocli, which reads "--only ," as no option at all: every exercise.
    @Option(names = "--only", paramLabel = "ID[,ID...]", description = "Print only these exercises (comma-separated or repeated).")
    List<String> only = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "ID[,ID...]", description = "Leave these exercises out.")
    List<String> exclude = new ArrayList<>();


    /** Parses every option through the {@link DoseKey} table; a bad value is a usage error naming the option. */
    public DoseOverrides overrides() {
        Dose global = Dose.NONE;
        global = apply(global, "sets", sets, "--sets");
        global = apply(global, "reps", reps, "--reps");
        global = apply(global, "sides", sides, "--sides");
        global = apply(global, "hold", hold, "--hold");
        global = apply(global, "rest", rest, "--rest");
        Map<String, Dose> per = new LinkedHashMap<>();
        // A key given twice for one exercise (in one --dose or two) would have the last win without a word.
        Set<String> given = new HashSet<>();
        for (String spec : dose) {
            int colon = spec.indexOf(':');
            if (colon <= 0 || colon == spec.length() - 1) {
                throw new UsageException("--dose: expected ID:KEY=VALUE[,KEY=VALUE], found '" + spec + "'");
            }
            String id = spec.substring(0, colon).strip();
            Dose d = per.getOrDefault(id, Dose.NONE);
            for (String kv : spec.substring(colon + 1).split(",")) {
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--dose " + id + ": expected KEY=VALUE, found '" + kv.strip() + "'");
                }
                String key = kv.substring(0, eq).strip();
                d = apply(d, key, kv.substring(eq + 1), "--dose " + id);
                if (!given.add(id + ":" + key)) {
                    throw new UsageException("--dose " + id + ": " + twice(key));
                }
            }
            per.put(id, d);
        }
        return new DoseOverrides(global, per, ids(only, "--only"), ids(exclude, "--exclude"));
    }

    /**
     * Each value's comma-separated ids. A value that names none ({@code ""}, {@code ","}) is a
     * usage error: read as no selection, {@code --only ,} printed every exercise.
     */
    static List<String> ids(List<String> values, String option) {
        List<String> ids = new ArrayList<>();
        for (String value : values) {
            List<String> these = new ArrayList<>();
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    these.add(id.strip());
                }
            }
            if (these.isEmpty()) {
                throw new UsageException(option + ": no exercise id in '" + Cli.oneLine(value)
                        + "'; give ids separated by commas, e.g. " + option + " squat,bridge");
            }
            ids.addAll(these);
        }
        return ids;
    }


    /** The message for a dose key given twice to one exercise. */
    static String twice(String key) {
        return "'" + Cli.oneLine(key) + "' is given twice; give each dose key once";
    }

    static Dose apply(Dose dose, String key, String value, String option) {
        if (value == null) {
            return dose;
        }
        try {
            return dose.withText(DoseKey.byName(key), value);
        } catch (DoseValueException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
