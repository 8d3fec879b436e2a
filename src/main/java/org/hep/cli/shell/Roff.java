package org.hep.cli.shell;

/** Just enough roff (the man(7) macros) for hep's pages; all text goes through {@link #escape}. */
final class Roff {
    private final StringBuilder out = new StringBuilder();

    /** A backslash, a leading dot or quote, and '-' (a hyphen, not a minus) made literal. */
    static String escape(String text) {
        String s = text.replace("\\", "\\e").replace("-", "\\-");
        return s.startsWith(".") || s.startsWith("'") ? "\\&" + s : s;
    }

    void line(String roff) {
        out.append(roff).append('\n');
    }

    void section(String name) {
        line(".SH " + name);
    }

    void paragraph(String text) {
        line(".PP");
        line(escape(text.strip()));
    }

    /** A tagged paragraph; {@code head} is roff already, {@code text} is escaped unless {@code raw}. */
    void item(String head, String text, boolean raw) {
        line(".TP");
        line(head);
        line(raw ? text : escape(text));
    }

    void preformatted(String text) {
        line(".PP");
        line(".nf");
        for (String l : text.split("\n")) {
            line(escape(l));
        }
        line(".fi");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
