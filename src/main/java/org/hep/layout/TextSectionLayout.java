package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;

/** Sections of running text: the plan's education, and its advice. Each flows across pages. */
final class TextSectionLayout {
    private TextSectionLayout() {
    }

    static List<Group> education(Block.Education education, LayoutContext cx) {
        List<Group> groups = new ArrayList<>();
        for (Block.TextSection s : education.sections()) {
            groups.add(section(s.heading(), s.paragraphs(), s.bullets(), cx));
        }
        return groups;
    }

    /** The advice, then the pain guide kept whole beneath it. */
    static List<Group> advice(Block.Advice advice, LayoutContext cx) {
        Struct sect = cx.root.add("Sect");
        List<Box> boxes = new ArrayList<>(cx.sectionHeading(advice.heading(), sect));
        boxes.addAll(cx.bullets(sect, advice.items(), LayoutContext.BULLET, cx.th.accent(), null, cx.left, cx.width));
        List<Group> groups = new ArrayList<>();
        if (advice.pain() == null) {
            groups.add(Group.flow(boxes));
            return groups;
        }
        List<Box> guide = PainGuideLayout.layout(advice.pain(), sect, cx);
        if (advice.items().isEmpty()) {
            boxes.addAll(guide);
            groups.add(Group.whole(boxes));
        } else {
            groups.add(Group.flow(boxes));
            groups.add(Group.whole(guide));
        }
        return groups;
    }

    private static Group section(String heading, List<String> paragraphs, List<String> bullets, LayoutContext cx) {
        Theme th = cx.th;
        Struct sect = cx.root.add("Sect");
        List<Box> boxes = new ArrayList<>(cx.sectionHeading(heading, sect));
        for (String p : paragraphs) {
            boxes.addAll(cx.b.paragraph(p, Face.REGULAR, th.body(), th.text(), cx.left, cx.width, sect.add("P")));
            boxes.add(Box.space(th.paragraphSpace()));
        }
        boxes.addAll(cx.bullets(sect, bullets, LayoutContext.BULLET, th.accent(), null, cx.left, cx.width));
        return Group.flow(boxes);
    }
}
