package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Card;
import org.hep.compose.Furniture;

/**
 * One exercise card in a frame: badge and name, purpose, dose band, what you need, start and
 * steps (a picture beside them), cautions, tips, the therapist's note and a video code. A card
 * that fits on a page stays whole; a taller one continues under "N. Name (continued)".
 */
final class CardLayout {
    private static final String CHECK = "\u2713";
    private static final String WARN = "\u26A0";
    /** The longest a line of steps may be, in ems of the body size: about 70 characters, easy to follow back to the next. */
    private static final float MEASURE_EMS = 34f;

    private CardLayout() {
    }

    /**
     * @param heights how tall large print's pictures may be, the first preferred: the card takes the
     *                first that keeps it whole on a page, the first when none does
     */
    static Group single(Struct parent, Card card, List<Box> prefix, Furniture furniture, float[] heights,
                        LayoutContext cx) {
        return single(parent, card, prefix, furniture, heights, 0f, cx);
    }

    /**
     * As above; {@code room} points the card may grow by (the gap it leaves above a card that moves
     * to the next page): its pictures are drawn larger, up to {@link #MOST_GROWTH} times, where that
     * makes the card taller by no more than that. A bigger picture is easier to follow, and the
     * space was left blank.
     */
    static Group single(Struct parent, Card card, List<Box> prefix, Furniture furniture, float[] heights,
                        float room, LayoutContext cx) {
        Theme th = cx.th;
        float pad = th.cardPadding();
        float x = cx.left + pad;
        float w = cx.width - 2 * pad;
        float above = LayoutContext.heightOf(prefix);
        // At a page's top the space above the section's heading is dropped.
        int lead = 0;
        while (lead < prefix.size() && prefix.get(lead).isSpace()) {
            lead++;
        }
        float large = pictureHeight(card, heights, LayoutContext.heightOf(prefix.subList(lead, prefix.size())), cx);
        float grow = room > 0 ? growth(card, large, room, cx) : 1f;
        List<Box> boxes = content(parent.add("Sect"), card, cx.left, cx.width, large, grow, cx);
        List<Box> all = new ArrayList<>(prefix);
        all.addAll(boxes);
        all.add(Box.space(th.gap()));
        String continued = continuedTitle(card.title(), furniture, w, cx);
        return Group.framed(all, prefix.size(), prefix.size() + boxes.size(), th.border(), () -> {
            List<Box> c = new ArrayList<>(cx.b.paragraph(List.of(cx.b.span(continued, Face.BOLD)), th.h3(),
                    th.accent(), x, w, null, null));
            c.add(0, Box.space(pad));
            c.add(Box.space(th.paragraphSpace()));
            return c;
        });
    }

    /**
     * A card's content for a frame at {@code x0} of width {@code w0}, padding included. Its parts
     * (head | start, pictures and steps with take care | tips | note | video) are each kept
     * together, so a card taller than a page breaks only between them. The head (name, purpose,
     * dose band) goes on with the start position unless it ends with what is needed; the start
     * position stays with the pictures and the first two steps, and the last two steps stay with
     * the Take care box, so a card that splits between steps leaves at least two on each side.
     */
    static List<Box> content(Struct sect, Card card, float x0, float w0, LayoutContext cx) {
        return content(sect, card, x0, w0, CardPicture.TWO_INCHES, cx);
    }

    /**
     * The first of {@code heights} for a large-print card's pictures that keeps the card, under
     * {@code above} points that go with it, on one page (the card laid out for each on a scratch
     * tree); the last when none does.
     */
    private static float pictureHeight(Card card, float[] heights, float above, LayoutContext cx) {
        if (heights.length == 1 || cx.th.body() < CardPicture.LARGE_TYPE) {
            return heights[0];
        }
        for (float h : heights) {
            if (above + LayoutContext.heightOf(content(Struct.root(), card, cx.left, cx.width, h, cx))
                    <= cx.contentHeight) {
                return h;
            }
        }
        // Split in any case: the smallest leave the most room to carry the steps on in pairs.
        return heights[heights.length - 1];
    }

    /**
     * Pictures may grow up to this many times their usual size to use a gap the next card leaves:
     * three quarters again, so a card alone on an A4 page (a little taller than letter) still fills
     * most of it; the steps beside keep their 35 characters a line, which often caps it sooner.
     */
    static final float MOST_GROWTH = 1.75f;
    private static final float[] GROWTHS = {MOST_GROWTH, 1.6f, 1.5f, 1.4f, 1.3f, 1.2f, 1.1f};

    /** The largest of {@link #GROWTHS} whose pictures make the card taller, by at most {@code room}; 1 when none does. */
    private static float growth(Card card, float large, float room, LayoutContext cx) {
        float usual = LayoutContext.heightOf(content(Struct.root(), card, cx.left, cx.width, large, 1f, cx));
        for (float g : GROWTHS) {
            float h = LayoutContext.heightOf(content(Struct.root(), card, cx.left, cx.width, large, g, cx));
            if (h > usual + 0.5f && h - usual <= room) {
                return g;
            }
        }
        return 1f;
    }

    /** As above, large-print pictures at most {@code large} points tall. */
    static List<Box> content(Struct sect, Card card, float x0, float w0, float large, LayoutContext cx) {
        return content(sect, card, x0, w0, large, 1f, cx);
    }

    /** As above, the pictures beside the steps up to {@code grow} times their usual size. */
    static List<Box> content(Struct sect, Card card, float x0, float w0, float large, float grow, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        float pad = th.cardPadding();
        float x = x0 + pad + th.hang();
        float w = w0 - 2 * pad - th.hang();
        List<Box> head = new ArrayList<>();
        head.add(new Box(pad, List.of(), true));
        head.addAll(CardTitle.layout(card, sect.add(cx.heading(3)), x, w, cx));
        if (card.purpose() != null) {
            head.addAll(b.paragraph(card.purpose(), th.emphasis(), th.body(), th.muted(), x, w, sect.add("P")));
        }
        head.add(Box.space(th.paragraphSpace()));
        head.addAll(DoseStripLayout.layout(card, sect, x, w, cx));
        int dose = head.size();
        if (!card.equipment().isEmpty()) {
            head.addAll(cx.labelled(card.words().equipment(), String.join(", ", card.equipment()), sect, x, w));
        }
        // Name, purpose and dose band never end a page: the page may break after the head only
        // under what it needs ("You need: a chair"), unless the layout keeps heads with their start
        // positions; else the pictures and steps come along.
        int kept = cx.keeps.headWithStart() ? head.size() : dose;
        for (int i = 0; i < kept; i++) {
            head.set(i, head.get(i).withoutBreakAfter());
        }
        Arrangement steps = startAndSteps(card, sect, x, w, large, grow, LayoutContext.heightOf(head), cx);
        // "Take care" comes right after the steps and stays on the page of the last one: a card that
        // splits goes on with its tips, never with its warning alone, away from the steps it is about.
        if (!card.cautions().isEmpty()) {
            steps.pieces().get(steps.pieces().size() - 1).addAll(cautions(card, sect, x, w, cx));
        }
        if (cx.keeps.stepsTogether() && steps.pieces().size() > 1
                && steps.height() + LayoutContext.heightOf(head) <= cx.contentHeight) {
            // The card goes on only between its parts: the start position, the steps beside their
            // pictures and their "Take care" stay on one page.
            List<Box> all = new ArrayList<>();
            steps.pieces().forEach(all::addAll);
            steps.pieces().clear();
            steps.pieces().add(all);
        }
        List<List<Box>> parts = new ArrayList<>();
        if (head.get(head.size() - 1).neverLast()) {
            steps.pieces().get(0).addAll(0, head);
        } else {
            // The head may end a page under what it needs ("You need: a chair").
            parts.add(head);
        }
        parts.addAll(steps.pieces());
        if (!card.tips().isEmpty()) {
            parts.add(new ArrayList<>(tips(card, sect, x, w, cx)));
        }
        // The therapist's note and the video code stay with the part before them: a card that goes
        // on under "(continued)" for a line of note, or a code alone, is easy to miss. In large
        // print, whose cards go on between their parts far more often, only where the layout asks
        // (where that costs no page): kept with the tips, they can cost its handouts pages.
        boolean ownParts = th.body() >= CardPicture.LARGE_TYPE && !cx.keeps.notesWithPart();
        if (card.note() != null) {
            List<Box> note = ownParts ? new ArrayList<>() : parts.remove(parts.size() - 1);
            note.add(Box.space(th.paragraphSpace()));
            note.addAll(cx.labelled(card.words().note(), card.note(), sect, x, w));
            parts.add(note);
        }
        if (card.video() != null) {
            List<Box> video = ownParts ? new ArrayList<>() : parts.remove(parts.size() - 1);
            video.add(Box.space(th.paragraphSpace()));
            video.add(CardParts.qr(card.video(), sect, x, w, cx));
            parts.add(video);
        }
        List<Box> last = new ArrayList<>(parts.remove(parts.size() - 1));
        last.add(Box.space(pad));
        parts.add(last);
        List<Box> boxes = new ArrayList<>();
        for (List<Box> part : parts) {
            boxes.addAll(glued(part));
        }
        return boxes;
    }

    private static List<Box> tips(Card card, Struct sect, float x, float w, LayoutContext cx) {
        Theme th = cx.th;
        return CardParts.callout(sect, null, card.words().tips(), CHECK, card.tips(), null, th.tipBar(),
                th.barWidth() * 0.5f, th.accent(), x, w, cx);
    }

    private static List<Box> cautions(Card card, Struct sect, float x, float w, LayoutContext cx) {
        Theme th = cx.th;
        return CardParts.callout(sect, WARN, card.words().cautions(), LayoutContext.BULLET, card.cautions(),
                th.cautionFill(), th.cautionBar(), th.barWidth() * 1.5f, th.cautionBar(), x, w, cx);
    }

    /** The boxes, each but the last kept with the next: one part the page may not break. */
    private static List<Box> glued(List<Box> part) {
        List<Box> out = new ArrayList<>();
        for (int i = 0; i < part.size(); i++) {
            Box bx = part.get(i);
            out.add(i < part.size() - 1 ? bx.keep(true) : bx);
        }
        return out;
    }

    /** A card's start position, pictures and steps, in the pieces the page may break between when they cannot stay together. */
    private record Arrangement(List<List<Box>> pieces) {
        float height() {
            List<Box> all = new ArrayList<>();
            for (List<Box> piece : pieces) {
                all.addAll(piece);
            }
            return LayoutContext.heightOf(all);
        }
    }

    /**
     * Start position and numbered steps, the picture (photo or drawn figure) at the right of the
     * first of them and the rest full width under it, so the card stays short; or full width above
     * them (two cards to a row), or in large print beside the start position as in standard when
     * that leaves the card shorter, else under the start position and above the steps
     * (see {@link CardPicture}). In pieces where
     * the page may break when they cannot stay together: the picture with what is beside it, then
     * each further step.
     */
    private static Arrangement startAndSteps(Card card, Struct sect, float x, float w, float large, float grow,
                                             float head,
                                             LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        List<CardPicture> options = CardPicture.options(card, w, th,
                b.width("abcdefghijklmnopqrstuvwxyz", Face.REGULAR, th.body()) / 26f, th.gap() * 1.5f, large,
                grow * cx.pictureScale);
        if (options.size() <= 1) {
            return startAndSteps(card, options.isEmpty() ? null : options.get(0), sect, x, w, cx);
        }
        // The pictures where they leave the card shortest, tried on a scratch tree; the first of equals wins.
        CardPicture best = null;
        float least = Float.MAX_VALUE;
        for (CardPicture option : options) {
            Arrangement tried = startAndSteps(card, option, Struct.root(), x, w, cx);
            float h = tried.height();
            // Large print's pictures beside the text hold every step beside them on their page, with
            // the card's head above and, when no step is left after them, the Take care box: not when
            // that is more than a page, which a page's foot would part from the head. (Nearly a page
            // is fine: the card then starts a page of its own.)
            float together = head + LayoutContext.heightOf(tried.pieces().get(0))
                    + (tried.pieces().size() == 1 && !card.cautions().isEmpty()
                    ? LayoutContext.heightOf(cautions(card, Struct.root(), x, w, cx)) : 0f);
            boolean held = th.body() >= CardPicture.LARGE_TYPE && !option.above()
                    && together > cx.contentHeight;
            if (!held && h < least - 0.5f) {
                least = h;
                best = option;
            }
        }
        return startAndSteps(card, best, sect, x, w, cx);
    }

    private static Arrangement startAndSteps(Card card, CardPicture pic, Struct sect, float x, float w,
                                             LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        if (pic != null && pic.above() && th.body() >= CardPicture.LARGE_TYPE) {
            return startThenPicture(card, pic, sect, x, w, cx);
        }
        List<Struct.Mark> marks = pic == null ? null : pic.tag(sect);
        List<Box> body = new ArrayList<>();
        if (pic != null && pic.above()) {
            body.add(Box.space(th.paragraphSpace()));
            body.add(new Box(pic.height(), pic.ops(x + (w - pic.width()) / 2f, 0, th.accent(), th.muted(), marks, b),
                    false));
        }
        boolean beside = pic != null && !pic.above();
        // A paragraph or step that starts beside the picture keeps the narrow measure; one that starts
        // below it (with a little air under the caption) takes the card's whole width.
        float narrow = beside ? w - pic.width() - th.gap() * 1.5f : w;
        float clear = beside ? th.paragraphSpace() + pic.height() + th.itemSpace() : 0f;
        float wide = Math.min(w, th.body() * MEASURE_EMS);
        CardParts.Measure measure = y -> y < clear ? narrow : wide;
        if (card.start() != null) {
            body.add(Box.space(th.paragraphSpace()));
            body.addAll(cx.labelled(card.words().start(), card.start(), sect, x,
                    measure.width(LayoutContext.heightOf(body))));
        }
        body.add(Box.space(th.paragraphSpace()));
        List<List<Box>> steps = pairedEnds(CardParts.steps(card.steps(), sect, x, measure,
                LayoutContext.heightOf(body), cx));
        steps.get(0).addAll(0, body);
        if (!beside) {
            return new Arrangement(steps);
        }
        // The steps that start beside the picture stay with it on one page; the later ones may go on.
        List<Box> top = new ArrayList<>();
        int next = 0;
        float y = 0;
        while (next < steps.size() && (next == 0 || y < clear)) {
            top.addAll(steps.get(next));
            y += LayoutContext.heightOf(steps.get(next));
            next++;
        }
        List<Box> hung = LayoutContext.hang(top, pic.ops(x + w - pic.width(), th.paragraphSpace(), th.accent(),
                th.muted(), marks, b), pic.height() + th.paragraphSpace());
        List<List<Box>> out = new ArrayList<>();
        out.add(new ArrayList<>(hung));
        out.addAll(steps.subList(next, steps.size()));
        return new Arrangement(out);
    }

    /**
     * Large print: the start position under the dose band, then the pictures full width with the
     * steps under them, all one piece with the first steps: the position a patient takes is read
     * beside the pictures that show it and the steps that begin from it.
     */
    private static Arrangement startThenPicture(Card card, CardPicture pic, Struct sect, float x, float w,
                                                LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        float wide = Math.min(w, th.body() * MEASURE_EMS);
        List<Box> start = new ArrayList<>();
        if (card.start() != null) {
            start.add(Box.space(th.paragraphSpace()));
            start.addAll(cx.labelled(card.words().start(), card.start(), sect, x, wide));
        }
        List<Struct.Mark> marks = pic.tag(sect);
        List<Box> body = new ArrayList<>();
        body.add(Box.space(th.paragraphSpace()));
        body.add(new Box(pic.height(), pic.ops(x + (w - pic.width()) / 2f, 0, th.accent(), th.muted(), marks, b),
                false));
        body.add(Box.space(th.paragraphSpace()));
        List<List<Box>> steps = pairedEnds(CardParts.steps(card.steps(), sect, x, top -> wide,
                LayoutContext.heightOf(body), cx));
        steps.get(0).addAll(0, body);
        steps.get(0).addAll(0, start);
        return new Arrangement(steps);
    }

    /**
     * The steps in the pieces a page may break between: the first two one piece and the last two
     * one piece, so a card that splits between its steps leaves at least two of them before the
     * break and carries at least two on (with its Take care box), never "then switch legs" alone;
     * when it cannot, it moves whole to a page it fits on. Never empty.
     */
    private static List<List<Box>> pairedEnds(List<List<Box>> steps) {
        List<List<Box>> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            boolean joins = i == 1 || (i == steps.size() - 1 && i > 1);
            if (joins) {
                out.get(out.size() - 1).addAll(steps.get(i));
            } else {
                out.add(new ArrayList<>(steps.get(i)));
            }
        }
        if (out.isEmpty()) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /**
     * "3. Squat (continued)" on one line: a long name is cut with an ellipsis, since a title
     * taller than the page would push the card's own text off the bottom.
     */
    private static String continuedTitle(String title, Furniture furniture, float w, LayoutContext cx) {
        Blocks b = cx.b;
        float size = cx.th.h3();
        String full = furniture.continued(title);
        if (b.width(b.clean(full, Face.BOLD), Face.BOLD, size) <= w) {
            return full;
        }
        float room = w - b.width(b.clean(furniture.continued("\u2026"), Face.BOLD), Face.BOLD, size);
        String head = b.lines(title, Face.BOLD, size, Math.max(room, size)).get(0);
        return furniture.continued(head + "\u2026");
    }
}
