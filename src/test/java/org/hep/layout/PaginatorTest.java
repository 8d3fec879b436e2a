package org.hep.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page-breaking rules on synthetic boxes: exact positions, no fonts involved. */
class PaginatorTest {
    private static final float TOP = 50;
    private static final float HEIGHT = 100;

    private static Box line(String text) {
        return new Box(10, List.of(new Op.Text(0, 8, text, Face.REGULAR, 10, 0, null)), false);
    }

    private static Box heading(String text) {
        return new Box(10, List.of(new Op.Text(0, 8, text, Face.BOLD, 10, 0, null)), true);
    }

    private static List<Box> lines(String prefix, int n) {
        List<Box> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(line(prefix + i));
        }
        return out;
    }

    private static List<String> texts(Page page) {
        return page.ops().stream().filter(o -> o instanceof Op.Text).map(o -> ((Op.Text) o).text()).toList();
    }

    @Test
    void aGroupThatFitsOnAPageMovesWholeToTheNextPage() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        p.add(Group.flow(lines("a", 6)));
        p.add(Group.whole(lines("card", 5)));
        assertEquals(2, p.pages().size());
        assertEquals(lines("a", 6).size(), texts(p.pages().get(0)).size());
        assertEquals(List.of("card1", "card2", "card3", "card4", "card5"), texts(p.pages().get(1)));
        Op.Text first = (Op.Text) p.pages().get(1).ops().get(0);
        assertEquals(TOP + 8, first.baseline(), 0.001, "the moved card starts at the top of the page");
    }

    @Test
    void aGroupTallerThanAPageSplitsAndRepeatsItsContinuationHeader() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        List<Box> card = lines("s", 15);
        p.add(Group.framed(card, 0, card.size(), 0x999999, () -> List.of(line("Card (continued)"))));
        assertEquals(2, p.pages().size());
        assertEquals(lines("s", 10).stream().map(b -> ((Op.Text) b.ops().get(0)).text()).toList(),
                texts(p.pages().get(0)));
        assertEquals(List.of("Card (continued)", "s11", "s12", "s13", "s14", "s15"), texts(p.pages().get(1)));
        long frames = p.pages().stream().flatMap(pg -> pg.ops().stream()).filter(o -> o instanceof Op.Rect).count();
        assertEquals(2, frames, "each page's part of the card gets its own frame");
    }

    @Test
    void aHeadingNeverEndsAPage() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        List<Box> boxes = new ArrayList<>(lines("a", 9));
        boxes.add(heading("Heading"));
        boxes.add(line("after"));
        p.add(Group.flow(boxes));
        assertEquals(List.of("Heading", "after"), texts(p.pages().get(1)));
        assertEquals(9, texts(p.pages().get(0)).size());
    }

    @Test
    void spaceAtThePageTopIsDropped() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        p.add(Group.flow(lines("a", 10)));
        p.add(Group.flow(List.of(Box.space(30), line("b"))));
        Op.Text b = (Op.Text) p.pages().get(1).ops().get(0);
        assertEquals(TOP + 8, b.baseline(), 0.001);
    }

    @Test
    void pagesAfterTheFirstStartBelowTheRunningHead() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100, 20);
        p.add(Group.flow(lines("a", 15)));
        assertEquals(10, texts(p.pages().get(0)).size(), "page one: the whole height");
        assertEquals(5, texts(p.pages().get(1)).size());
        Op.Text first = (Op.Text) p.pages().get(1).ops().get(0);
        assertEquals(TOP + 20 + 8, first.baseline(), 0.001, "later pages start under the head band");
    }

    @Test
    void aGluedGroupTakesTheLineBeforeItRatherThanOpenAPageAlone() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        p.add(Group.flow(lines("a", 10)));
        p.addGlued(Group.whole(List.of(line("small print"))));
        assertEquals(List.of("a10", "small print"), texts(p.pages().get(1)));
        assertEquals(9, texts(p.pages().get(0)).size());
    }

    @Test
    void aTallCardBreaksOnlyBetweenItsParts() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        p.add(Group.flow(lines("a", 4)));
        // Three parts of 5 lines, each kept together (every line but its last kept with the next).
        List<Box> card = new ArrayList<>();
        for (int[] part : new int[][] {{1, 5}, {6, 10}, {11, 15}}) {
            for (int k = part[0]; k <= part[1]; k++) {
                card.add(new Box(10, line("c" + k).ops(), k < part[1]));
            }
        }
        p.add(Group.framed(card, 0, card.size(), 0x999999, () -> List.of(line("Card (continued)"))));
        assertEquals(List.of("a1", "a2", "a3", "a4", "c1", "c2", "c3", "c4", "c5"), texts(p.pages().get(0)),
                "the first part begins where it fits");
        assertEquals(List.of("Card (continued)", "c6", "c7", "c8", "c9", "c10"), texts(p.pages().get(1)));
        assertEquals(List.of("Card (continued)", "c11", "c12", "c13", "c14", "c15"), texts(p.pages().get(2)),
                "the third part does not fit under the second: it moves whole");
    }

    /** A card of parts of {@code parts[i]} lines each, named {@code name}1, 2, …, kept together part by part. */
    private static Group card(String name, int... parts) {
        List<Box> boxes = new ArrayList<>();
        int n = 0;
        for (int part : parts) {
            for (int k = 1; k <= part; k++) {
                n++;
                boxes.add(new Box(10, line(name + n).ops(), k < part));
            }
        }
        return Group.framed(boxes, 0, boxes.size(), 0x999999, () -> List.of(line(name + " (continued)")));
    }

    @Test
    void aTallCardWhoseTailWouldStandAloneBreaksEarlierSoBothPagesAreWellUsed() {
        // Four parts of 3 lines: taller than a page. Placed as it comes, three parts fill page one
        // and the last stands alone on page two (40% with its title), the next card moving on.
        Paginator plain = new Paginator(TOP, HEIGHT, 0, 100);
        plain.add(card("a", 3, 3, 3, 3));
        plain.add(card("b", 4, 4));
        assertEquals(List.of("a (continued)", "a10", "a11", "a12"), texts(plain.pages().get(1)));
        assertEquals(0.4f, plain.pages().get(1).fill(), 0.001f);

        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        p.addBalanced(card("a", 3, 3, 3, 3), card("b", 4, 4), 0.6f);
        p.addBalanced(card("b", 4, 4), null, 0.6f);
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5", "a6"), texts(p.pages().get(0)));
        assertEquals(List.of("a (continued)", "a7", "a8", "a9", "a10", "a11", "a12"), texts(p.pages().get(1)));
        assertEquals(List.of("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8"), texts(p.pages().get(2)),
                "the next card begins a fresh page, as before");
        assertEquals(3, p.pages().size());
        for (int i = 0; i < 2; i++) {
            assertTrue(p.pages().get(i).fill() >= 0.6f, "page " + (i + 1) + ": " + p.pages().get(i).fill());
        }
    }

    @Test
    void aCardThatFitsOnAPageIsNotSplitToFillTheGapItLeaves() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        p.add(Group.flow(lines("t", 5)));
        p.addBalanced(card("a", 4, 4), card("b", 4, 4), 0.6f);
        p.addBalanced(card("b", 4, 4), null, 0.6f);
        assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), texts(p.pages().get(0)), "the card moves whole");
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"), texts(p.pages().get(1)));
    }

    @Test
    void aTallCardBreaksAsItComesWhenNoEarlierBreakLeavesBothPagesWellUsed() {
        // Parts of 9 and 3 lines: breaking before the second is the only place, and it leaves 40%.
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        p.addBalanced(card("a", 9, 3), card("b", 4, 4), 0.6f);
        p.addBalanced(card("b", 4, 4), null, 0.6f);
        assertEquals(List.of("a (continued)", "a10", "a11", "a12"), texts(p.pages().get(1)));
        assertEquals(3, p.pages().size());
    }

    /** A card: its name and dose band (never ending a page), {@code need} when given, then parts of {@code part} lines. */
    private static List<Box> cardWithHead(String need, int... parts) {
        List<Box> card = new ArrayList<>();
        card.add(new Box(10, line("name").ops(), true, true));
        card.add(new Box(10, line("dose").ops(), need != null, true));
        if (need != null) {
            card.add(new Box(10, line(need).ops(), false));
        }
        int n = 0;
        for (int part : parts) {
            for (int k = 1; k <= part; k++) {
                n++;
                card.add(new Box(10, line("s" + n).ops(), k < part));
            }
        }
        return card;
    }

    @Test
    void aDoseBandNeverEndsAPageEvenWhereTheCardMayBreak() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        p.add(Group.flow(lines("a", 5)));
        // Name and dose band fit under the five lines, the first part after them does not.
        List<Box> card = cardWithHead(null, 4, 4, 4);
        p.add(Group.framed(card, 0, card.size(), 0x999999, () -> List.of(line("Card (continued)"))));
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), texts(p.pages().get(0)),
                "the head goes on with the part after it");
        assertEquals(List.of("name", "dose", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"), texts(p.pages().get(1)));
    }

    @Test
    void aHeadEndingWithWhatMayEndAPageStaysAtTheFoot() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        p.add(Group.flow(lines("a", 5)));
        List<Box> card = cardWithHead("You need: a chair", 4, 4, 4);
        p.add(Group.framed(card, 0, card.size(), 0x999999, () -> List.of(line("Card (continued)"))));
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5", "name", "dose", "You need: a chair"),
                texts(p.pages().get(0)));
        assertEquals(List.of("Card (continued)", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"),
                texts(p.pages().get(1)));
    }

    @Test
    void insideAPartTallerThanAPageABoxThatNeverEndsAPageMovesOn() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        // Fifteen lines kept together (too many for a page); the tenth would end page one.
        List<Box> part = new ArrayList<>();
        for (int k = 1; k <= 15; k++) {
            part.add(new Box(10, line("s" + k).ops(), k < 15, k == 10));
        }
        p.add(Group.flow(part));
        assertEquals(9, texts(p.pages().get(0)).size(), "page one ends before the tenth line: " + texts(p.pages().get(0)));
        assertEquals(List.of("s10", "s11", "s12", "s13", "s14", "s15"), texts(p.pages().get(1)));
    }

    @Test
    void aCardsBottomPaddingNeverOpensAPageOfItsOwn() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        // Nineteen lines: ten on page one, then the continued title and nine fill page two to its
        // last line; the padding under them does not fit.
        List<Box> card = new ArrayList<>(lines("c", 19));
        card.add(Box.space(6));
        List<Box> all = new ArrayList<>(card);
        all.add(Box.space(10));
        p.add(Group.framed(all, 0, card.size(), 0x999999, () -> List.of(line("Card (continued)"))));
        p.add(Group.whole(lines("next", 3)));
        assertEquals(3, p.pages().size());
        assertEquals(List.of("next1", "next2", "next3"), texts(p.pages().get(2)),
                "the next card starts the page, under no continued title");
    }

    @Test
    void theSpaceAboveAGroupGivesWayAndTheSpaceBelowItMayFallOffThePage() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        p.add(Group.flow(lines("a", 5)));
        List<Box> card = new ArrayList<>(List.of(Box.space(8)));
        card.addAll(lines("c", 5));
        card.add(Box.space(8));
        p.add(Group.whole(card));
        assertEquals(1, p.pages().size(), "five lines of card fit under five lines of text");
        Op.Text c1 = (Op.Text) p.pages().get(0).ops().get(5);
        assertEquals(TOP + 50 + 8, c1.baseline(), 0.001, "right under the text, without the space above");
    }

    @Test
    void theSpaceAboveAGroupStaysWhenItFits() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        p.add(Group.flow(lines("a", 4)));
        List<Box> card = new ArrayList<>(List.of(Box.space(8)));
        card.addAll(lines("c", 5));
        p.add(Group.whole(card));
        Op.Text c1 = (Op.Text) p.pages().get(0).ops().get(4);
        assertEquals(TOP + 40 + 8 + 8, c1.baseline(), 0.001);
    }

    /** A list of one-line items, each its own item, kept as {@link ListKeeps} keeps lists. */
    private static List<Box> list(String prefix, int n) {
        List<List<Box>> items = new ArrayList<>();
        for (Box item : lines(prefix, n)) {
            items.add(List.of(item));
        }
        return ListKeeps.apply(items);
    }

    @Test
    void aHeadingTakesAtLeastTheFirstTwoItemsOfItsListAlong() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        List<Box> boxes = new ArrayList<>(lines("a", 8));
        boxes.add(heading("Heading"));
        boxes.addAll(list("b", 4));
        p.add(Group.flow(boxes));
        assertEquals(lines("a", 8).size(), texts(p.pages().get(0)).size(),
                "heading and one item would fit, but one item alone under its heading does not end a page");
        assertEquals(List.of("Heading", "b1", "b2", "b3", "b4"), texts(p.pages().get(1)));
    }

    @Test
    void aListsLastItemNeverOpensAPageAlone() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        List<Box> boxes = new ArrayList<>(lines("a", 7));
        boxes.addAll(list("c", 4));
        p.add(Group.flow(boxes));
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "c1", "c2"), texts(p.pages().get(0)),
                "three items would fit, but the fourth would then open the next page alone");
        assertEquals(List.of("c3", "c4"), texts(p.pages().get(1)));
    }

    @Test
    void aListOfThreeMovesWholeAndALongerOneBreaksBetweenItsMiddleItems() {
        Paginator p = new Paginator(TOP, HEIGHT, 0, 100);
        List<Box> boxes = new ArrayList<>(lines("a", 8));
        boxes.addAll(list("d", 3));
        boxes.addAll(lines("e", 4));
        boxes.addAll(list("f", 6));
        p.add(Group.flow(boxes));
        assertEquals(List.of("d1", "d2", "d3", "e1", "e2", "e3", "e4", "f1", "f2", "f3"), texts(p.pages().get(1)),
                "two of three items would fit under the a lines; the list moves whole, and six items break 3 | 3");
        assertEquals(List.of("f4", "f5", "f6"), texts(p.pages().get(2)));
    }
}
