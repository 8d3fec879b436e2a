package org.hep.layout;

import java.util.ArrayList;
import java.util.List;

/** One laid-out page: its ops in drawing (and reading) order, and how much of its content area they use. */
public final class Page {
    private final List<Op> ops = new ArrayList<>();
    private float top;
    private float bottom;
    private float reach;

    public List<Op> ops() {
        return ops;
    }

    void add(Op op) {
        ops.add(op);
    }

    void insert(int index, Op op) {
        ops.add(index, op);
    }

    /** The content area, {@code top} to {@code bottom} down the page (running head and footer outside it). */
    void area(float areaTop, float areaBottom) {
        this.top = areaTop;
        this.bottom = areaBottom;
        this.reach = areaTop;
    }

    /** How far down the page content reaches. */
    float reached() {
        return reach;
    }

    /** Content reaches down to {@code y}. */
    void reach(float y) {
        reach = Math.max(reach, y);
    }

    /** The share of the content area's height that content uses, from its top to the lowest thing drawn. */
    public float fill() {
        return bottom > top ? (reach - top) / (bottom - top) : 0f;
    }
}
