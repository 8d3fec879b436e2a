package org.hep.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Places groups of boxes onto pages of a fixed content height. Two rules: a group that
 * must stay together and fits on a page never splits; a box marked keepWithNext never
 * ends a page (the heading moves down with its first line). Space at a page top is dropped.
 */
public final class Paginator {
    private final float top;
    private final float height;
    private final float left;
    private final float width;
    private final List<Page> pages = new ArrayList<>();
    private Page page;
    private float y;

    /** Content area: {@code top}..{@code top+height} down the page, {@code left}..{@code left+width} across. */
    public Paginator(float top, float height, float left, float width) {
        this.top = top;
        this.height = height;
        this.left = left;
        this.width = width;
        newPage();
    }

    public List<Page> pages() {
        return pages;
    }

    private float remaining() {
        return top + height - y;
    }

    private boolean atTop() {
        return y == top;
    }

    private void newPage() {
        page = new Page();
        pages.add(page);
        y = top;
    }

    public void add(Group group) {
        List<Box> boxes = group.boxes();
        float total = heightOf(boxes);
        if (group.keepTogether() && total > remaining() && total <= height && !atTop()) {
            newPage();
        }
        int frameStart = page.ops().size();
        float fragmentTop = y;
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            if (box.isSpace() && atTop()) {
                continue;
            }
            float need = box.height() + keepHeight(boxes, i);
            if (need > remaining() && !atTop()) {
                closeFrame(group, frameStart, fragmentTop);
                newPage();
                frameStart = page.ops().size();
                fragmentTop = y;
                if (group.continuation() != null && i > 0) {
                    List<Box> title = group.continuation().get();
                    // A title that would push this box past the page bottom is left out.
                    if (heightOf(title) + need <= height) {
                        title.forEach(this::place);
                    }
                }
                if (box.isSpace()) {
                    continue;
                }
            }
            place(box);
        }
        closeFrame(group, frameStart, fragmentTop);
    }

    /** Height of the boxes that must follow box {@code i} onto the same page. */
    private static float keepHeight(List<Box> boxes, int i) {
        float h = 0;
        int j = i;
        while (j < boxes.size() - 1 && boxes.get(j).keepWithNext()) {
            j++;
            h += boxes.get(j).height();
        }
        return h;
    }

    private void place(Box box) {
        for (Op op : box.ops()) {
            page.add(op.shift(y));
        }
        y += box.height();
    }

    private void closeFrame(Group group, int frameStart, float fragmentTop) {
        if (group.frame() == null || y <= fragmentTop) {
            return;
        }
        page.insert(frameStart, new Op.Rect(left, fragmentTop, width, y - fragmentTop, null, group.frame(), 1f, 4f));
    }

    private static float heightOf(List<Box> boxes) {
        float h = 0;
        for (Box b : boxes) {
            h += b.height();
        }
        return h;
    }
}
