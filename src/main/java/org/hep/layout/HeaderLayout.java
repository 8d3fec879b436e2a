package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;

/** Page one's top: the clinic's name, contact line and logo over an accent rule, then title and condition. */
final class HeaderLayout {
    private HeaderLayout() {
    }

    static Group layout(Block.Header header, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        List<Box> boxes = new ArrayList<>();
        if (header.clinic() != null) {
            boxes.addAll(clinic(header.clinic(), cx));
            boxes.add(Box.space(th.gap() * 0.6f));
            boxes.add(new Box(th.gap(), List.of(new Op.Line(cx.left, 1f, cx.left + cx.width, 1f, th.accent(), 2f)),
                    false));
        }
        boxes.addAll(b.heading(header.title(), th.h1(), th.text(), cx.left, cx.width, cx.root.add(cx.heading(1)), 0));
        if (header.condition() != null) {
            boxes.addAll(b.paragraph(List.of(b.span(header.condition(), Face.REGULAR)), th.h3(), th.muted(),
                    cx.left, cx.width, cx.root.add("P"), null));
        }
        boxes.add(Box.space(th.gap()));
        return Group.flow(boxes);
    }

    private static List<Box> clinic(Block.Clinic c, LayoutContext cx) {
        Blocks b = cx.b;
        Theme th = cx.th;
        float logoW = 0;
        float logoH = 0;
        if (c.logo() != null) {
            float[] wh = LayoutContext.fit(c.logo().width(), c.logo().height(), cx.width * 0.35f, th.body() * 4f);
            logoW = wh[0];
            logoH = wh[1];
        }
        float textW = logoW > 0 ? cx.width - logoW - th.gap() * 2 : cx.width;
        List<Box> text = new ArrayList<>();
        if (c.name() != null) {
            text.addAll(b.paragraph(List.of(b.span(c.name(), Face.BOLD)), th.h2(), th.accent(), cx.left, textW,
                    cx.root.add("P"), null));
        }
        if (!c.contact().isEmpty()) {
            text.addAll(b.paragraph(contactLine(c, b), th.small(), th.muted(), cx.left, textW, cx.root.add("P"), null));
        }
        if (logoW == 0) {
            return text;
        }
        float textH = LayoutContext.heightOf(text);
        Struct fig = cx.root.add("Figure", c.logo().alt());
        Op.Picture logo = new Op.Picture(cx.left + cx.width - logoW, 0, logoW, logoH, c.logo().path(), fig.content());
        if (textH > logoH) {
            // Clinic details taller than the logo: one box per line, the logo hanging beside them.
            return LayoutContext.hang(text, logo, logoH);
        }
        // One box holds the logo and the clinic lines, centred beside it.
        List<Op> ops = new ArrayList<>();
        ops.add(logo);
        float y = Math.max(0, (logoH - textH) / 2f);
        for (Box t : text) {
            for (Op op : t.ops()) {
                ops.add(op.shift(y));
            }
            y += t.height();
        }
        return List.of(new Box(Math.max(logoH, textH), ops, false));
    }

    /** Address · phone · website, the phone in bold: it is what a patient looks for. */
    private static List<Span> contactLine(Block.Clinic c, Blocks b) {
        String sep = "  \u00b7  ";
        List<Span> spans = new ArrayList<>();
        String before = String.join(sep, c.before());
        String after = String.join(sep, c.after());
        if (c.phone() == null) {
            spans.add(b.span(String.join(sep, c.contact()), Face.REGULAR));
            return spans;
        }
        if (!before.isEmpty()) {
            spans.add(b.span(before + sep, Face.REGULAR));
        }
        // The separator after the phone goes with it, so it never starts a line ("· harbourphysio.example").
        spans.add(b.span(after.isEmpty() ? c.phone() : c.phone() + sep, Face.BOLD));
        if (!after.isEmpty()) {
            spans.add(b.span(after, Face.REGULAR));
        }
        return spans;
    }
}
