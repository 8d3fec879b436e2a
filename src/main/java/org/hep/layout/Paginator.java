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

    /** The pages made; a last page that only trailing space opened holds nothing and is dropped. */
    public List<Page> pages() {
        if (pages.size() > 1 && page.ops().isEmpty()) {
            pages.remove(pages.size() - 1);
            page = pages.get(pages.size() - 1);
        }
        return pages;
    }

    private float remaining() {
        return top + height - y;
    }

    /** Room left on the current page: what write-in lines may fill without making a page of their own. */
    float room() {
        return remaining();
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
        if (group == Group.PAGE_BREAK) {
            if (!atTop()) {
                newPage();
            }
            return;
        }
        List<Box> boxes = group.boxes();
        float total = heightOf(boxes);
        // A group that must stay together moves to a fresh page when it fits there; one taller than
        // a page also starts afresh rather than beginning in the last third of a page.
        boolean fitsOnAPage = total <= height;
        if (group.keepTogether() && total > remaining() && !atTop()
                && (fitsOnAPage || remaining() < height / 3f)) {
            newPage();
        }
        boolean framing = false;
        boolean placedInFrame = false;
        int frameStart = 0;
        float frameTop = 0;
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            if (group.frame() != null && i == group.frameFrom()) {
                framing = true;
                frameStart = page.ops().size();
                frameTop = y;
            }
            if (box.isSpace() && atTop()) {
                continue;
            }
            float need = box.height() + keepHeight(boxes, i);
            // A keep-together chain taller than a page cannot be honoured; then only the box itself counts.
            boolean mustBreak = box.height() > remaining() || (need <= height && need > remaining());
            if (mustBreak && !atTop()) {
                if (framing) {
                    closeFrame(group, frameStart, frameTop);
                }
                newPage();
                frameStart = page.ops().size();
                frameTop = y;
                if (group.continuation() != null && placedInFrame) {
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
            placedInFrame |= framing && !box.isSpace();
            if (framing && i == group.frameTo() - 1) {
                closeFrame(group, frameStart, frameTop);
                framing = false;
            }
        }
        if (framing) {
            closeFrame(group, frameStart, frameTop);
        }
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
