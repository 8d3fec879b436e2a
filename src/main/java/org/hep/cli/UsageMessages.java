package org.hep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hep.diag.Suggest;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parse errors in hep's words: one line starting "hep: ", values in lower case as
 * they are typed, a "did you mean" for a mistyped command, option or value, and where to
 * read more.
 */
final class UsageMessages {
    private UsageMessages() {
    }

    static String of(ParameterException ex) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        String help = " (see '" + spec.qualifiedName() + " --help')";
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return unmatched(spec, u.getUnmatched().get(0)) + help;
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && arg.type().isEnum() && ex.getValue() != null) {
            return badWord(arg, ex.getValue()) + help;
        }
        if (arg != null && ex.getValue() != null && wholeNumber(arg.type())
                && (ex.getCause() instanceof CommandLine.TypeConversionException
                    || ex.getCause() instanceof NumberFormatException)) {
            // picocli says "'abc' is not a long": a Java type, not what to type. Spaces around the
            // digits are ignored (Cli.wholeNumber), so only digits 0-9 can be a number too large;
            // another script's digits or a plus sign get the digits to use.
            String raw = ex.getValue();
            String v = Cli.oneLine(raw);
            if (raw.strip().matches("-?[0-9]+")) {
                return name(arg) + ": the number '" + v + "' is too large" + help;
            }
            boolean digits = v.startsWith("+") || v.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'));
            return name(arg) + ": must be a whole number" + (digits ? " in the digits 0-9" : "") + ", found '" + v + "'"
                    + help;
        }
        String m = Cli.oneLine(ex.getMessage());
        // "hep help nosuch": picocli's "Unknown subcommand 'nosuch'." in the words "hep nosuch" gets.
        if (m.matches("Unknown subcommand '.*'\\.")) {
            m = "unknown command" + m.substring("Unknown subcommand".length(), m.length() - 1);
        }
        return (m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1)) + help;
    }

    private static boolean wholeNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class;
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    /**
     * The message for a first word that is no command when help is asked for too ("hep render
     * --help"), or null: without help picocli reports it itself.
     */
    static String unknownCommand(picocli.CommandLine root, String[] args) {
        String first = null;
        boolean help = false;
        for (String a : args) {
            help |= a.equals("-h") || a.equals("--help");
            if (first == null && !a.startsWith("-")) {
                first = a;
            }
        }
        return help && first != null && !root.getSubcommands().containsKey(first)
                ? unmatched(root.getCommandSpec(), first) : null;
    }

    private static String unmatched(CommandSpec spec, String word) {
        if (word.startsWith("-")) {
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            List<String> names = new ArrayList<>();
            for (OptionSpec o : spec.options()) {
                names.addAll(List.of(o.names()));
            }
            return "unknown option '" + name + "'" + best(name, names);
        }
        if (spec.parent() == null) {
            return "unknown command '" + word + "'" + best(word, spec.subcommands().keySet());
        }
        return "unexpected argument '" + word + "'";
    }

    /** The one closest name: a typo has one intended word, and Caps Lock ('-O') one obvious one. */
    private static String best(String word, java.util.Collection<String> names) {
        for (String n : names) {
            if (n.equalsIgnoreCase(word)) {
                return " (did you mean '" + n + "'?)";
            }
        }
        List<String> close = Suggest.closest(word, names);
        return close.isEmpty() ? "" : " (did you mean '" + close.get(0) + "'?)";
    }

    /** "--format: must be text, markdown, json or csv, found 'yaml'", like hep's own value checks. */
    private static String badWord(ArgSpec arg, String value) {
        List<String> words = new ArrayList<>();
        for (Object c : arg.type().getEnumConstants()) {
            words.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        String what = arg instanceof OptionSpec o ? o.longestName()
                : arg.command().qualifiedName().replaceFirst("^hep ", "");
        // Every value is listed already; a hint only helps when one of them is clearly meant.
        List<String> close = Suggest.closest(value.strip().toLowerCase(Locale.ROOT), words);
        return what + ": must be " + or(words) + ", found '" + Cli.oneLine(value) + "'"
                + (close.size() == 1 ? " (did you mean '" + close.get(0) + "'?)" : "");
    }

    private static String or(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    static CommandLine.IParameterExceptionHandler handler(java.io.PrintWriter err) {
        return (ex, args) -> {
            err.println("hep: " + of(ex));
            return Cli.USAGE;
        };
    }
}
