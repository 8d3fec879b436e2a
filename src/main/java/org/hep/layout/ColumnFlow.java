package org.hep.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Running text in two columns (the compact template): a line of its small type across the page
 * holds about a hundred characters, too many to find the next line by; a column holds about
 * fifty. The text, laid out a column wide, runs down the first column and on down the second,
 * page by page, breaking only where a page may (never after a box kept with the next); on the page
 * where it ends the two columns are balanced. Each page's part is one box, the first column's
 * lines before the second's: the order they are read in.
 */
final class ColumnFlow {
    /** Balanced columns are found to within this many points. */
    private static final float PRECISION = 0.25f;

    private final List<Box> boxes;
    private final float shift;

    private ColumnFlow(List<Box> boxes, float shift) {
        this.boxes = boxes;
        this.shift = shift;
    }

    /**
     * @param boxes the text laid out in the first column
     * @param room  the height left on the page it starts on
     * @param page  the height a fresh page offers
     * @param shift how far right the second column stands from the first
     * @return one box per page the text reaches
     */
    static List<Box> set(List<Box> boxes, float room, float page, float shift) {
        return new ColumnFlow(boxes, shift).pages(room, page);
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
            float h = balanced(at, height, fresh);
            int mid = fill(at, h, fresh);
            int end = fill(mid, h, fresh);
            if (end == at) {
                height = page; // not a line fits under what is on this page
                continue;
            }
            List<Op> ops = new ArrayList<>();
            float left = stack(ops, at, mid, 0f);
            float right = stack(ops, mid, end, shift);
            out.add(new Box(Math.max(left, right), ops, false));
            at = end;
            height = page;
        }
        return out;
    }

    /**
     * The least column height, up to {@code most}, in which what is left from {@code from} fits in
     * the two columns; {@code most} when it does not fit.
     */
    private float balanced(int from, float most, boolean fresh) {
        if (fill(fill(from, most, fresh), most, fresh) < boxes.size()) {
            return most;
        }
        float lo = 0f;
        float hi = most;
        while (hi - lo > PRECISION) {
            float h = (lo + hi) / 2f;
            if (fill(fill(from, h, fresh), h, fresh) == boxes.size()) {
                hi = h;
            } else {
                lo = h;
            }
        }
        return hi;
    }

    private int skipSpace(int i) {
        while (i < boxes.size() && boxes.get(i).isSpace()) {
            i++;
        }
        return i;
    }

    /**
     * Where a column {@code h} tall that starts at box {@code from} ends (space at its top dropped):
     * after the last box that may end a column. On a fresh page a chain taller than the column
     * breaks where the column is full.
     */
    private int fill(int from, float h, boolean fresh) {
        int i = skipSpace(from);
        float y = 0;
        int end = from;
        while (i < boxes.size() && y + ink(i) <= h) {
            y += boxes.get(i).height();
            i++;
            if (i == boxes.size() || !boxes.get(i - 1).keepWithNext()) {
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

    /** Stacks boxes [from, to) moved {@code dx} right, space at the top dropped; returns the height down to the last ink. */
    private float stack(List<Op> ops, int from, int to, float dx) {
        float y = 0;
        float reach = 0;
        for (int i = skipSpace(from); i < to; i++) {
            Box bx = boxes.get(i);
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
