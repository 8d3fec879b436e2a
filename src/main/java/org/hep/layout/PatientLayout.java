package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;

/**
 * The patient's details on a tinted panel: a grid of equal columns (as many as fit, up to
 * three) whose short values never break, one per line when nothing else fits, then the notes.
 */
final class PatientLayout {
    private PatientLayout() {
    }

    static Group layout(Block.Patient patient, LayoutContext cx) {
        Theme th = cx.th;
        float pad = th.gap() * 0.8f;
        float inner = cx.width - 2 * pad;
        Blocks.Slab slab = new Blocks.Slab(cx.left, cx.width, th.tint(), null);
        List<Block.Field> fields = patient.fields();
        List<Box> boxes = new ArrayList<>();
        boxes.add(cx.b.slabSpace(pad, slab));
        int columns = 1;
        for (int n = Math.min(3, fields.size()); n > 1; n--) {
            float column = inner / n;
            if (fields.stream().allMatch(f -> width(f, cx) <= column - th.gap())) {
                columns = n;
                break;
            }
        }
        float column = inner / columns;
        for (int start = 0; start < fields.size(); start += columns) {
            List<Box> row = null;
            for (int i = start; i < Math.min(fields.size(), start + columns); i++) {
                int col = i - start;
                List<Box> cell = field(fields.get(i), cx.left + pad + col * column,
                        columns == 1 ? inner : column - th.gap(), slab, col == 0, cx);
                row = row == null ? new ArrayList<>(cell) : merge(row, cell);
            }
            boxes.addAll(row);
        }
        if (patient.notes() != null) {
            boxes.addAll(field(patient.notes(), cx.left + pad, inner, slab, true, cx));
        }
        boxes.add(cx.b.slabSpace(pad, slab));
        boxes.add(Box.space(th.gap()));
        return Group.whole(boxes);
    }

    private static float width(Block.Field f, LayoutContext cx) {
        Blocks b = cx.b;
        float size = cx.th.body();
        return b.width(b.clean(f.label() + ": ", Face.BOLD), Face.BOLD, size)
                + b.width(b.clean(f.value(), Face.REGULAR), Face.REGULAR, size) + size * 0.3f;
    }

    private static List<Box> field(Block.Field f, float x, float w, Blocks.Slab slab, boolean withSlab,
                                   LayoutContext cx) {
        Blocks b = cx.b;
        return b.paragraph(List.of(b.span(f.label() + ":", Face.BOLD), b.span(f.value(), Face.REGULAR)), cx.th.body(),
                cx.th.text(), x, w, cx.root.add("P"), withSlab ? slab : null);
    }

    /** Lays two single-line cells side by side in one row of boxes. */
    private static List<Box> merge(List<Box> a, List<Box> c) {
        List<Op> ops = new ArrayList<>(a.get(0).ops());
        ops.addAll(c.get(0).ops());
        return new ArrayList<>(List.of(new Box(Math.max(a.get(0).height(), c.get(0).height()), ops, false)));
    }
}
