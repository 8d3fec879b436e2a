package org.hep.compose;

import org.hep.dose.DoseStrip;
import org.hep.dose.DoseWords;
import org.hep.dose.ProgressWords;
import org.hep.figure.Drawing;
import org.hep.figure.Scene;
import org.hep.dose.DosedExercise;
import org.hep.i18n.Labels;
import org.hep.model.Exercise;

/** What one exercise card says: the exercise's texts with its resolved dose in words. */
final class CardComposer {
    private CardComposer() {
    }

    /**
     * @param frequencyShared the plan says how often once, so the strip leaves it out
     * @param ticks           the template gives a circle to tick per set
     */
    static Card card(DosedExercise de, Labels labels, DoseWords words, boolean frequencyShared, boolean ticks) {
        Exercise ex = de.exercise();
        String dose = words.describe(de.dose());
        CardPictures pictures = CardPictures.of(ex, labels, de.dose().sides() == org.hep.model.Sides.LEFT);
        Video video = ex.video() == null ? null
                : new Video(ex.video(), labels.get("label.video"), labels.get("label.qrAlt", ex.name()));
        Card.CardWords cardWords = new Card.CardWords(labels.get("label.howOften"), labels.get("label.equipment"),
                labels.get("label.start"), labels.get("label.cues"), labels.get("label.cautions"),
                labels.get("label.therapistNotes"), ticks ? labels.get("strip.ticks") : null);
        return new Card(de.number(), ex.id(), ex.name(), ex.summary(), de.dose(), dose.isEmpty() ? null : dose,
                words.frequency(de.dose()), DoseStrip.of(de.dose(), labels, !frequencyShared),
                new ProgressWords(labels).describe(de.progression()), de.progression(), ex.equipment(), ex.start(), ex.steps(), ex.cues(), ex.cautions(),
                de.notes(), pictures.start(), pictures.figure(), pictures.end(), video, cardWords);
    }
}
