package org.hep.compose;

import java.util.List;
import org.hep.figure.Drawing;
import org.hep.figure.Scene;
import org.hep.i18n.Labels;
import org.hep.model.Exercise;
import org.hep.model.ImageFile;

/**
 * What a card shows of an exercise: the clinic's own photo (or photos: start and end), else the
 * figure drawn from its pose data, as one picture or as two (start and end). A plan's own
 * picture always wins over a drawn figure.
 */
record CardPictures(Picture start, Drawing figure, EndPicture end) {
    /** @param leftOnly the dose is for the left side alone: a drawn figure shows that side (a photo stays as taken) */
    static CardPictures of(Exercise ex, Labels labels, boolean leftOnly) {
        if (ex.image() != null) {
            Picture start = picture(ex.image(), ex.imageAlt(), labels.get("label.imageFallback", ex.name()));
            if (ex.imageEnd() == null) {
                return new CardPictures(start, null, null);
            }
            Picture end = picture(ex.imageEnd(), ex.imageEndAlt(), labels.get("label.imageEndFallback", ex.name()));
            return new CardPictures(start, null, new EndPicture(end, null, labels.get("label.pictureStart"),
                    labels.get("label.pictureEnd"), null));
        }
        if (ex.figure() == null) {
            return new CardPictures(null, null, null);
        }
        org.hep.figure.FigureSpec figure = leftOnly ? ex.figure().mirrored() : ex.figure();
        if (!figure.twoPictures()) {
            return new CardPictures(null, Scene.draw(figure, FigureAlt.of(figure, ex.name(), labels)), null);
        }
        List<Drawing> two = Scene.drawTwo(figure, FigureAlt.start(figure, ex.name(), labels),
                FigureAlt.end(figure, ex.name(), labels));
        Drawing whole = Scene.drawOverlay(figure, FigureAlt.of(figure, ex.name(), labels));
        return new CardPictures(null, two.get(0), new EndPicture(null, two.get(1), labels.get("label.pictureStart"),
                labels.get("label.pictureEnd"), whole));
    }

    private static Picture picture(ImageFile file, String alt, String fallback) {
        return new Picture(file.path(), file.width(), file.height(), alt != null ? alt : fallback);
    }
}
