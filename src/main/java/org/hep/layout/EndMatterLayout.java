package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;

/** What closes a handout: ruled lines for the patient's notes, and the disclaimer in small print. */
final class EndMatterLayout {
    private EndMatterLayout() {
    }

    /** Fewer write-in lines than this are not worth a heading. */
    static final int MIN_NOTE_LINES = 2;

    /**
     * The notes heading and as many of the template's lines as fit in {@code room} (the space left
     * on the page); null when not even {@link #MIN_NOTE_LINES} fit, so no page holds only lines.
     */
    static Group notes(Block.Notes notes, float room, LayoutContext cx) {
        Theme th = cx.th;
        float h = th.body() * 2.2f;
        float headingHeight = LayoutContext.heightOf(cx.sectionHeading(notes.heading(), null));
        int lines = Math.min(notes.lines(), (int) Math.floor((room - headingHeight) / h));
        if (lines < MIN_NOTE_LINES) {
            return null;
        }
        Struct sect = cx.root.add("Sect");
        List<Box> boxes = new ArrayList<>(cx.sectionHeading(notes.heading(), sect));
        for (int i = 0; i < lines; i++) {
            boxes.add(new Box(h, List.of(new Op.Line(cx.left, h - 2f, cx.left + cx.width, h - 2f, th.border(), 0.75f)),
                    false));
        }
        return Group.whole(boxes);
    }

    /** The disclaimer's height, measured without adding it to the structure tree. */
    static float disclaimerHeight(Block.Disclaimer disclaimer, LayoutContext cx) {
        Theme th = cx.th;
        return th.gap() * 1.5f + LayoutContext.heightOf(cx.b.paragraph(List.of(cx.b.span(disclaimer.text(),
                th.emphasis())), th.small(), th.muted(), cx.left, cx.width, null, null));
    }

    /** The least room the disclaimer takes: its lines, without the space above them. */
    static float tightHeight(Block.Disclaimer disclaimer, LayoutContext cx) {
        return disclaimerHeight(disclaimer, cx) - cx.th.gap() * 1.5f;
    }

    /** @param tight without the space above it, to stay on a nearly full last page */
    static Group disclaimer(Block.Disclaimer disclaimer, boolean tight, LayoutContext cx) {
        Theme th = cx.th;
        List<Box> boxes = new ArrayList<>();
        if (!tight) {
            boxes.add(Box.space(th.gap() * 1.5f));
        }
        boxes.addAll(cx.b.paragraph(List.of(cx.b.span(disclaimer.text(), th.emphasis())), th.small(), th.muted(),
                cx.left, cx.width, cx.root.add("P"), null));
        return Group.whole(boxes);
    }
}
