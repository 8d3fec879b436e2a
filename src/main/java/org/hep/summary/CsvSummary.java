package org.hep.summary;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Card;
import org.hep.compose.Handout;
import org.hep.model.DoseKey;

/** One row per exercise, for a spreadsheet; the columns are listed in docs/summary-formats.md. */
final class CsvSummary {
    static final List<String> COLUMNS = columns();

    private CsvSummary() {
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("plan_id", "number", "id", "name"));
        c.addAll(DoseKey.fieldNames());
        c.addAll(List.of("dose_words", "frequency_words", "equipment", "notes", "dose_strip", "progress_words",
                "picture_alts"));
        return List.copyOf(c);
    }

    static byte[] plan(Handout handout, boolean raw) {
        List<List<Object>> rows = new ArrayList<>();
        for (Card card : handout.cards()) {
            List<Object> row = new ArrayList<>(List.of(handout.meta().planId(), card.number(), card.id(), card.name()));
            for (DoseKey key : DoseKey.values()) {
                row.addAll(key.fields(card.dose()).values());
            }
            row.addAll(java.util.Arrays.asList(card.doseWords(), card.howOften(), card.equipment(), card.note(),
                    card.strip().items().isEmpty() ? null : card.strip().text(), card.progress(),
                    CardPictureList.alts(card)));
            rows.add(row);
        }
        return new Table(COLUMNS, rows, COLUMNS.size()).csv(raw);
    }
}
