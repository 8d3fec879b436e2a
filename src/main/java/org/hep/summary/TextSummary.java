package org.hep.summary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hep.dose.DosedExercise;
import org.hep.dose.DosedPlan;
import org.hep.model.Dose;
import org.hep.model.Exercise;
import org.hep.model.Plan;

/** Plain text for a terminal or a printer: wrapped at 78 columns, hanging indents, no markup. */
final class TextSummary {
    private static final String INDENT = "   ";

    private TextSummary() {
    }

    static byte[] plan(DosedPlan dosed) {
        Plan plan = dosed.plan();
        Wording w = Wording.of(plan.language());
        StringBuilder out = new StringBuilder();
        underline(out, plan.title(), '=');
        if (plan.condition() != null) {
            para(out, plan.condition(), "", "");
        }
        String often = w.frequencyWords(plan.schedule());
        if (often != null) {
            out.append('\n');
            para(out, w.label("label.schedule", often), "", "");
        }
        for (DosedExercise de : dosed.exercises()) {
            out.append('\n');
            card(out, w, de.number() + ". " + de.exercise().name(), de.exercise(), de.dose(), de.notes());
        }
        if (!plan.advice().isEmpty()) {
            out.append('\n');
            underline(out, w.label("label.advice"), '-');
            for (String a : plan.advice()) {
                para(out, a, "- ", "  ");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] exercise(Exercise ex, String language) {
        StringBuilder out = new StringBuilder();
        card(out, Wording.of(language), ex.name(), ex, ex.dose(), null);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void card(StringBuilder out, Wording w, String title, Exercise ex, Dose dose, String notes) {
        para(out, title, "", INDENT);
        if (ex.summary() != null) {
            para(out, ex.summary(), INDENT, INDENT);
        }
        String words = w.doseWords(dose);
        String often = w.frequencyWords(dose);
        if (words != null || often != null || !ex.equipment().isEmpty() || ex.start() != null) {
            out.append('\n');
        }
        if (words != null) {
            para(out, words, INDENT, INDENT);
        }
        labelled(out, w.label("label.howOften"), often);
        labelled(out, w.label("label.equipment"), ex.equipment().isEmpty() ? null : String.join(", ", ex.equipment()));
        labelled(out, w.label("label.start"), ex.start());
        out.append('\n');
        List<String> steps = ex.steps();
        int numberWidth = Integer.toString(steps.size()).length();
        for (int i = 0; i < steps.size(); i++) {
            String n = String.format(java.util.Locale.ROOT, "%" + numberWidth + "d. ", i + 1);
            para(out, steps.get(i), INDENT + n, INDENT + Wrap.spaces(n));
        }
        list(out, w.label("label.cues"), ex.cues(), "- ");
        list(out, w.label("label.cautions"), ex.cautions(), "! ");
        if (notes != null) {
            out.append('\n');
            labelled(out, w.label("label.therapistNotes"), notes);
        }
        if (ex.video() != null) {
            out.append('\n');
            labelled(out, w.label("label.video"), ex.video());
        }
    }

    private static void list(StringBuilder out, String heading, List<String> items, String bullet) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n').append(INDENT).append(heading).append(":\n");
        for (String item : items) {
            para(out, item, INDENT + bullet, INDENT + Wrap.spaces(bullet));
        }
    }

    /** "Label: value", the value's wrapped lines aligned under its first word. */
    private static void labelled(StringBuilder out, String label, String value) {
        if (value != null) {
            String first = INDENT + label + ": ";
            para(out, value, first, Wrap.spaces(first));
        }
    }

    private static void underline(StringBuilder out, String text, char rule) {
        List<String> lines = Wrap.lines(text, "", "");
        int width = 0;
        for (String l : lines) {
            out.append(l).append('\n');
            width = Math.max(width, l.codePointCount(0, l.length()));
        }
        out.append(String.valueOf(rule).repeat(width)).append('\n');
    }

    private static void para(StringBuilder out, String text, String first, String rest) {
        for (String line : Wrap.lines(text, first, rest)) {
            out.append(line).append('\n');
        }
    }
}
