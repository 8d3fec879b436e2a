package org.hep.compose;

import java.util.List;
import org.hep.figure.Drawing;
import org.hep.dose.DoseStrip;
import org.hep.model.Dose;
import org.hep.model.Progression;

/**
 * One exercise as the patient gets it: number and name, what it is for, the dose in words and
 * as a strip of figures to tick, how it steps up ({@code progress}: the line, and the steps),
 * what to have ready, where to start, the steps, tips, cautions, the therapist's note, a
 * picture (the exercise's own {@code image}) or else its drawn {@code figure} (the start position
 * when {@code end} shows the end one), and a video. Lists may be empty and single texts null;
 * labels come in {@link #words}.
 */
public record Card(int number, String id, String name, String purpose, Dose dose, String doseWords,
                   String howOften, DoseStrip strip, String progress, Progression progression, List<String> equipment, String start, List<String> steps, List<String> tips,
                   List<String> cautions, String note, Picture picture, Drawing figure, EndPicture end, Video video,
                   CardWords words) {
    public Card {
        equipment = List.copyOf(equipment);
        steps = List.copyOf(steps);
        tips = List.copyOf(tips);
        cautions = List.copyOf(cautions);
    }

    /** "3. Squat": the card's title as every output prints it. */
    public String title() {
        return number + ". " + name;
    }

    /**
     * The same card with {@code hint} as what its circles are for: the handout says it once, on
     * the first card or above the cards, and the other cards draw their circles without it ("").
     */
    public Card withTickHint(String hint) {
        CardWords w = new CardWords(words.howOften(), words.equipment(), words.start(), words.tips(), words.cautions(),
                words.note(), hint);
        return new Card(number, id, name, purpose, dose, doseWords, howOften, strip, progress, progression, equipment,
                start, steps, tips, cautions, note, picture, figure, end, video, w);
    }

    /**
     * The labels a card prints, in the handout's language; {@code ticks} is what the circles to
     * tick are for, null when the card has none, empty when it is said elsewhere.
     */
    public record CardWords(String howOften, String equipment, String start, String tips, String cautions,
                            String note, String ticks) {
    }
}
