package org.hep.summary;

import java.util.Locale;
import org.hep.dose.DosedPlan;
import org.hep.model.Exercise;

/** The output formats of {@code hep summary} and {@code hep show}; each renders UTF-8 bytes. */
public enum PlanFormat {
    TEXT, MARKDOWN, JSON, CSV;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public byte[] plan(DosedPlan plan) {
        return plan(plan, false);
    }

    /** @param rawCsv CSV cells exactly as written, without the guard against spreadsheet formulas */
    public byte[] plan(DosedPlan plan, boolean rawCsv) {
        return switch (this) {
            case TEXT -> TextSummary.plan(plan);
            case MARKDOWN -> MarkdownSummary.plan(plan);
            case JSON -> JsonSummary.plan(plan);
            case CSV -> CsvSummary.plan(plan, rawCsv);
        };
    }

    /** One exercise with its own default dose; there is no CSV form for a single exercise. */
    public byte[] exercise(Exercise exercise) {
        return exercise(exercise, "en");
    }

    /** The same, with labels and dose words in {@code language} (the exercise's text is already in it). */
    public byte[] exercise(Exercise exercise, String language) {
        return switch (this) {
            case TEXT -> TextSummary.exercise(exercise, language);
            case MARKDOWN -> MarkdownSummary.exercise(exercise, language);
            case JSON -> JsonSummary.exercise(exercise, language);
            case CSV -> throw new IllegalArgumentException("no CSV form for one exercise");
        };
    }
}
