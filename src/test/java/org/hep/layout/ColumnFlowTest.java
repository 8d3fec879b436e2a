package org.hep.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Running text set in two columns, on synthetic lines ten points tall. */
class ColumnFlowTest {
    private static final float SHIFT = 200;

    private static Box line(String text, boolean keep) {
        return new Box(10, List.of(new Op.Text(0, 8, text, Face.REGULAR, 10, 0, null)), keep);
    }

    private static List<Box> lines(String prefix, int n) {
        List<Box> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(line(prefix + i, false));
        }
        return out;
    }

    /** Text with no "(continued)" titles. */
    private static ColumnFlow.Text untitled(List<Box> boxes) {
        return new ColumnFlow.Text(boxes, Collections.nCopies(boxes.size(), null), Set.of());
    }

    /** The texts of a part's column at {@code x}, in drawing order. */
    private static List<String> column(Box part, float x) {
        return part.ops().stream().map(o -> (Op.Text) o).filter(t -> t.x() == x).map(Op.Text::text).toList();
    }

    @Test
    void textThatEndsOnThePageIsSetInBalancedColumnsFirstColumnFirst() {
        List<Box> parts = ColumnFlow.set(untitled(lines("a", 9)), 100, 100, SHIFT);
        assertEquals(1, parts.size());
        assertEquals(50, parts.get(0).height(), 0.001);
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), column(parts.get(0), 0));
        assertEquals(List.of("a6", "a7", "a8", "a9"), column(parts.get(0), SHIFT));
        assertEquals("a1", ((Op.Text) parts.get(0).ops().get(0)).text(), "read down the first column first");
    }

    @Test
    void aHeadingNeverEndsAColumn() {
        List<Box> boxes = new ArrayList<>(lines("a", 2));
        boxes.add(line("Heading", true));
        boxes.addAll(lines("b", 3));
        Box part = ColumnFlow.set(untitled(boxes), 100, 100, SHIFT).get(0);
        assertEquals(List.of("a1", "a2", "Heading", "b1"), column(part, 0),
                "three lines each would leave the heading at the foot of the first column");
        assertEquals(List.of("b2", "b3"), column(part, SHIFT));
    }

    @Test
    void textLongerThanTheRoomFillsBothColumnsAndGoesOnOverThePage() {
        List<Box> boxes = new ArrayList<>();
        for (Box b : lines("a", 25)) {
            boxes.add(b);
            boxes.add(Box.space(0));
        }
        boxes.add(1, Box.space(30)); // space inside a column takes room like a line
        List<Box> parts = ColumnFlow.set(untitled(boxes), 80, 100, SHIFT);
        assertEquals(2, parts.size());
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), column(parts.get(0), 0));
        assertEquals(List.of("a6", "a7", "a8", "a9", "a10", "a11", "a12", "a13"), column(parts.get(0), SHIFT));
        assertEquals(80, parts.get(0).height(), 0.001);
        assertEquals(List.of("a14", "a15", "a16", "a17", "a18", "a19"), column(parts.get(1), 0));
        assertEquals(List.of("a20", "a21", "a22", "a23", "a24", "a25"), column(parts.get(1), SHIFT));
    }

    @Test
    void aSectionThatGoesOnOverThePageGoesOnUnderItsContinuedTitle() {
        List<Box> boxes = new ArrayList<>();
        boxes.add(line("Advice", true));
        boxes.addAll(lines("a", 24));
        List<Supplier<List<Box>>> titles = new ArrayList<>();
        titles.add(null); // its first line is its heading: a page starting there needs no title
        for (int i = 0; i < 24; i++) {
            titles.add(() -> List.of(line("Advice (continued)", true), Box.space(5)));
        }
        List<Box> parts = ColumnFlow.set(new ColumnFlow.Text(boxes, titles, Set.of()), 60, 100, SHIFT);
        assertEquals(2, parts.size());
        assertEquals(List.of("Advice", "a1", "a2", "a3", "a4", "a5"), column(parts.get(0), 0));
        assertEquals(List.of("a6", "a7", "a8", "a9", "a10", "a11"), column(parts.get(0), SHIFT));
        assertEquals(List.of("Advice (continued)", "a12", "a13", "a14", "a15", "a16", "a17"),
                column(parts.get(1), 0), "the title comes first in the first column");
        assertEquals(List.of("a18", "a19", "a20", "a21", "a22", "a23", "a24"), column(parts.get(1), SHIFT),
                "balanced: the first column's 15 pt title takes the room of a line and a half");
        assertEquals(73, ((Op.Text) parts.get(1).ops().get(6)).baseline(), 0.001,
                "a17 sits under the title's 15 pt, 5 lines of 10 and its own baseline");
    }

    @Test
    void aChainAColumnHoldsIsNotCutToEvenTheColumns() {
        List<Box> boxes = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            boxes.add(line("c" + i, i < 6)); // a pain guide: its heading and lights kept together
        }
        Box part = ColumnFlow.set(untitled(boxes), 100, 100, SHIFT).get(0);
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5", "c6"), column(part, 0));
        assertEquals(List.of(), column(part, SHIFT), "three lines a column would cut it below its third line");
    }

    @Test
    void theAdviceMayEndAColumnBeforeThePainGuideItIsKeptWith() {
        List<Box> boxes = new ArrayList<>(List.of(line("Advice", true), line("a1", false), line("a2", true),
                line("a3", true))); // the last two items kept together, and the last with the guide
        boxes.add(line("How much pain is OK?", true));
        for (int i = 1; i <= 4; i++) {
            boxes.add(line("g" + i, i < 4));
        }
        List<Box> parts = ColumnFlow.set(new ColumnFlow.Text(boxes, Collections.nCopies(boxes.size(), null),
                Set.of(3)), 100, 100, SHIFT);
        assertEquals(1, parts.size());
        assertEquals(List.of("Advice", "a1", "a2", "a3"), column(parts.get(0), 0));
        assertEquals(List.of("How much pain is OK?", "g1", "g2", "g3", "g4"), column(parts.get(0), SHIFT),
                "beside the advice, the guide is read with it; without the column break the first column"
                        + " would end after a1, and the second hold seven lines");
        assertEquals(50, parts.get(0).height(), 0.001);
    }
}
