package org.hep.summary;

import org.hep.dose.DoseWords;
import org.hep.i18n.Labels;
import org.hep.model.Dose;

/**
 * The printed words of one plan language, for the summary formats: labels plus the dose
 * in words, both from the same sources the PDF uses.
 */
record Wording(Labels labels, DoseWords dose) {
    static Wording of(String language) {
        Labels labels = Labels.forLanguage(language);
        return new Wording(labels, new DoseWords(labels));
    }

    String label(String key, Object... args) {
        return labels.get(key, args);
    }

    /** The dose in words, or null when the dose says nothing. */
    String doseWords(Dose d) {
        String s = dose.describe(d);
        return s.isEmpty() ? null : s;
    }

    String frequencyWords(Dose d) {
        return dose.frequency(d);
    }
}
