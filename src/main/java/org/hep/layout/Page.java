package org.hep.layout;

import java.util.ArrayList;
import java.util.List;

/** One laid-out page: its ops in drawing (and reading) order. */
public final class Page {
    private final List<Op> ops = new ArrayList<>();

    public List<Op> ops() {
        return ops;
    }

    void add(Op op) {
        ops.add(op);
    }

    void insert(int index, Op op) {
        ops.add(index, op);
    }
}
