package org.hep.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Places groups of boxes onto pages. Two rules: a group that must stay together and fits on a
 * page never splits; a box marked keepWithNext never ends a page (a heading moves down with its
 * first line, a tinted box or a card's part moves whole). Space at a page top is dropped. Pages
 * after the first start {@code headBand} lower, under the running head.
 */
public final class Paginator {
    private final float firstTop;
    private final float bottom;
    private final float headBand;
    private final float left;
    private final float width;
    private final List<Page> pages = new ArrayList<>();
    private Page page;
    private float top;
    private float y;
    /** The card last added by {@link #addBalanced}, and where placing stood before it: it may be broken again. */
    private Group previousCard;
    private Mark previousCardStart;
    private final float framePad;
    /** Where the last group began, so a group that must not stand alone can take it along. */
    private Placed last;

    private record Placed(Group group, int pageIndex, int opCount, float y) {
    }

    /** Content area: {@code top}..{@code top+height} down the page, {@code left}..{@code left+width} across. */
    public Paginator(float top, float height, float left, float width) {
        this(top, height, left, width, 0f);
    }

    /** As above, with pages 2 and on starting {@code headBand} lower (room for the running head). */
    public Paginator(float top, float height, float left, float width, float headBand) {
        this(top, height, left, width, headBand, 0f);
    }

    /**
     * As above; a frame that a page break cuts closes {@code framePad} under its part on that page
     * (as far as the page's foot allows), as it does under a card's last part.
     */
    public Paginator(float top, float height, float left, float width, float headBand, float framePad) {
        this.framePad = framePad;
        this.firstTop = top;
        this.bottom = top + height;
        this.headBand = headBand;
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
        return bottom - y;
    }

    /** Room left on the current page: what write-in lines may fill without making a page of their own. */
    float room() {
        return atTop() ? 0f : remaining();
    }

    /**
     * The room {@code group} would leave empty at this page's foot by moving whole to a fresh page
     * (it fits on a page, not in what is left of this one); zero when it begins on this page.
     */
    float gapBefore(Group group) {
        float ink = inkHeight(group);
        float lead = heightOf(group.boxes().subList(0, leadingSpaces(group)));
        boolean moves = group.keepTogether() && !atTop() && ink - lead <= height() && ink - lead > remaining();
        return moves ? remaining() : 0f;
    }

    /**
     * True when {@code group}, kept together, fits on a page but {@code after} more points under it
     * fit neither in what is left here nor on a fresh page: what must follow it would split it.
     */
    boolean crowds(Group group, float after) {
        float ink = inkHeight(group);
        float lead = heightOf(group.boxes().subList(0, leadingSpaces(group)));
        return group.keepTogether() && ink - lead <= height() && ink - lead + after > height()
                && ink + after > remaining();
    }

    /** True when {@code group} fits on a fresh page (the space above it dropped there). */
    boolean fitsOnAPage(Group group) {
        return fitsOnAPage(group, 0f);
    }

    /** True when {@code group} and {@code after} more points under it fit on a fresh page. */
    boolean fitsOnAPage(Group group, float after) {
        return inkHeight(group) - heightOf(group.boxes().subList(0, leadingSpaces(group))) + after <= height();
    }

    /** The height left on the current page, all of it when nothing is on it yet. */
    float roomHere() {
        return remaining();
    }

    /** How many pages are begun so far, the current one included. */
    int pagesBegun() {
        return pages.size();
    }

    /** The height a fresh page offers. */
    float pageHeight() {
        return height();
    }

    /** How much of the current page's content area is used so far. */
    float used() {
        return page.fill();
    }

    /** The height a fresh page offers. */
    private float height() {
        return bottom - firstTop - headBand;
    }

    private boolean atTop() {
        return y == top;
    }

    private void newPage() {
        page = new Page();
        pages.add(page);
        top = pages.size() == 1 ? firstTop : firstTop + headBand;
        y = top;
        page.area(top, bottom);
    }

    /**
     * Adds a group that must not open a page on its own (the disclaimer): when it does not fit
     * below what is there, the group before it is taken back and both are placed again, the
     * last line of that group glued to this one.
     */
    public void addGlued(Group group) {
        addGlued(group, group.height());
    }

    /**
     * As {@link #addGlued}, for a group kept whole (the pain guide under the advice): it stays on
     * this page when all of it but the space above it fits, as {@link #add} places it there. A
     * group with a continuation title that does not fit here opens the next page under that title.
     */
    void addWithWhatIsBefore(Group group) {
        Placed before = last;
        int lead = leadingSpaces(group);
        List<Box> bare = group.boxes().subList(lead, group.boxes().size());
        float needed = inkHeight(group) - heightOf(group.boxes().subList(0, lead));
        if (group.continuation() != null && needed > remaining() && !atTop()) {
            // It opens the next page under its section's "(continued)" heading rather than taking
            // the section's last items along: those stay under the section's own heading.
            List<Box> headed = new ArrayList<>(group.continuation().get());
            headed.addAll(bare);
            if (heightOf(headed) <= height()) {
                newPage();
                add(Group.whole(headed));
                return;
            }
        }
        addGlued(group, needed);
        if (before != null) {
            // Whatever is glued next (the disclaimer) takes both back, never the guide alone, and
            // places them again without the space above the guide, as add would to keep it here.
            Group tight = Group.whole(bare);
            last = new Placed(glue(before.group(), tight), before.pageIndex(), before.opCount(), before.y());
        }
    }

    private void addGlued(Group group, float needed) {
        if (needed <= remaining() || last == null) {
            add(group);
            return;
        }
        Placed before = last;
        while (pages.size() - 1 > before.pageIndex()) {
            pages.remove(pages.size() - 1);
        }
        page = pages.get(before.pageIndex());
        page.ops().subList(before.opCount(), page.ops().size()).clear();
        top = pages.size() == 1 ? firstTop : firstTop + headBand;
        page.area(top, bottom);
        page.reach(before.y());
        y = before.y();
        add(glue(before.group(), group));
    }

    /** {@code a} then {@code b}, every box from a's last line on kept with the next. */
    private static Group glue(Group a, Group b) {
        List<Box> boxes = new ArrayList<>(a.boxes());
        int lastInk = boxes.size() - 1;
        while (lastInk > 0 && boxes.get(lastInk).isSpace()) {
            lastInk--;
        }
        for (int i = lastInk; i < boxes.size(); i++) {
            Box bx = boxes.get(i);
            boxes.set(i, bx.keep(true));
        }
        List<Box> tail = b.boxes();
        for (int i = 0; i < tail.size(); i++) {
            Box bx = tail.get(i);
            boxes.add(bx.keep(i < tail.size() - 1 || bx.keepWithNext()));
        }
        return new Group(boxes, a.keepTogether(), a.continuation(), a.frame(), a.frameFrom(), a.frameTo());
    }

    public void add(Group group) {
        previousCard = null;
        add(group, -1);
    }

    /** Where placing stands: taken before a group is tried, to take the try back. */
    private record Mark(int pages, int opCount, float top, float y, float reach, Placed last) {
    }

    private Mark mark() {
        return new Mark(pages.size(), page.ops().size(), top, y, page.reached(), last);
    }

    private void reset(Mark m) {
        while (pages.size() > m.pages()) {
            pages.remove(pages.size() - 1);
        }
        page = pages.get(m.pages() - 1);
        page.ops().subList(m.opCount(), page.ops().size()).clear();
        top = m.top();
        y = m.y();
        page.area(top, bottom);
        page.reach(m.reach());
        last = m.last();
    }

    /**
     * Adds a card that {@code next} follows. A card taller than a page splits between its parts;
     * when its last page would hold only its tail, the next card beginning a fresh page, that page
     * is left less than {@code wellUsed}. The card then breaks at an earlier boundary between its
     * parts (and, when it began on the last page of a card before it that split too, that card may
     * break earlier as well), the latest breaks that leave every page they are on at least that
     * well used (or as used as before), on as many pages, the next card still beginning a fresh
     * page: what follows is placed as before. A card that fits on a page is never split for this.
     */
    void addBalanced(Group card, Group next, float wellUsed) {
        Mark start = mark();
        Group before = previousCard;
        Mark beforeStart = previousCardStart;
        previousCard = card;
        previousCardStart = start;
        add(card, -1);
        int lastPage = pages.size() - 1;
        if (next == null || fitsOnAPage(card) || used() >= wellUsed || !startsAfresh(next)) {
            return;
        }
        // A card before this one is worth breaking earlier only when it split and this one began
        // on its last page.
        boolean both = before != null && !fitsOnAPage(before) && beforeStart.pages() < start.pages()
                && start.opCount() > 0;
        Mark base = both ? beforeStart : start;
        float[] was = new float[lastPage - base.pages() + 2];
        for (int p = base.pages() - 1; p <= lastPage; p++) {
            was[p - base.pages() + 1] = pages.get(p).fill();
        }
        List<Integer> beforeCuts = new ArrayList<>(List.of(-1));
        if (both) {
            beforeCuts.addAll(partBoundaries(before));
        }
        List<Integer> cuts = new ArrayList<>(List.of(-1));
        cuts.addAll(partBoundaries(card));
        for (int beforeCut : beforeCuts) {
            for (int cut : cuts) {
                if (beforeCut < 0 && cut < 0) {
                    continue;
                }
                reset(base);
                if (both) {
                    add(before, beforeCut);
                }
                previousCardStart = mark();
                add(card, cut);
                if (pages.size() - 1 == lastPage && startsAfresh(next) && wellUsed(base.pages() - 1, was, wellUsed)) {
                    return;
                }
            }
        }
        reset(base);
        if (both) {
            add(before, -1);
        }
        previousCardStart = mark();
        add(card, -1);
    }

    /** True when {@code group} would begin on a fresh page, nothing of it on this one (tried, then taken back). */
    private boolean startsAfresh(Group group) {
        Mark here = mark();
        add(group, -1);
        boolean afresh = pages.size() > here.pages() && pages.get(here.pages() - 1).ops().size() == here.opCount();
        reset(here);
        return afresh;
    }

    /** True when the pages from {@code first} on are each at least {@code wellUsed} used, or as used as {@code before}. */
    private boolean wellUsed(int first, float[] before, float wellUsed) {
        for (int p = first; p < pages.size(); p++) {
            float f = pages.get(p).fill();
            if (f < wellUsed && f < before[p - first] - 0.001f) {
                return false;
            }
        }
        return used() >= wellUsed;
    }

    /** Where the page may break between a group's parts, the last first: before each box the one above it lets end a page. */
    private static List<Integer> partBoundaries(Group group) {
        List<Integer> out = new ArrayList<>();
        List<Box> boxes = group.boxes();
        for (int i = group.frameTo() - 1; i >= Math.max(1, group.frameFrom()); i--) {
            if (!boxes.get(i - 1).keepWithNext()) {
                out.add(i);
            }
        }
        return out;
    }

    /** As {@link #add(Group)}, a new page begun at box {@code breakAt} when it is not at a page's top (-1: none). */
    private void add(Group group, int breakAt) {
        last = new Placed(group, pages.size() - 1, page.ops().size(), y);
        List<Box> boxes = group.boxes();
        // A group that must stay together moves to a fresh page when it fits there (the space above
        // it gives way first, the space below it may fall off the page); a taller one begins here
        // when its first part fits (keepWithNext chains say what a part is).
        float ink = inkHeight(group);
        int lead = leadingSpaces(group);
        // What it needs on a fresh page, which drops the space above it: a card that fits there
        // moves whole even when with that space it would be a hair taller than a page.
        float bare = ink - heightOf(boxes.subList(0, lead));
        if (group.keepTogether() && ink > remaining() && !atTop() && bare <= height()) {
            if (bare <= remaining()) {
                // The space above it is what does not fit: it goes, and the group stays on this page.
                boxes = boxes.subList(lead, boxes.size());
                breakAt -= lead;
                boolean framed = group.frame() != null;
                group = new Group(boxes, true, group.continuation(), group.frame(),
                        framed ? group.frameFrom() - lead : 0, framed ? group.frameTo() - lead : boxes.size());
            } else {
                newPage();
            }
        }
        boolean framing = false;
        boolean inLongChain = false;
        boolean placedInFrame = false;
        boolean placedAny = false;
        // Whether the frame holds anything drawn on this page yet: one that holds only its top
        // padding when the page breaks is not drawn, as an empty box at the page's foot.
        boolean inkInFragment = false;
        int frameStart = 0;
        float frameTop = 0;
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            if (group.frame() != null && i == group.frameFrom()) {
                framing = true;
                inkInFragment = false;
                frameStart = page.ops().size();
                frameTop = y;
            }
            if (box.isSpace() && atTop()) {
                continue;
            }
            float chain = box.height() + keepHeight(boxes, i);
            // A chain taller than a page cannot stay together: it begins where a page's worth of it
            // fits, and once begun its boxes only need room for themselves.
            float need = Math.max(inLongChain ? box.height() : Math.min(chain, height()), held(boxes, i));
            inLongChain = (inLongChain || chain > height()) && box.keepWithNext();
            boolean mustBreak = i == breakAt || box.height() > remaining() || (need <= height() && need > remaining());
            if (mustBreak && !atTop() && box.isSpace() && !box.keepWithNext()) {
                // Space that ends a run and does not fit fills the page and never opens one: a page
                // opened for a card's bottom padding would hold nothing but "(continued)".
                y = bottom;
            } else if (mustBreak && !atTop()) {
                if (framing && inkInFragment) {
                    // The part above the break keeps the frame's padding under it: a "Take care"
                    // box ending it would otherwise sit on the frame's line.
                    y = Math.min(y + framePad, bottom);
                    closeFrame(group, frameStart, frameTop);
                }
                newPage();
                inkInFragment = false;
                frameStart = page.ops().size();
                frameTop = y;
                // A card's part goes on under its "(continued)" title; a table's under its heading row.
                boolean continues = group.frame() == null ? placedAny : placedInFrame && framing;
                if (group.continuation() != null && continues) {
                    List<Box> title = group.continuation().get();
                    // A title that would push this box past the page bottom is left out.
                    if (heightOf(title) + need <= height()) {
                        title.forEach(this::place);
                    }
                }
                if (!box.isSpace()) {
                    place(box);
                }
            } else {
                place(box);
            }
            placedInFrame |= framing && !box.isSpace();
            inkInFragment |= framing && !box.isSpace();
            placedAny |= !box.isSpace();
            if (framing && i == group.frameTo() - 1) {
                closeFrame(group, frameStart, frameTop);
                framing = false;
            }
        }
        if (framing) {
            closeFrame(group, frameStart, frameTop);
        }
    }

    /**
     * The height down to the group's last drawn box or the foot of its frame: the space after it
     * may fall off the page's foot, and a card moves to a fresh page only when it does not fit itself.
     */
    private static float inkHeight(Group group) {
        List<Box> boxes = group.boxes();
        int end = boxes.size();
        while (end > 0 && boxes.get(end - 1).isSpace() && (group.frame() == null || end > group.frameTo())) {
            end--;
        }
        return heightOf(boxes.subList(0, end));
    }

    /** How many space boxes open the group, above its frame if it has one (a section's space above). */
    private static int leadingSpaces(Group group) {
        List<Box> boxes = group.boxes();
        int n = 0;
        while (n < boxes.size() && boxes.get(n).isSpace() && (group.frame() == null || n < group.frameFrom())) {
            n++;
        }
        return n;
    }

    /**
     * The room box {@code i} needs when it never ends a page: itself, the boxes after it up to the
     * first that may end a page, and that box's own chain when the chain fits on a page (so a dose
     * band is not left behind by the part after it moving on); zero for other boxes, and when all
     * that is taller than a page.
     */
    private float held(List<Box> boxes, int i) {
        if (!boxes.get(i).neverLast()) {
            return 0f;
        }
        float h = 0;
        int j = i;
        while (j < boxes.size() - 1 && boxes.get(j).neverLast()) {
            h += boxes.get(j).height();
            j++;
        }
        float rest = boxes.get(j).height() + keepHeight(boxes, j);
        h += rest <= height() ? rest : boxes.get(j).height();
        return h <= height() ? h : 0f;
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
        if (!box.isSpace()) {
            page.reach(y);
        }
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
