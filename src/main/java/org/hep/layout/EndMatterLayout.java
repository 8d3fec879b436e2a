package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;

/** What closes a handout: ruled lines for the patient's notes, and the disclaimer in small print. */
final class EndMatterLayout {
    private EndMatterLayout() {
    }

    static Group notes(Block.Notes notes, LayoutContext cx) {
        Theme th = cx.th;
        Struct sect = cx.root.add("Sect");
        List<Box> boxes = new ArrayList<>(cx.sectionHeading(notes.heading(), sect));
        float h = th.body() * 2.2f;
        for (int i = 0; i < notes.lines(); i++) {
            boxes.add(new Box(h, List.of(new Op.Line(cx.left, h - 2f, cx.left + cx.width, h - 2f, th.border(), 0.75f)),
                    false));
        }
        return Group.whole(boxes);
    }

    static Group disclaimer(Block.Disclaimer disclaimer, LayoutContext cx) {
        Theme th = cx.th;
        List<Box> boxes = new ArrayList<>();
        boxes.add(Box.space(th.gap() * 1.5f));
        boxes.addAll(cx.b.paragraph(List.of(cx.b.span(disclaimer.text(), th.emphasis())), th.small(), th.muted(),
                cx.left, cx.width, cx.root.add("P"), null));
        return Group.whole(boxes);
    }
}
