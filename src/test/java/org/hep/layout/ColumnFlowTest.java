package org.hep.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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

    /** The texts of a part's column at {@code x}, in drawing order. */
    private static List<String> column(Box part, float x) {
        return part.ops().stream().map(o -> (Op.Text) o).filter(t -> t.x() == x).map(Op.Text::text).toList();
    }

    @Test
    void textThatEndsOnThePageIsSetInBalancedColumnsFirstColumnFirst() {
        List<Box> parts = ColumnFlow.set(lines("a", 9), 100, 100, SHIFT);
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
        Box part = ColumnFlow.set(boxes, 100, 100, SHIFT).get(0);
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
        List<Box> parts = ColumnFlow.set(boxes, 80, 100, SHIFT);
        assertEquals(2, parts.size());
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), column(parts.get(0), 0));
        assertEquals(List.of("a6", "a7", "a8", "a9", "a10", "a11", "a12", "a13"), column(parts.get(0), SHIFT));
        assertEquals(80, parts.get(0).height(), 0.001);
        assertEquals(List.of("a14", "a15", "a16", "a17", "a18", "a19"), column(parts.get(1), 0));
        assertEquals(List.of("a20", "a21", "a22", "a23", "a24", "a25"), column(parts.get(1), SHIFT));
    }
}
