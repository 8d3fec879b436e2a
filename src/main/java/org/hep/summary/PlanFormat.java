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
        return switch (this) {
            case TEXT -> TextSummary.plan(plan);
            case MARKDOWN -> MarkdownSummary.plan(plan);
            case JSON -> JsonSummary.plan(plan);
            case CSV -> CsvSummary.plan(plan);
        };
    }

    /** One exercise with its own default dose; there is no CSV form for a single exercise. */
    public byte[] exercise(Exercise exercise) {
        return switch (this) {
            case TEXT -> TextSummary.exercise(exercise);
            case MARKDOWN -> MarkdownSummary.exercise(exercise);
            case JSON -> JsonSummary.exercise(exercise);
            case CSV -> throw new IllegalArgumentException("no CSV form for one exercise");
        };
    }
}
