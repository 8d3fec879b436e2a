package org.hep.compose;

import org.hep.figure.Drawing;

/**
 * The end position of an exercise shown as its own picture after the start one (the card's
 * {@code picture} or {@code figure}): a photo or a drawn figure, and the words printed under
 * each ("Start", "End" in the handout's language). A drawn figure also comes as one small
 * picture of the whole move ({@code thumbnail}, the start faint behind the end) for the plan at a
 * glance, where a lone start position would look like every other standing exercise; null
 * for photos, whose start picture stands for them.
 */
public record EndPicture(Picture picture, Drawing figure, String startCaption, String endCaption, Drawing thumbnail) {
}
