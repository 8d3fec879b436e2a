package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Card;
import org.hep.compose.EndPicture;
import org.hep.compose.Picture;
import org.hep.figure.Drawing;

/**
 * The pictures of an exercise card and where they go: the exercise's own {@code image} when
 * it has one, else its drawn figure; one picture, or the start and the end position, each
 * captioned. Beside the steps they take about 40% of the card (two side by side, or stacked
 * when they are wide), as long as the
 * steps keep at least {@link #MIN_CHARS} characters a line; when that is too narrow (two cards to
 * a row), they go full width above the steps (two side by side). Large type keeps them two inches
 * tall, beside the steps (two side by side, or start above end) when those keep
 * {@link #LARGE_MIN_CHARS} characters a line, or above.
 */
final class CardPicture {
    /** Shorter lines than this make steps hard to follow. */
    static final int MIN_CHARS = 35;
    /** Shares of the card's width a picture column beside the steps may take, the usual first. */
    private static final float[] FIGURE_SHARES = {0.4f, 0.34f, 0.3f};
    private static final float[] PHOTO_SHARES = {0.36f, 0.32f};
    /** The least area of a picture, in squares of the body size: about an inch and a fifth square at 12 pt. */
    static final float MIN_AREA = 48f;
    /** Large print's shortest line beside its pictures: at 18 pt, fewer characters make steps hard to follow. */
    static final int LARGE_MIN_CHARS = 32;
    /** Type this large (large print) gets a picture above the steps, about two inches tall. */
    static final float LARGE_TYPE = 16f;
    /** How tall large print's pictures above the steps are: two inches, big enough to see the pose. */
    static final float TWO_INCHES = 144f;

    /** One picture: a photo or a drawing, what a screen reader says, and its caption (null for a lone picture). */
    private record Panel(Picture image, Drawing drawing, String alt, String caption) {
        double aspect() {
            return image != null ? image.width() / (double) image.height() : drawing.aspect();
        }
    }

    private final List<Panel> panels;
    /** The box of one panel's picture, caption excluded. */
    private final float cellW;
    private final float cellH;
    private final boolean above;
    /** Two pictures side by side (else one, or two stacked). */
    private final boolean row;
    private final float gap;
    private final float captionSize;

    private CardPicture(List<Panel> panels, float[] cell, boolean above, boolean row, float gap, float captionSize) {
        this.panels = panels;
        this.cellW = cell[0];
        this.cellH = cell[1];
        this.above = above;
        this.row = row;
        this.gap = gap;
        this.captionSize = captionSize;
    }

    /**
     * Where the pictures may go, the usual choice first: beside the steps, in a column of one of a
     * few widths, the two side by side or stacked (the card takes whichever leaves it shortest); or
     * the one place above the steps. Empty when the exercise has neither an image nor a figure.
     *
     * @param w         the card's inner width
     * @param charWidth the width of an average character of body text
     * @param large     how tall a picture above the steps may be in large print
     */
    static List<CardPicture> options(Card card, float w, Theme th, float charWidth, float gap, float large) {
        return options(card, w, th, charWidth, gap, large, 1f);
    }

    /**
     * As above, pictures beside the steps {@code grow} times as tall and wide: larger into a gap
     * (the column never leaving the steps too short a line), or smaller to save a page, but then
     * never below {@link #MIN_AREA} squares of the body size, the least a patient can make out (a
     * picture already below it at its usual size keeps that size).
     */
    static List<CardPicture> options(Card card, float w, Theme th, float charWidth, float gap, float large,
                                     float grow) {
        if (grow < 1f) {
            float floor = th.body() * th.body() * MIN_AREA;
            return options(card, w, th, charWidth, gap, large, 1f).stream()
                    .map(o -> o.above ? o : o.smaller(grow, floor)).toList();
        }
        List<Panel> panels = panels(card);
        List<CardPicture> out = new ArrayList<>();
        if (panels.isEmpty()) {
            return out;
        }
        boolean photo = panels.get(0).image() != null;
        double aspect = panels.stream().mapToDouble(Panel::aspect).max().orElseThrow();
        float captionSize = th.small();
        if (th.body() < LARGE_TYPE) {
            for (float share : photo ? PHOTO_SHARES : FIGURE_SHARES) {
                float widest = w - gap - MIN_CHARS * charWidth;
                if (w * share > widest) {
                    continue;
                }
                float beside = Math.min(w * share * grow, widest);
                if (panels.size() == 1) {
                    float[] cell = fit(aspect, beside, th.body() * 12f * grow);
                    // Past the usual choice, no picture smaller than a patient can make out.
                    if (out.isEmpty() || cell[0] * cell[1] >= th.body() * th.body() * MIN_AREA) {
                        out.add(new CardPicture(panels, cell, false, false, gap, captionSize));
                    }
                    continue;
                }
                // Two pictures share the column: side by side, or stacked.
                float inner = th.paragraphSpace();
                float[] side = fit(aspect, (beside - inner) / 2f, th.body() * 12f * grow);
                float[] stacked = fit(aspect, beside, th.body() * 8.5f * grow);
                boolean rowFirst = side[0] * side[1] >= stacked[0] * stacked[1];
                for (boolean row : new boolean[] {rowFirst, !rowFirst}) {
                    float[] cell = row ? side : stacked;
                    // Past the usual choice, no picture smaller than a patient can make out.
                    if (out.isEmpty() || cell[0] * cell[1] >= th.body() * th.body() * MIN_AREA) {
                        out.add(new CardPicture(panels, cell, false, row, inner, captionSize));
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        if (th.body() >= LARGE_TYPE) {
            // Large print: beside the start position and the first steps, as tall as above them, when
            // the text beside keeps a line long enough to read ({@link #LARGE_MIN_CHARS}); the card
            // takes whichever place leaves it shorter.
            float inner = th.paragraphSpace();
            float[] cell = fit(aspect, Float.MAX_VALUE, large);
            // A lone tall, narrow picture (a standing pose, a band on a door) two inches tall is
            // a sliver: beside the steps, whose lines run on below it, it grows taller until a
            // patient can make it out, up to half as tall again.
            float[] lone = panels.size() == 1 ? atLeast(cell, aspect, th.body() * th.body() * MIN_AREA, large * 1.5f)
                    : cell;
            float across = panels.size() == 1 ? lone[0] : 2 * cell[0] + inner;
            if (w - across - gap >= LARGE_MIN_CHARS * charWidth) {
                out.add(new CardPicture(panels, lone, false, panels.size() == 2, inner, captionSize));
            }
            // Start above end, as tall, where two side by side leave too short a line: the steps
            // beside a narrow column are often as tall as the two pictures, which above them would
            // add their whole height to the card.
            if (panels.size() == 2 && w - cell[0] - gap >= LARGE_MIN_CHARS * charWidth) {
                out.add(new CardPicture(panels, cell, false, false, inner, captionSize));
            }
        }
        float cell = panels.size() == 1 ? w : (w - gap) / 2f;
        // Above the steps: in large print two inches tall, big enough to see the pose, small enough
        // that the head, the picture and the first steps share a page.
        float tallest = th.body() >= LARGE_TYPE ? large : th.body() * 8.5f;
        float[] wh = fit(aspect, cell, Math.min(w * 0.4f, tallest));
        out.add(new CardPicture(panels, wh, true, panels.size() == 2, gap, captionSize));
        return out;
    }

    /** These pictures {@code scale} times as tall and wide, but no smaller than {@code floor} in area unless they already are. */
    private CardPicture smaller(float scale, float floor) {
        float area = cellW * cellH;
        float s = area <= floor ? 1f : Math.max(scale, (float) Math.sqrt(floor / area));
        return new CardPicture(panels, new float[] {cellW * s, cellH * s}, above, row, gap, captionSize);
    }

    /** The area of one panel's picture, caption excluded. */
    float cellArea() {
        return cellW * cellH;
    }

    private static List<Panel> panels(Card card) {
        List<Panel> out = new ArrayList<>();
        EndPicture end = card.end();
        String startCaption = end == null ? null : end.startCaption();
        if (card.picture() != null) {
            out.add(new Panel(card.picture(), null, card.picture().alt(), startCaption));
        } else if (card.figure() != null) {
            out.add(new Panel(null, card.figure(), card.figure().alt(), startCaption));
        }
        if (end != null && !out.isEmpty()) {
            out.add(end.picture() != null ? new Panel(end.picture(), null, end.picture().alt(), end.endCaption())
                    : new Panel(null, end.figure(), end.figure().alt(), end.endCaption()));
        }
        return out;
    }

    /** {@code cell} made taller (its aspect kept) until its area is at least {@code floor}, but never taller than {@code maxH}. */
    private static float[] atLeast(float[] cell, double aspect, float floor, float maxH) {
        if (cell[0] * cell[1] >= floor) {
            return cell;
        }
        float h = Math.min((float) Math.sqrt(floor / aspect), Math.max(maxH, cell[1]));
        return new float[] {(float) (h * aspect), h};
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

    private float captionHeight() {
        return panels.get(0).caption() == null ? 0 : captionSize * 1.6f;
    }

    /** The width the pictures take: one picture, two stacked, or two side by side. */
    float width() {
        return row ? 2 * cellW + gap : cellW;
    }

    /** The height the pictures take, captions included. */
    float height() {
        float one = cellH + captionHeight();
        return row || panels.size() == 1 ? one : panels.size() * one + (panels.size() - 1) * gap;
    }

    /** True for one picture (no end picture). */
    boolean lone() {
        return panels.size() == 1;
    }

    /** True when the pictures go full width above the steps, false beside them. */
    boolean above() {
        return above;
    }

    /**
     * Tags the pictures in reading order, before the steps: a Figure with its alt text for each
     * (the image's {@code image_alt} or the figure's), each followed by its caption.
     */
    List<Struct.Mark> tag(Struct sect) {
        List<Struct.Mark> marks = new ArrayList<>();
        for (Panel p : panels) {
            marks.add(sect.add("Figure", p.alt()).content());
            marks.add(p.caption() == null ? null : sect.add("P").content());
        }
        return marks;
    }

    /** The drawing ops with the box's top-left corner at ({@code x}, {@code y}); {@code marks} from {@link #tag}. */
    List<Op> ops(float x, float y, int accent, int captionColor, List<Struct.Mark> marks, Blocks b) {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            float px = row ? x + i * (cellW + gap) : x;
            float py = row ? y : y + i * (cellH + captionHeight() + gap);
            if (p.image() != null) {
                float[] wh = fit(p.aspect(), cellW, cellH);
                ops.add(new Op.Picture(px + (cellW - wh[0]) / 2f, py + (cellH - wh[1]) / 2f, wh[0], wh[1],
                        p.image().path(), marks.get(2 * i)));
            } else {
                ops.add(new Op.Figure(px, py, cellW, cellH, p.drawing(), accent, marks.get(2 * i)));
            }
            if (p.caption() != null) {
                String text = b.clean(p.caption(), Face.BOLD);
                float tw = b.width(text, Face.BOLD, captionSize);
                ops.add(new Op.Text(px + (cellW - tw) / 2f, py + cellH + captionSize * 1.25f, text, Face.BOLD,
                        captionSize, captionColor, marks.get(2 * i + 1)));
            }
        }
        return ops;
    }
}
