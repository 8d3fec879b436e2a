package org.hep.compose;

import java.util.ArrayList;
import java.util.List;
import org.hep.figure.AltText;
import org.hep.figure.FigureSpec;
import org.hep.figure.Prop;
import org.hep.i18n.Labels;
import org.hep.model.Language;

/**
 * What a screen reader says for a drawn figure, in the handout's language: the figure's own
 * {@code alt} when it has one, else a sentence made from its poses:
 * "Picture of Squat: standing, then the hips and the knees move. With a chair."
 * A figure drawn as two pictures gets one sentence for each position.
 */
public final class FigureAlt {
    private FigureAlt() {
    }

    /** For the figures command and contact sheet, which speak English. */
    public static String english(FigureSpec spec, String name) {
        return of(spec, name, Labels.forLanguage(Language.EN));
    }

    static String of(FigureSpec spec, String name, Labels labels) {
        if (spec.alt() != null) {
            return spec.alt();
        }
        AltText.Description d = AltText.describe(spec);
        String what = pose(d.start(), labels);
        if (d.end() != d.start()) {
            what = labels.get("figure.then", what, pose(d.end(), labels));
        } else if (!d.changes().isEmpty()) {
            what = labels.get("figure.then", what, joints("figure.moves", d, labels));
        }
        return labels.get("figure.alt", name, what) + props(d, labels);
    }

    /** The start picture: the figure's own alt (it tells the whole move), else the start position. */
    static String start(FigureSpec spec, String name, Labels labels) {
        AltText.Description d = AltText.describe(spec);
        String what = spec.alt() != null ? spec.alt() : pose(d.start(), labels);
        return sentence(labels.get("figure.altStart", name, what)) + (spec.alt() != null ? "" : props(d, labels));
    }

    /**
     * The end picture: when the figure has its own alt, the start picture has told the whole move
     * and the end picture only says which it is (a list of joints that moved, "the hips, the knees
     * and the shoulders", tells a listener less than that sentence did); else the end position, or
     * what moved to reach it.
     */
    static String end(FigureSpec spec, String name, Labels labels) {
        if (spec.alt() != null) {
            return sentence(labels.get("label.imageEndFallback", name));
        }
        AltText.Description d = AltText.describe(spec);
        String what = d.end() != d.start() || d.changes().isEmpty() ? pose(d.end(), labels)
                : joints("figure.moved", d, labels);
        return sentence(labels.get("figure.altEnd", name, what)) + props(d, labels);
    }

    private static String pose(org.hep.figure.BasePose pose, Labels labels) {
        return labels.get("figure.pose." + pose.key());
    }

    /** "the right knee moves", "the hips and the knees move": {@code key} picks the verb. */
    private static String joints(String key, AltText.Description d, Labels labels) {
        List<String> joints = new ArrayList<>();
        boolean many = d.changes().size() > 1;
        for (AltText.Change c : d.changes()) {
            String joint = "figure.joint." + c.joint().key();
            if (c.joint().paired() && c.side() != null) {
                joint += "." + c.side().word();
            } else if (c.joint().paired()) {
                many = true;
            }
            joints.add(labels.get(joint));
        }
        return labels.get(key, many ? 2 : 1, join(joints, labels));
    }

    /** " With a chair." or nothing. */
    private static String props(AltText.Description d, Labels labels) {
        if (d.props().isEmpty()) {
            return "";
        }
        List<String> props = new ArrayList<>();
        for (Prop p : d.props()) {
            props.add(labels.get("figure.prop." + p.key()));
        }
        return " " + labels.get("figure.with", join(props, labels));
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /** "a, b and c" in the handout's language. */
    private static String join(List<String> words, Labels labels) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return labels.get("figure.and", String.join(", ", words.subList(0, words.size() - 1)),
                words.get(words.size() - 1));
    }
}
