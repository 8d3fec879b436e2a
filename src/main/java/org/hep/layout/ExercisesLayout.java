package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;
import org.hep.compose.Card;
import org.hep.compose.Furniture;

/**
 * "Your exercises": the heading and schedule sentence, then the cards, one per row or (in a
 * two-column template) two per row. The heading travels with the first card, so it never sits
 * alone above a page break.
 */
final class ExercisesLayout {
    private ExercisesLayout() {
    }

    /**
     * The section's cards in rows (one card to a row, or two), and where each row's tags begin:
     * {@code starts.get(i)} is the index among {@code section}'s kids of row {@code i}'s first.
     */
    record Rows(Struct section, List<Group> groups, List<Integer> starts) {
    }

    /** @param heights how tall large print's pictures may be (see {@link CardLayout#single}) */
    static Rows layout(Block.Exercises exercises, int columns, Furniture furniture, float[] heights, LayoutContext cx) {
        return layout(exercises, columns, furniture, heights, null, cx);
    }

    /** As above, {@code beside} set beside an odd last card of two columns when it fits there. */
    static Rows layout(Block.Exercises exercises, int columns, Furniture furniture, float[] heights,
                       CardPairLayout.Beside beside, LayoutContext cx) {
        return layout(exercises, columns, furniture, heights, beside, new float[0], cx);
    }

    /** As above, card {@code i} (one to a row) growing its pictures into {@code room[i]} points when there are any. */
    static Rows layout(Block.Exercises exercises, int columns, Furniture furniture, float[] heights,
                       CardPairLayout.Beside beside, float[] room, LayoutContext cx) {
        Theme th = cx.th;
        Struct sect = cx.root.add("Sect");
        List<Box> intro = new ArrayList<>(cx.sectionHeading(exercises.heading(), sect));
        // What the circles in the dose bands are for is said once: over the first card's circles
        // when it fits there, else here, above the cards; never again on every card.
        List<Card> all = new ArrayList<>();
        Card first = null;
        for (Card c : exercises.cards()) {
            if (c.words().ticks() != null && !c.strip().items().isEmpty()) {
                first = c;
                break;
            }
        }
        boolean onCard = first != null && columns == 1
                && DoseStripLayout.hintFits(first, cx.width - 2 * th.cardPadding() - th.hang(), cx);
        for (Card c : exercises.cards()) {
            all.add(c.words().ticks() == null || (c == first && onCard) ? c : c.withTickHint(""));
        }
        String ticks = first == null || onCard ? null : first.words().ticks();
        String said = exercises.schedule() == null ? ticks
                : ticks == null ? exercises.schedule() : exercises.schedule() + " " + ticks;
        if (said != null) {
            intro.addAll(cx.b.paragraph(said, Face.REGULAR, th.body(), th.text(), cx.left, cx.width, sect.add("P")));
        }
        intro.add(new Box(th.gap() * 0.6f, List.of(), true));
        List<Group> groups = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        // Every line of the intro stays with the first card's title.
        List<Box> prefix = intro.stream().map(bx -> new Box(bx.height(), bx.ops(), true)).toList();
        for (int i = 0; i < all.size(); i++) {
            Card next = i + 1 < all.size() ? all.get(i + 1) : null;
            starts.add(i == 0 ? 0 : sect.kids().size());
            Group pair = columns == 2 ? CardPairLayout.layout(sect, all.get(i), next, prefix,
                    next == null ? beside : null, cx) : null;
            if (pair != null) {
                groups.add(pair);
                i += next == null ? 0 : 1;
            } else {
                groups.add(CardLayout.single(sect, all.get(i), prefix, furniture, heights,
                        i < room.length ? room[i] : 0f, cx));
            }
            prefix = List.of();
        }
        return new Rows(sect, groups, starts);
    }
}
