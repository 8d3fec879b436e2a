package org.hep.layout;

import org.hep.figure.Drawing;
import org.hep.figure.Scene;
import org.hep.model.Exercise;
import org.hep.model.ImageFile;

/**
 * The picture of an exercise card and where it goes: the exercise's own {@code image} when
 * it has one, else its drawn figure. Beside the steps it takes about 40% of the card, as long
 * as the steps keep at least {@link #MIN_CHARS} characters a line; with large type, or when
 * that is too narrow (two cards to a row), it goes full width above the steps.
 */
final class CardPicture {
    /** Shorter lines than this make steps hard to follow. */
    static final int MIN_CHARS = 35;
    /** Type this large (large print) gets a picture above the steps, as big as the card allows. */
    static final float LARGE_TYPE = 16f;

    private final Exercise exercise;
    private final Drawing drawing;
    private final float width;
    private final float height;
    private final boolean above;
    private final String alt;

    private CardPicture(Exercise exercise, Drawing drawing, float width, float height, boolean above, String alt) {
        this.exercise = exercise;
        this.drawing = drawing;
        this.width = width;
        this.height = height;
        this.above = above;
        this.alt = alt;
    }

    /**
     * @param w        the card's inner width
     * @param charWidth the width of an average character of body text
     * @return null when the exercise has neither an image nor a figure
     */
    static CardPicture choose(Exercise ex, float w, Theme th, float charWidth, float gap) {
        if (ex.image() == null && ex.figure() == null) {
            return null;
        }
        Drawing drawing = ex.image() != null ? null : Scene.draw(ex.figure(), ex.name());
        double aspect = ex.image() != null ? ex.image().width() / (double) ex.image().height() : drawing.aspect();
        String alt = ex.image() != null ? ex.imageAlt() : drawing.alt();
        float beside = ex.image() != null ? w * 0.36f : w * 0.4f;
        boolean roomBeside = w - beside - gap >= MIN_CHARS * charWidth;
        if (th.body() < LARGE_TYPE && roomBeside) {
            float[] wh = fit(aspect, beside, th.body() * 12f);
            return new CardPicture(ex, drawing, wh[0], wh[1], false, alt);
        }
        float[] wh = fit(aspect, w, Math.max(th.body() * 12f, Math.min(w * 0.55f, th.body() * 15f)));
        return new CardPicture(ex, drawing, wh[0], wh[1], true, alt);
    }

    private static float[] fit(double aspect, float maxW, float maxH) {
        float pw = maxW;
        float ph = (float) (maxW / aspect);
        if (ph > maxH) {
            ph = maxH;
            pw = (float) (maxH * aspect);
        }
        return new float[] {pw, ph};
    }

    float width() {
        return width;
    }

    float height() {
        return height;
    }

    /** True when the picture goes full width above the steps, false beside them. */
    boolean above() {
        return above;
    }

    /** What a screen reader says: the image's {@code image_alt}, or the figure's alt text. */
    String alt() {
        return alt;
    }

    Op op(float x, float y, int accent, Struct.Mark mark) {
        ImageFile img = exercise.image();
        if (img != null) {
            return new Op.Picture(x, y, width, height, img.path(), mark);
        }
        return new Op.Figure(x, y, width, height, drawing, accent, mark);
    }
}
