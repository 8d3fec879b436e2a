package org.hep.summary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hep.compose.Block;
import org.hep.compose.Card;
import org.hep.compose.Glue;
import org.hep.compose.Handout;
import org.hep.compose.Meta;
import org.hep.model.Language;

/** Plain text for a terminal or a printer: wrapped at 78 columns as a terminal shows them, hanging indents, no markup. */
final class TextSummary {
    private static final String INDENT = "   ";

    /** French punctuation, as the PDF prints it; nothing for other languages. */
    private final Glue glue;

    private TextSummary(Glue glue) {
        this.glue = glue;
    }

    static byte[] plan(Handout handout) {
        return new TextSummary(Glue.of(handout.meta().language())).planText(handout);
    }

    static byte[] exercise(Card card, Language language) {
        StringBuilder out = new StringBuilder();
        new TextSummary(Glue.of(language)).card(out, card.name(), card);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] planText(Handout handout) {
        Meta meta = handout.meta();
        StringBuilder out = new StringBuilder();
        underline(out, meta.title(), '=');
        if (meta.condition() != null) {
            para(out, meta.condition(), "", "");
        }
        Block.Exercises exercises = handout.block(Block.Exercises.class);
        if (exercises != null && exercises.schedule() != null) {
            out.append('\n');
            para(out, exercises.schedule(), "", "");
        }
        for (Card card : handout.cards()) {
            out.append('\n');
            card(out, card.title(), card);
        }
        Block.Advice advice = handout.block(Block.Advice.class);
        if (advice != null && !advice.items().isEmpty()) {
            out.append('\n');
            underline(out, advice.heading(), '-');
            for (String a : advice.items()) {
                para(out, a, "- ", "  ");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void card(StringBuilder out, String title, Card card) {
        Card.CardWords w = card.words();
        para(out, title, "", INDENT);
        if (card.purpose() != null) {
            para(out, card.purpose(), INDENT, INDENT);
        }
        if (card.doseWords() != null || card.howOften() != null || !card.equipment().isEmpty() || card.start() != null) {
            out.append('\n');
        }
        if (card.doseWords() != null) {
            para(out, card.doseWords(), INDENT, INDENT);
        }
        if (card.progress() != null) {
            para(out, card.progress(), INDENT, INDENT);
        }
        labelled(out, w.howOften(), card.howOften());
        labelled(out, w.equipment(), card.equipment().isEmpty() ? null : String.join(", ", card.equipment()));
        labelled(out, w.start(), card.start());
        out.append('\n');
        List<String> steps = card.steps();
        int numberWidth = Integer.toString(steps.size()).length();
        for (int i = 0; i < steps.size(); i++) {
            String n = String.format(java.util.Locale.ROOT, "%" + numberWidth + "d. ", i + 1);
            para(out, steps.get(i), INDENT + n, INDENT + Wrap.spaces(n));
        }
        list(out, w.tips(), card.tips(), "- ");
        list(out, w.cautions(), card.cautions(), "! ");
        if (card.note() != null) {
            out.append('\n');
            labelled(out, w.note(), card.note());
        }
        if (card.video() != null) {
            out.append('\n');
            labelled(out, card.video().label(), card.video().url());
        }
    }

    private void list(StringBuilder out, String heading, List<String> items, String bullet) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n').append(INDENT).append(glue.punctuation(heading + ":")).append('\n');
        for (String item : items) {
            para(out, item, INDENT + bullet, INDENT + Wrap.spaces(bullet));
        }
    }

    /** "Label: value", the value's wrapped lines aligned under its first word. */
    private void labelled(StringBuilder out, String label, String value) {
        if (value != null) {
            String first = INDENT + glue.punctuation(label + ":") + " ";
            para(out, value, first, Wrap.spaces(first));
        }
    }

    private void underline(StringBuilder out, String text, char rule) {
        List<String> lines = Wrap.lines(glue.punctuation(text), "", "");
        int width = 0;
        for (String l : lines) {
            out.append(l).append('\n');
            width = Math.max(width, TerminalWidth.of(l));
        }
        out.append(String.valueOf(rule).repeat(width)).append('\n');
    }

    private void para(StringBuilder out, String text, String first, String rest) {
        for (String line : Wrap.lines(glue.punctuation(text), first, rest)) {
            out.append(line).append('\n');
        }
    }
}
