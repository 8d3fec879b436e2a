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
        String what = labels.get("figure.pose." + d.start().key());
        if (d.end() != d.start()) {
            what = labels.get("figure.then", what, labels.get("figure.pose." + d.end().key()));
        } else if (!d.changes().isEmpty()) {
            List<String> joints = new ArrayList<>();
            boolean many = d.changes().size() > 1;
            for (AltText.Change c : d.changes()) {
                String key = "figure.joint." + c.joint().key();
                if (c.joint().paired() && c.side() != null) {
                    key += "." + c.side().word();
                } else if (c.joint().paired()) {
                    many = true;
                }
                joints.add(labels.get(key));
            }
            what = labels.get("figure.then", what, labels.get("figure.moves", many ? 2 : 1, join(joints, labels)));
        }
        String alt = labels.get("figure.alt", name, what);
        if (!d.props().isEmpty()) {
            List<String> props = new ArrayList<>();
            for (Prop p : d.props()) {
                props.add(labels.get("figure.prop." + p.key()));
            }
            alt += " " + labels.get("figure.with", join(props, labels));
        }
        return alt;
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
