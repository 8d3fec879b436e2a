package org.hep.summary;

import java.util.Locale;
import org.hep.compose.Card;
import org.hep.compose.Handout;
import org.hep.model.Exercise;
import org.hep.model.Language;

/**
 * The output formats of {@code hep summary} and {@code hep show}; each renders UTF-8 bytes
 * from the composed handout (or one composed card), the same document the PDF is laid out from.
 */
public enum PlanFormat {
    TEXT, MARKDOWN, JSON, CSV;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public byte[] plan(Handout handout) {
        return plan(handout, false);
    }

    /** @param rawCsv CSV cells exactly as written, without the guard against spreadsheet formulas */
    public byte[] plan(Handout handout, boolean rawCsv) {
        return switch (this) {
            case TEXT -> TextSummary.plan(handout);
            case MARKDOWN -> MarkdownSummary.plan(handout);
            case JSON -> JsonSummary.plan(handout);
            case CSV -> CsvSummary.plan(handout, rawCsv);
        };
    }

    /**
     * One exercise with its own default dose; {@code exercise} adds what only a library listing
     * shows (aliases, regions, tags); {@code language} sets the punctuation of text and Markdown.
     * There is no CSV form for a single exercise.
     */
    public byte[] exercise(Card card, Exercise exercise, Language language) {
        return switch (this) {
            case TEXT -> TextSummary.exercise(card, language);
            case MARKDOWN -> MarkdownSummary.exercise(card, language);
            case JSON -> JsonSummary.exercise(card, exercise);
            case CSV -> throw new IllegalArgumentException("no CSV form for one exercise");
        };
    }
}
