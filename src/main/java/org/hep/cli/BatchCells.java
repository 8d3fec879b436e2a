package org.hep.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hep.model.Language;
import org.hep.model.Dose;
import org.hep.model.DoseKey;
import org.hep.model.DoseValueException;
import org.hep.model.PageSize;

/**
 * The manifest columns that match a generate option one to one: language, page_size, only,
 * exclude and the per-exercise {@code dose} ({@code quad-set:hold=10;step-up:sets=2}). Each
 * bad cell adds one problem for its row and is then left out.
 */
final class BatchCells {
    private BatchCells() {
    }

    static String language(Map<String, String> cells, List<String> problems, String at) {
        String v = cell(cells, "language");
        if (v == null) {
            return null;
        }
        String code = v.toLowerCase(Locale.ROOT);
        if (!Language.tags().contains(code)) {
            problems.add(at + "'language' must be " + String.join(", ", Language.tags()) + ", found '"
                    + Cli.oneLine(v) + "'");
            return null;
        }
        return code;
    }

    static PageSize pageSize(Map<String, String> cells, PageSize fallback, List<String> problems, String at) {
        String v = cell(cells, "page_size");
        if (v == null) {
            return fallback;
        }
        PageSize p = PageSize.parse(v);
        if (p == null) {
            problems.add(at + "'page_size' must be letter or a4, found '" + Cli.oneLine(v) + "'");
        }
        return p == null ? fallback : p;
    }

    /**
     * Exercise ids separated by commas or semicolons. A cell of separators only (",") is a
     * problem, as {@code --only ,} is: read as empty, it would select every exercise.
     */
    static List<String> ids(Map<String, String> cells, String column, List<String> problems, String at) {
        String v = cell(cells, column);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String id : v.split("[,;]")) {
                if (!id.isBlank()) {
                    out.add(id.strip());
                }
            }
            if (out.isEmpty()) {
                problems.add(at + "'" + column + "': no exercise id in '" + Cli.oneLine(v)
                        + "'; give ids separated by commas or semicolons, or leave the cell empty");
            }
        }
        return out;
    }

    /** {@code ID:KEY=VALUE[,KEY=VALUE]} items separated by ';', as --dose takes them one at a time. */
    static Map<String, Dose> doses(Map<String, String> cells, List<String> problems, String at) {
        Map<String, Dose> per = new LinkedHashMap<>();
        String v = cell(cells, "dose");
        if (v == null) {
            return per;
        }
        java.util.Set<String> given = new java.util.HashSet<>();
        for (String raw : v.split(";")) {
            String item = raw.strip();
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon <= 0 || colon == item.length() - 1) {
                problems.add(at + "'dose': expected ID:KEY=VALUE[,KEY=VALUE], items separated by ';', found '"
                        + Cli.oneLine(item.strip()) + "'");
                continue;
            }
            String id = item.substring(0, colon).strip();
            Dose d = per.getOrDefault(id, Dose.NONE);
            for (String kv : item.substring(colon + 1).split(",")) {
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    problems.add(at + "'dose' " + id + ": expected KEY=VALUE, found '" + Cli.oneLine(kv.strip()) + "'");
                    continue;
                }
                String key = kv.substring(0, eq).strip();
                try {
                    d = d.withText(DoseKey.byName(key), kv.substring(eq + 1));
                    if (!given.add(id + ":" + key)) {
                        problems.add(at + "'dose' " + id + ": " + DoseOptions.twice(key));
                    }
                } catch (DoseValueException e) {
                    problems.add(at + "'dose' " + id + ": " + e.getMessage());
                }
            }
            per.put(id, d);
        }
        return per;
    }

    private static String cell(Map<String, String> cells, String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() || !ManifestCells.clean(v) ? null : v.strip();
    }
}
