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

    static Group advice(Block.Advice advice, LayoutContext cx) {
        return section(advice.heading(), List.of(), advice.items(), cx);
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
