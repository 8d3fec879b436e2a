package org.hep.cli.shell;

import org.hep.cli.shell.CompletionModel.Command;
import org.hep.cli.shell.CompletionModel.Option;
import org.hep.cli.shell.CompletionModel.Values;

/** Fish completions: one {@code complete} line per command and option. */
public final class FishScript {
    private FishScript() {
    }

    public static String of(CompletionModel model) {
        StringBuilder s = new StringBuilder();
        s.append("# fish completion for hep; made by 'hep completion fish'.\n");
        s.append("# Install: hep completion fish > ~/.config/fish/completions/hep.fish\n\n");
        s.append("complete -c hep -e\n");
        s.append("# No file names unless a path is expected.\ncomplete -c hep -f\n");
        s.append(OPERAND_TEST);
        for (Command c : model.subcommands()) {
            s.append("complete -c hep -n __fish_use_subcommand -a ").append(c.name()).append(" -d ")
                    .append(quote(c.description())).append('\n');
        }
        for (Command c : model.commands()) {
            String when = c.name().isEmpty() ? "__fish_use_subcommand"
                    : quote("__fish_seen_subcommand_from " + c.name());
            s.append("\n# hep ").append(c.name()).append('\n');
            for (Option o : c.options()) {
                s.append("complete -c hep -n ").append(when);
                for (String n : o.names()) {
                    s.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
                }
                if (o.takesValue()) {
                    // -x: a value follows and it is not a file name; -r: a value that may be one.
                    s.append(o.values().files() ? " -r" : " -x").append(values(o.values()));
                }
                s.append(" -d ").append(quote(o.description())).append('\n');
            }
            if (!c.name().isEmpty() && c.operands().any()) {
                String valued = c.options().stream().filter(Option::takesValue).flatMap(o -> o.names().stream())
                        .collect(java.util.stream.Collectors.joining(" "));
                s.append("complete -c hep -n ").append(quote(("__hep_operand " + c.name() + " " + (c.manyOperands() ? 1 : 0) + " " + valued).strip()))
                        .append(values(c.operands())).append('\n');
            }
        }
        return s.toString();
    }

    /** The words, and {@code -F} where file names fit (folders only: fish's own helper). */
    private static String values(Values v) {
        StringBuilder s = new StringBuilder();
        if (v.files()) {
            s.append(" -F");
        }
        String words = String.join(" ", v.words()) + (v.dirs() ? " (__fish_complete_directories)" : "");
        if (!words.isBlank()) {
            s.append(" -a ").append(quote(words.strip()));
        }
        return s.toString();
    }

    /** Fish also offers an operand's words after an option that wants a value; this tells them apart. */
    private static final String OPERAND_TEST = """

            # True where COMMAND takes an operand: not right after one of its options that takes
            # a value (listed after MANY), and not after its one operand unless MANY is 1.
            function __hep_operand -a cmd many
                set -l words (commandline -opc)
                contains -- $cmd $words; or return 1
                set -l after 0
                set -l skip 0
                set -l seen 0
                for w in $words[2..-1]
                    if test $after = 0
                        test "$w" = "$cmd"; and set after 1
                    else if test $skip = 1
                        set skip 0
                    else if string match -q -- '-*' $w
                        contains -- $w $argv[3..-1]; and set skip 1
                    else
                        set seen (math $seen + 1)
                    end
                end
                test $skip = 0; and begin; test "$many" = 1; or test $seen = 0; end
            end
            """;

    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
