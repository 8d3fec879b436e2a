package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Card;
import org.hep.compose.Furniture;

/**
 * One exercise card in a frame: badge and name, purpose, dose band, what you need, start and
 * steps (a picture beside them), tips, cautions, the therapist's note and a video code. A card
 * that fits on a page stays whole; a taller one continues under "N. Name (continued)".
 */
final class CardLayout {
    private static final String CHECK = "\u2713";
    private static final String WARN = "\u26A0";

    private CardLayout() {
    }

    static Group single(Struct parent, Card card, List<Box> prefix, Furniture furniture, LayoutContext cx) {
        Theme th = cx.th;
        float pad = th.cardPadding();
        float x = cx.left + pad;
        float w = cx.width - 2 * pad;
        List<Box> boxes = content(parent.add("Sect"), card, cx.left, cx.width, cx);
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

    /** A card's content for a frame at {@code x0} of width {@code w0}, padding included. */
    static List<Box> content(Struct sect, Card card, float x0, float w0, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        float pad = th.cardPadding();
        float x = x0 + pad + th.hang();
        float w = w0 - 2 * pad - th.hang();
        List<Box> boxes = new ArrayList<>();
        boxes.add(new Box(pad, List.of(), true));
        boxes.addAll(CardTitle.layout(card, sect.add(cx.heading(3)), x, w, cx));
        if (card.purpose() != null) {
            boxes.addAll(b.paragraph(card.purpose(), th.emphasis(), th.body(), th.muted(), x, w, sect.add("P")));
        }
        boxes.add(Box.space(th.paragraphSpace()));
        boxes.addAll(DoseStripLayout.layout(card, sect, x, w, cx));
        if (!card.equipment().isEmpty()) {
            boxes.addAll(cx.labelled(card.words().equipment(), String.join(", ", card.equipment()), sect, x, w));
        }
        boxes.addAll(startAndSteps(card, sect, x, w, cx));
        if (!card.tips().isEmpty()) {
            boxes.addAll(CardParts.callout(sect, card.words().tips(), CHECK, card.tips(), null, th.accent(),
                    th.barWidth() * 0.5f, th.accent(), x, w, cx));
        }
        if (!card.cautions().isEmpty()) {
            boxes.addAll(CardParts.callout(sect, WARN + " " + card.words().cautions(), LayoutContext.BULLET,
                    card.cautions(), th.cautionFill(), th.cautionBar(), th.barWidth() * 1.5f, th.cautionBar(), x, w, cx));
        }
        if (card.note() != null) {
            boxes.add(Box.space(th.paragraphSpace()));
            boxes.addAll(cx.labelled(card.words().note(), card.note(), sect, x, w));
        }
        if (card.video() != null) {
            boxes.add(Box.space(th.paragraphSpace()));
            boxes.add(CardParts.qr(card.video(), sect, x, w, cx));
        }
        boxes.add(Box.space(pad));
        return boxes;
    }

    /**
     * Start position and numbered steps, the picture (photo or drawn figure) beside them so the card
     * stays short, or full width above them in large print (see {@link CardPicture}).
     */
    private static List<Box> startAndSteps(Card card, Struct sect, float x, float w, LayoutContext cx) {
        Theme th = cx.th;
        Blocks b = cx.b;
        CardPicture pic = CardPicture.choose(card, w, th,
                b.width("abcdefghijklmnopqrstuvwxyz", Face.REGULAR, th.body()) / 26f, th.gap() * 1.5f);
        List<Struct.Mark> marks = pic == null ? null : pic.tag(sect);
        List<Box> body = new ArrayList<>();
        if (pic != null && pic.above()) {
            body.add(Box.space(th.paragraphSpace()));
            body.add(new Box(pic.height(), pic.ops(x + (w - pic.width()) / 2f, 0, th.accent(), th.muted(), marks, b),
                    false));
        }
        float textW = pic == null || pic.above() ? w : w - pic.width() - th.gap() * 1.5f;
        if (card.start() != null) {
            body.add(Box.space(th.paragraphSpace()));
            body.addAll(cx.labelled(card.words().start(), card.start(), sect, x, textW));
        }
        body.add(Box.space(th.paragraphSpace()));
        body.addAll(CardParts.steps(card.steps(), sect, x, textW, cx));
        if (pic == null || pic.above()) {
            return body;
        }
        return LayoutContext.hang(body, pic.ops(x + w - pic.width(), th.paragraphSpace(), th.accent(), th.muted(), marks,
                b), pic.height() + th.paragraphSpace());
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
