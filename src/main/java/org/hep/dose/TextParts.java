package org.hep.dose;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise text read into its parts: plain words, dose placeholders ({@code {reps}}) and words
 * for some sides only ({@code {each:, then switch legs}}), which may hold placeholders of their
 * own. Reading never fails: each mistake is kept, at its brace, for the loader to report.
 */
final class TextParts {
    /** One part of a text; {@code offset} is the char index of its brace. */
    sealed interface Part permits Words, Field, Choice {
    }

    /** Plain words, with {@code {{} already read as one brace. */
    record Words(String text) implements Part {
    }

    /** A placeholder such as {@code {hold}}. */
    record Field(int offset, String name) implements Part {
    }

    /** Words printed only when the final dose's sides is one of {@code when}; {@code end} is past its closing brace. */
    record Choice(int offset, int end, List<String> when, List<Part> body) implements Part {
    }

    /** A mistake at {@code offset}; {@code name} is the placeholder or side condition it belongs to, if any. */
    record Mistake(int offset, String name, String problem) {
    }

    private final String text;
    private final List<Mistake> mistakes = new ArrayList<>();
    private final List<Part> parts;
    private int pos;

    private TextParts(String text) {
        this.text = text;
        this.parts = sequence(false);
    }

    static TextParts read(String text) {
        return new TextParts(text);
    }

    List<Part> parts() {
        return parts;
    }

    List<Mistake> mistakes() {
        return mistakes;
    }

    /** Parts up to the end, or up to the brace that closes the side words being read. */
    private List<Part> sequence(boolean inChoice) {
        List<Part> out = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '}' && inChoice) {
                break;
            }
            if (c != '{') {
                words.append(c);
                pos++;
                continue;
            }
            if (text.startsWith("{{", pos)) {
                words.append('{');
                pos += 2;
                continue;
            }
            int start = pos;
            int end = pos + 1;
            while (end < text.length() && (Character.isLetter(text.charAt(end)) || "_|".indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            String name = text.substring(start + 1, end);
            char after = end < text.length() ? text.charAt(end) : 0;
            if (after == '}' && name.matches("[A-Za-z_]{1,20}")) {
                flush(words, out);
                out.add(new Field(start, name));
                pos = end + 1;
                strayClose(name, inChoice);
            } else if (after == ':' && name.matches("[A-Za-z_]{1,20}(\\|[A-Za-z_]{1,20}){0,5}")) {
                flush(words, out);
                pos = end + 1;
                List<Part> body = sequence(true);
                if (pos < text.length()) {
                    pos++; // the closing brace
                } else {
                    mistakes.add(new Mistake(start, name + ":", "'{" + name
                            + ":' is never closed; end the words for those sides with '}'"));
                }
                out.add(new Choice(start, pos, List.of(name.split("\\|")), body));
                strayClose(name + ":", inChoice);
            } else {
                mistakes.add(new Mistake(start, null, "'{' starts a placeholder such as {hold}; write {{ for a brace"));
                words.append('{');
                pos++;
            }
        }
        flush(words, out);
        return out;
    }

    /**
     * A second closing brace right after a placeholder or side words ("Hold {hold}} seconds"): a
     * slip that would print a stray brace. Elsewhere a '}' needs no doubling and prints as written.
     */
    private void strayClose(String name, boolean inChoice) {
        // Inside side words the next '}' closes them.
        if (!inChoice && pos < text.length() && text.charAt(pos) == '}') {
            mistakes.add(new Mistake(pos, name, "'}' after {" + name + (name.endsWith(":") ? "…}" : "}")
                    + " closes nothing; remove it"));
        }
    }

    private static void flush(StringBuilder words, List<Part> out) {
        if (words.length() > 0) {
            out.add(new Words(words.toString()));
            words.setLength(0);
        }
    }
}
