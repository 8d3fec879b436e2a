package org.hep.summary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.hep.dose.DosedExercise;
import org.hep.dose.DosedPlan;
import org.hep.model.Dose;
import org.hep.model.Exercise;
import org.hep.model.Plan;

/**
 * CommonMark for an email or a patient portal: a heading per exercise, numbered steps.
 * Text from files is escaped so a stray '*' or '_' prints as itself.
 */
final class MarkdownSummary {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|])");
    private static final Pattern LINE_START = Pattern.compile("^(#|[-+=]|\\d+[.)])");

    private MarkdownSummary() {
    }

    static byte[] plan(DosedPlan dosed) {
        Plan plan = dosed.plan();
        Wording w = Wording.of(plan.language());
        StringBuilder out = new StringBuilder();
        out.append("# ").append(inline(plan.title())).append("\n\n");
        if (plan.condition() != null) {
            out.append('*').append(inline(plan.condition())).append("*\n\n");
        }
        String often = w.frequencyWords(plan.schedule());
        if (often != null) {
            out.append(block(w.label("label.schedule", often))).append("\n\n");
        }
        for (DosedExercise de : dosed.exercises()) {
            card(out, w, "## " + de.number() + ". " + inline(de.exercise().name()), de.exercise(), de.dose(),
                    de.notes());
        }
        if (!plan.advice().isEmpty()) {
            out.append("## ").append(inline(w.label("label.advice"))).append("\n\n");
            bullets(out, plan.advice());
        }
        return trimEnd(out).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] exercise(Exercise ex, String language) {
        StringBuilder out = new StringBuilder();
        card(out, Wording.of(language), "# " + inline(ex.name()), ex, ex.dose(), null);
        return trimEnd(out).getBytes(StandardCharsets.UTF_8);
    }

    private static void card(StringBuilder out, Wording w, String heading, Exercise ex, Dose dose, String notes) {
        out.append(heading).append("\n\n");
        if (ex.summary() != null) {
            out.append('*').append(inline(ex.summary())).append("*\n\n");
        }
        String words = w.doseWords(dose);
        String often = w.frequencyWords(dose);
        if (words != null) {
            out.append("**").append(inline(words)).append("**").append(often != null ? "  \n" : "\n\n");
        }
        if (often != null) {
            out.append(labelled(w.label("label.howOften"), inline(often))).append("\n\n");
        }
        if (!ex.equipment().isEmpty()) {
            out.append(labelled(w.label("label.equipment"), inline(String.join(", ", ex.equipment())))).append("\n\n");
        }
        if (ex.start() != null) {
            out.append(labelled(w.label("label.start"), inline(ex.start()))).append("\n\n");
        }
        int n = 0;
        for (String step : ex.steps()) {
            out.append(++n).append(". ").append(inline(step)).append('\n');
        }
        out.append('\n');
        if (!ex.cues().isEmpty()) {
            out.append("**").append(inline(w.label("label.cues"))).append("**\n\n");
            bullets(out, ex.cues());
        }
        if (!ex.cautions().isEmpty()) {
            out.append("**").append(inline(w.label("label.cautions"))).append("**\n\n");
            bullets(out, ex.cautions());
        }
        if (notes != null) {
            out.append(labelled(w.label("label.therapistNotes"), inline(notes))).append("\n\n");
        }
        if (ex.video() != null) {
            out.append(labelled(w.label("label.video"), "<" + ex.video() + ">")).append("\n\n");
        }
    }

    private static void bullets(StringBuilder out, List<String> items) {
        for (String item : items) {
            out.append("- ").append(inline(item)).append('\n');
        }
        out.append('\n');
    }

    /** "**Label:** value", the value already in Markdown. */
    private static String labelled(String label, String markdown) {
        return "**" + inline(label) + ":** " + markdown;
    }

    /** Text inside a line: markup characters escaped, line breaks folded to spaces. */
    static String inline(String text) {
        return SPECIAL.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll("\\\\$1");
    }

    /** A paragraph of its own: also escapes what would start a heading or a list. */
    static String block(String text) {
        String s = inline(text);
        java.util.regex.Matcher m = LINE_START.matcher(s);
        return m.find() ? s.substring(0, m.end() - 1) + "\\" + s.substring(m.end() - 1) : s;
    }

    private static String trimEnd(StringBuilder out) {
        return out.toString().stripTrailing() + "\n";
    }
}
