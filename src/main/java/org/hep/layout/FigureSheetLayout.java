package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.hep.figure.Drawing;

/**
 * The contact sheet of {@code hep figures}: sixteen figures to a landscape letter page, each in a
 * framed cell with its caption, laid out as a handout is, so the renderer makes it the same tagged
 * PDF/UA and PDF/A file (each figure a Figure with its alt text, each caption a paragraph).
 */
public final class FigureSheetLayout {
    /** One cell: the caption under it, and the drawing (null for an exercise with no figure). */
    public record Entry(String caption, Drawing drawing) {
    }

    private static final float PAGE_W = 792;
    private static final float PAGE_H = 612;
    private static final int COLUMNS = 4;
    private static final int ROWS = 4;
    private static final float MARGIN = 30;
    private static final float TITLE = 24;
    private static final float CAPTION = 22;
    private static final float CAPTION_SIZE = 9;
    private static final int FRAME = 0xCCD1D9;
    private static final int INK = 0x1A1A1A;

    private FigureSheetLayout() {
    }

    public static PagedHandout layout(List<Entry> entries, String title, int accent, Metrics metrics) {
        Struct root = Struct.root();
        List<Page> pages = new ArrayList<>();
        float cellW = (PAGE_W - 2 * MARGIN) / COLUMNS;
        float cellH = (PAGE_H - 2 * MARGIN - TITLE) / ROWS;
        for (int first = 0; first < entries.size() || first == 0; first += COLUMNS * ROWS) {
            Page page = new Page();
            pages.add(page);
            if (first == 0) {
                page.add(new Op.Text(MARGIN + 3, MARGIN + 14, title, Face.BOLD, 14, INK, root.add("H1").content()));
            }
            for (int i = first; i < Math.min(entries.size(), first + COLUMNS * ROWS); i++) {
                int cell = i - first;
                float x = MARGIN + (cell % COLUMNS) * cellW;
                float y = MARGIN + TITLE + (cell / COLUMNS) * cellH;
                cell(page, root, entries.get(i), x, y, cellW, cellH, accent, metrics);
            }
        }
        return new PagedHandout(PAGE_W, PAGE_H, pages, root, title, null, null, "en", List.of(), new TreeSet<>());
    }

    private static void cell(Page page, Struct root, Entry e, float x, float y, float w, float h, int accent,
                             Metrics metrics) {
        page.add(new Op.Rect(x + 3, y + 3, w - 6, h - 6, null, FRAME, 0.5f, 0));
        if (e.drawing() != null) {
            page.add(new Op.Figure(x + 10, y + 8, w - 20, h - CAPTION - 14, e.drawing(), accent,
                    root.add("Figure", e.drawing().alt()).content()));
        }
        String caption = e.caption();
        while (metrics.width(caption, Face.REGULAR, CAPTION_SIZE) > w - 14 && caption.length() > 4) {
            caption = caption.substring(0, caption.length() - 2);
        }
        float cw = metrics.width(caption, Face.REGULAR, CAPTION_SIZE);
        page.add(new Op.Text(x + (w - cw) / 2, y + h - 12, caption, Face.REGULAR, CAPTION_SIZE, INK,
                root.add("P").content()));
    }
}
