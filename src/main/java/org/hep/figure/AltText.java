package org.hep.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a screen reader says for a figure: the figure's own {@code alt}, or words composed from
 * its poses: "Picture of Squat: standing, then the hips, knees and shoulders move. With a chair."
 */
final class AltText {
    private AltText() {
    }

    static String of(FigureSpec spec, String name) {
        if (spec.alt() != null) {
            return spec.alt();
        }
        StringBuilder sb = new StringBuilder("Picture of ").append(name).append(": ")
                .append(spec.start().base().words());
        List<String> changes = changes(spec.start(), spec.end());
        if (spec.end().base() != spec.start().base()) {
            sb.append(", then ").append(spec.end().base().words());
        } else if (!changes.isEmpty()) {
            sb.append(", then the ").append(join(changes)).append(changes.size() == 1 && !changes.get(0).endsWith("s")
                    ? " moves" : " move");
        }
        sb.append('.');
        if (!spec.props().isEmpty()) {
            List<String> props = new ArrayList<>();
            for (PropSpec p : spec.props()) {
                String word = p.prop().key().equals("weight") ? "a weight" : "a " + p.prop().key();
                if (!props.contains(word)) {
                    props.add(word);
                }
            }
            sb.append(" With ").append(join(props)).append('.');
        }
        return sb.toString();
    }

    /** The joints that change most, both sides named once: "right hip", "knees". */
    private static List<String> changes(Pose a, Pose b) {
        Map<String, Double> size = new LinkedHashMap<>();
        for (Joint j : Joint.values()) {
            List<Side> sides = new ArrayList<>();
            double most = 0;
            for (Side s : j.paired() ? Side.values() : new Side[] {null}) {
                for (Motion m : j.motions()) {
                    double d = Math.abs(a.angle(s, j, m) - b.angle(s, j, m));
                    if (d >= 15) {
                        if (!sides.contains(s)) {
                            sides.add(s);
                        }
                        most = Math.max(most, d);
                    }
                }
            }
            if (sides.isEmpty()) {
                continue;
            }
            String word = !j.paired() ? j.key()
                    : sides.size() == 2 ? plural(j.key()) : sides.get(0).word() + " " + j.key();
            size.put(word, most);
        }
        return size.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(3)
                .map(Map.Entry::getKey).toList();
    }

    private static String plural(String joint) {
        return joint.endsWith("s") ? joint : joint + "s";
    }

    private static String join(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
