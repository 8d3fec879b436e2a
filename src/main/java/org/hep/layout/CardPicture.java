package org.hep.layout;

import org.hep.compose.Card;
import org.hep.compose.Picture;
import org.hep.figure.Drawing;

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

    private final Picture image;
    private final Drawing drawing;
    private final float width;
    private final float height;
    private final boolean above;
    private final String alt;

    private CardPicture(Picture image, Drawing drawing, float width, float height, boolean above, String alt) {
        this.image = image;
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
    static CardPicture choose(Card card, float w, Theme th, float charWidth, float gap) {
        Picture image = card.picture();
        Drawing drawing = card.figure();
        if (image == null && drawing == null) {
            return null;
        }
        double aspect = image != null ? image.width() / (double) image.height() : drawing.aspect();
        String alt = image != null ? image.alt() : drawing.alt();
        float beside = image != null ? w * 0.36f : w * 0.4f;
        boolean roomBeside = w - beside - gap >= MIN_CHARS * charWidth;
        if (th.body() < LARGE_TYPE && roomBeside) {
            float[] wh = fit(aspect, beside, th.body() * 12f);
            return new CardPicture(image, drawing, wh[0], wh[1], false, alt);
        }
        float[] wh = fit(aspect, w, Math.max(th.body() * 12f, Math.min(w * 0.55f, th.body() * 15f)));
        return new CardPicture(image, drawing, wh[0], wh[1], true, alt);
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
        if (image != null) {
            return new Op.Picture(x, y, width, height, image.path(), mark);
        }
        return new Op.Figure(x, y, width, height, drawing, accent, mark);
    }
}
