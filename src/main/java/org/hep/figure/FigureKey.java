package org.hep.figure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything a figure's drawing depends on, written out as text: the key its drawing is
 * packed under at build time ({@link PackedFigures}). Two figures with the same key are drawn
 * alike whatever file they come from (a translation, a clinic's copy of a built-in exercise);
 * the alt text is left out, since it is not drawn. Numbers are written as their exact bits, and
 * a pose's angles in a fixed order, so a key matches only a figure drawn from the same numbers.
 * {@code FigureKeyTest} fails when one of the records it reads gains a field, so a field that
 * changes the drawing cannot be left out of the key.
 */
final class FigureKey {
    private FigureKey() {
    }

    /** The key of {@code spec} drawn {@code way} (a name of Scene's ways). */
    static String of(FigureSpec spec, String way) {
        // A StringBuilder, not string concatenation: that is linked at first use, on a one-off handout's start.
        StringBuilder b = new StringBuilder(512);
        b.append(way).append('|').append(spec.view() == null ? "~" : spec.view().name()).append('|');
        number(b, spec.tilt());
        b.append(spec.mirror() ? "|m" : "|-");
        pose(b, spec.start());
        pose(b, spec.middle());
        pose(b, spec.end());
        texts(b, spec.moving());
        b.append("|props");
        for (PropSpec p : spec.props()) {
            b.append('|').append(p.prop().name());
            text(b, p.at());
            text(b, p.to());
            text(b, p.shape());
        }
        b.append("|arrows");
        for (ArrowSpec a : spec.arrows()) {
            text(b, a.at());
            b.append('|').append(a.style() == null ? "~" : a.style().name());
            text(b, a.direction());
            b.append(a.both() ? "|2" : "|1");
        }
        text(b, spec.anchor());
        b.append('|').append(spec.layout() == null ? "~" : spec.layout().name());
        return b.toString();
    }

    private static void pose(StringBuilder b, Pose pose) {
        if (pose == null) {
            b.append("|~");
            return;
        }
        b.append("|pose|").append(pose.base().name()).append('|');
        number(b, pose.lean());
        texts(b, pose.rest());
        String[] angles = new String[pose.angles().size()];
        int i = 0;
        for (Map.Entry<Dof, Double> e : pose.angles().entrySet()) {
            Dof d = e.getKey();
            StringBuilder a = new StringBuilder(40);
            a.append(d.side() == null ? "~" : d.side().name()).append('.').append(d.joint().name()).append('.')
                    .append(d.motion() == null ? "~" : d.motion().name()).append('=');
            number(a, e.getValue());
            angles[i++] = a.toString();
        }
        // The map's own order differs from run to run (an immutable map's iteration is salted).
        Arrays.sort(angles);
        for (String a : angles) {
            b.append('|').append(a);
        }
    }

    private static void texts(StringBuilder b, List<String> list) {
        if (list == null) {
            b.append("|~");
            return;
        }
        b.append('|').append(list.size());
        for (String s : list) {
            text(b, s);
        }
    }

    /** A text with its length before it, so no text can pass for a separator. */
    private static void text(StringBuilder b, String s) {
        if (s == null) {
            b.append("|~");
        } else {
            b.append('|').append(s.length()).append(':').append(s);
        }
    }

    private static void number(StringBuilder b, double x) {
        b.append(Long.toHexString(Double.doubleToRawLongBits(x)));
    }
}
