package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Running text in two columns (the compact template): a line of its small type across the page
 * holds about a hundred characters, too many to find the next line by; a column holds about
 * fifty. The text, laid out a column wide, runs down the first column and on down the second,
 * page by page, breaking only where a page may (never after a box kept with the next); on the page
 * where it ends the two columns are balanced. Each page's part is one box, the first column's
 * lines before the second's: the order they are read in. A section that goes on onto a new page
 * goes on under its "(continued)" title at the top of the first column, where it has one.
 */
final class ColumnFlow {
    /**
     * Text laid out a column wide; {@code continued.get(i)} gives the title a page whose text
     * resumes at box {@code i} starts with (null: none, as at a section's start). A box in
     * {@code columnBreaks} may end the first column though it may not end a page: the advice's last
     * line before the pain guide, which read side by side with it is still read with it.
     */
    record Text(List<Box> boxes, List<Supplier<List<Box>>> continued, Set<Integer> columnBreaks) {
        Text {
            if (boxes.size() != continued.size()) {
                throw new IllegalArgumentException("a title for each box: " + boxes.size() + " != " + continued.size());
            }
            columnBreaks = Set.copyOf(columnBreaks);
        }
    }

    /** Balanced columns are found to within this many points. */
    private static final float PRECISION = 0.25f;

    private final List<Box> boxes;
    private final List<Supplier<List<Box>>> continued;
    private final Set<Integer> columnBreaks;
    private final float shift;

    private ColumnFlow(Text text, float shift) {
        this.boxes = text.boxes();
        this.continued = text.continued();
        this.columnBreaks = text.columnBreaks();
        this.shift = shift;
    }

    /**
     * @param text  the text laid out in the first column
     * @param room  the height left on the page it starts on
     * @param page  the height a fresh page offers
     * @param shift how far right the second column stands from the first
     * @return one box per page the text reaches
     */
    static List<Box> set(Text text, float room, float page, float shift) {
        return new ColumnFlow(text, shift).pages(room, page);
    }

    private List<Box> pages(float room, float page) {
        List<Box> out = new ArrayList<>();
        int at = 0;
        float height = room;
        while (at < boxes.size()) {
            if (skipSpace(at) == boxes.size()) {
                break;
            }
            boolean fresh = out.size() > 0 || height >= page;
            Supplier<List<Box>> resumes = continued.get(skipSpace(at));
            List<Box> title = resumes == null ? List.of() : resumes.get();
            float t = LayoutContext.heightOf(title);
            float h = balanced(at, height, t);
            int mid = fill(at, h - t, true, fresh);
            int end = fill(mid, h, false, fresh);
            if (end == at) {
                height = page; // not a line fits under what is on this page
                continue;
            }
            List<Op> ops = new ArrayList<>();
            float left = stack(ops, title, at, mid, 0f);
            float right = stack(ops, List.of(), mid, end, shift);
            out.add(new Box(Math.max(left, right), ops, false));
            at = end;
            height = page;
        }
        return out;
    }

    /**
     * The least column height, up to {@code most}, in which what is left from {@code from} fits in
     * the two columns, the first under a title {@code title} tall; {@code most} when it does not fit.
     */
    private float balanced(int from, float most, float title) {
        if (!fits(from, most, title)) {
            return most;
        }
        float lo = title;
        float hi = most;
        while (hi - lo > PRECISION) {
            float h = (lo + hi) / 2f;
            if (fits(from, h, title)) {
                hi = h;
            } else {
                lo = h;
            }
        }
        return hi;
    }

    /**
     * Whether what is left from {@code from} fits in two columns {@code h} tall, the first under a
     * title {@code title} tall and not empty, breaking no chain: columns are shortened only as far
     * as they need cut nothing a full column holds (a pain guide below its heading, a last item).
     */
    private boolean fits(int from, float h, float title) {
        int mid = fill(from, h - title, true, false);
        return (mid > skipSpace(from) || mid == boxes.size()) && fill(mid, h, false, false) == boxes.size();
    }

    private int skipSpace(int i) {
        while (i < boxes.size() && boxes.get(i).isSpace()) {
            i++;
        }
        return i;
    }

    /**
     * Where a column {@code h} tall that starts at box {@code from} ends (space at its top dropped):
     * after the last box that may end a column, a first column ({@code first}) also after a column
     * break. On a fresh page a chain taller than the column breaks where the column is full.
     */
    private int fill(int from, float h, boolean first, boolean fresh) {
        int i = skipSpace(from);
        float y = 0;
        int end = from;
        while (i < boxes.size() && y + ink(i) <= h) {
            y += boxes.get(i).height();
            i++;
            if (i == boxes.size() || !boxes.get(i - 1).keepWithNext() || first && columnBreaks.contains(i - 1)) {
                end = i;
            }
        }
        // On a fresh page something must go in, even a box taller than the column.
        return end == from && fresh ? Math.max(i, Math.min(skipSpace(from) + 1, boxes.size())) : end;
    }

    /** The height box {@code i} needs: none for space, which may fall off a column's foot. */
    private float ink(int i) {
        return boxes.get(i).isSpace() ? 0f : boxes.get(i).height();
    }

    /**
     * Stacks {@code above} then boxes [from, to) (space at their top dropped), moved {@code dx}
     * right; returns the height down to the last ink.
     */
    private float stack(List<Op> ops, List<Box> above, int from, int to, float dx) {
        List<Box> column = new ArrayList<>(above);
        column.addAll(boxes.subList(skipSpace(from), to));
        float y = 0;
        float reach = 0;
        for (Box bx : column) {
            for (Op op : bx.ops()) {
                ops.add(op.moved(dx, y));
            }
            y += bx.height();
            if (!bx.isSpace()) {
                reach = y;
            }
        }
        return reach;
    }
}
