package org.hep.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import org.hep.picture.PictureCache;
import org.hep.picture.PictureEncoder;

/**
 * A picture as a data: URI, so the HTML handout is one file that works offline and in e-mail.
 * The picture goes through the same encoder as the PDF's: upright, at most 300 dpi for the
 * largest box the stylesheet gives it, encoded again without the original's metadata. A 12 MB
 * phone photo adds a few hundred kilobytes, not 12 MB, and never tells where it was taken.
 */
final class DataUri {
    /** CSS pixels are 1/96 inch; points 1/72. */
    static final float POINTS_PER_CSS_PX = 0.75f;

    private DataUri() {
    }

    /** The picture for a box of at most {@code cssW} × {@code cssH} CSS pixels. */
    static String of(Path path, int cssW, int cssH) {
        PictureEncoder.Encoded e;
        try {
            e = PictureCache.get(path, PictureEncoder.pixelsFor(cssW * POINTS_PER_CSS_PX),
                    PictureEncoder.pixelsFor(cssH * POINTS_PER_CSS_PX));
        } catch (IOException ex) {
            throw new UncheckedIOException(path + ": cannot read: " + ex.getMessage(), ex);
        }
        return "data:" + e.mediaType() + ";base64," + Base64.getEncoder().encodeToString(e.fileBytes());
    }
}
