package org.hep.summary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hep.compose.Block;
import org.hep.compose.Card;
import org.hep.compose.Glue;
import org.hep.compose.Handout;
import org.hep.compose.Meta;
import org.hep.model.Language;
import java.util.regex.Pattern;

/**
 * CommonMark for an email or a patient portal: a heading per exercise, numbered steps.
 * Text from files is escaped so a stray '*' or '_' prints as itself.
 */
final class MarkdownSummary {
    /**
     * Inline markup: emphasis, code, links, HTML, tables, GitHub's ~~strikethrough~~, and entities
     * ("&times;" or "&#x202E;" would print as the character they name, not as written).
     */
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~&])");
    /** A heading's closing "##", which a renderer would drop ("Knee ##" → "Knee"). */
    private static final Pattern CLOSING_HASHES = Pattern.compile("(^|\\s)(#+)$");
    private static final Pattern LINE_START = Pattern.compile("^(#|[-+=]|\\d+[.)])");

    /** French punctuation, as the PDF prints it; nothing for other languages. */
    private final Glue glue;

    private MarkdownSummary(Glue glue) {
        this.glue = glue;
    }

    static byte[] plan(Handout handout) {
        return new MarkdownSummary(Glue.of(handout.meta().language())).planText(handout);
    }

    static byte[] exercise(Card card, Language language) {
        MarkdownSummary m = new MarkdownSummary(Glue.of(language));
        StringBuilder out = new StringBuilder();
        m.card(out, "# " + m.inlineText(card.name()), card);
        return trimEnd(out).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] planText(Handout handout) {
        Meta meta = handout.meta();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(inlineText(meta.title())).append("\n\n");
        if (meta.condition() != null) {
            out.append('*').append(inlineText(meta.condition())).append("*\n\n");
        }
        Block.Exercises exercises = handout.block(Block.Exercises.class);
        if (exercises != null && exercises.schedule() != null) {
            out.append(blockText(exercises.schedule())).append("\n\n");
        }
        for (Card card : handout.cards()) {
            card(out, "## " + inlineText(card.title()), card);
        }
        Block.Advice advice = handout.block(Block.Advice.class);
        if (advice != null && !advice.items().isEmpty()) {
            out.append("## ").append(inlineText(advice.heading())).append("\n\n");
            bullets(out, advice.items());
        }
        return trimEnd(out).getBytes(StandardCharsets.UTF_8);
    }

    private void card(StringBuilder out, String heading, Card card) {
        Card.CardWords w = card.words();
        out.append(heading).append("\n\n");
        if (card.purpose() != null) {
            out.append('*').append(inlineText(card.purpose())).append("*\n\n");
        }
        String often = card.howOften();
        if (card.doseWords() != null) {
            out.append("**").append(inlineText(card.doseWords())).append("**").append(often != null ? "  \n" : "\n\n");
        }
        if (often != null) {
            out.append(labelled(w.howOften(), inlineText(often))).append("\n\n");
        }
        if (card.progress() != null) {
            out.append(inlineText(card.progress())).append("\n\n");
        }
        if (!card.equipment().isEmpty()) {
            out.append(labelled(w.equipment(), inlineText(String.join(", ", card.equipment())))).append("\n\n");
        }
        if (card.start() != null) {
            out.append(labelled(w.start(), inlineText(card.start()))).append("\n\n");
        }
        int n = 0;
        for (String step : card.steps()) {
            out.append(++n).append(". ").append(blockText(step)).append('\n');
        }
        out.append('\n');
        if (!card.tips().isEmpty()) {
            out.append("**").append(inlineText(w.tips())).append("**\n\n");
            bullets(out, card.tips());
        }
        if (!card.cautions().isEmpty()) {
            out.append("**").append(inlineText(w.cautions())).append("**\n\n");
            bullets(out, card.cautions());
        }
        if (card.note() != null) {
            out.append(labelled(w.note(), inlineText(card.note()))).append("\n\n");
        }
        if (card.video() != null) {
            out.append(labelled(card.video().label(), "<" + card.video().url() + ">")).append("\n\n");
        }
    }

    private void bullets(StringBuilder out, List<String> items) {
        for (String item : items) {
            out.append("- ").append(blockText(item)).append('\n');
        }
        out.append('\n');
    }

    /** "**Label:** value", the value already in Markdown. */
    private String labelled(String label, String markdown) {
        return "**" + inline(glue.punctuation(label + ":")) + "** " + markdown;
    }

    /** {@link #inline} of the text with its language's punctuation. */
    private String inlineText(String text) {
        return inline(glue.punctuation(text));
    }

    /** {@link #block} of the text with its language's punctuation. */
    private String blockText(String text) {
        return block(glue.punctuation(text));
    }

    /** Text inside a line: markup characters escaped, line breaks folded to spaces. */
    static String inline(String text) {
        String s = SPECIAL.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll("\\\\$1");
        return CLOSING_HASHES.matcher(s).replaceFirst("$1\\\\$2");
    }

    /**
     * A paragraph or a list item's text: also escapes what would start a heading or a list there
     * ("# Big" in a step would be a heading inside the list).
     */
    static String block(String text) {
        String s = inline(text);
        java.util.regex.Matcher m = LINE_START.matcher(s);
        return m.find() ? s.substring(0, m.end() - 1) + "\\" + s.substring(m.end() - 1) : s;
    }

    private static String trimEnd(StringBuilder out) {
        return out.toString().stripTrailing() + "\n";
    }
}
