package org.hep.cli.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hep.app.PlanRef;
import org.hep.load.FileNames;
import org.hep.load.BuiltIns;
import org.hep.load.TemplateLoader;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What a shell may offer after each word of a {@code hep} command line, read from the picocli
 * model so the completion scripts never fall behind the options. Values come from the
 * parameter labels: {@code text|json|csv} lists its words, {@code FILE} and {@code PLAN}
 * want paths, {@code PLAN} and {@code EXERCISE_ID} the built-in ids.
 */
public record CompletionModel(List<Command> commands) {

    /** What a value may be: fixed words, and whether file or folder names fit too. */
    public record Values(List<String> words, boolean files, boolean dirs) {
        static final Values NONE = new Values(List.of(), false, false);

        public boolean any() {
            return !words.isEmpty() || files || dirs;
        }
    }

    /** An option; {@code values} is null for a flag that takes no value. */
    public record Option(List<String> names, String description, Values values) {
        public boolean takesValue() {
            return values != null;
        }
    }

    /**
     * A command ("" is {@code hep} itself) with its options and what its operands may be.
     *
     * @param manyOperands true when it takes more than one operand ({@code validate PATH…})
     */
    public record Command(String name, String description, List<Option> options, Values operands,
                          boolean manyOperands) {
    }

    public static CompletionModel of(CommandLine root) {
        List<Command> commands = new ArrayList<>();
        commands.add(command("", root.getCommandSpec()));
        root.getSubcommands().forEach((name, sub) -> commands.add(command(name, sub.getCommandSpec())));
        return new CompletionModel(commands);
    }

    /** The subcommands, without {@code hep} itself. */
    public List<Command> subcommands() {
        return commands.subList(1, commands.size());
    }

    public Command root() {
        return commands.get(0);
    }

    /**
     * The arms of a shell {@code case "$command $option"} that offer each option's values, one
     * per option that has any: {@code 'generate --format'|'generate -f') <offer>;;}. Bash and
     * zsh share the case syntax and differ only in how they offer words, which {@code offer} says.
     */
    public String valueArms(Function<Values, String> offer) {
        StringBuilder s = new StringBuilder();
        for (Command c : commands) {
            for (Option o : c.options()) {
                if (o.takesValue() && o.values().any()) {
                    s.append("    ").append(o.names().stream().map(n -> "'" + c.name() + " " + n + "'")
                            .collect(Collectors.joining("|"))).append(") ").append(offer.apply(o.values())).append(";;\n");
                }
            }
        }
        return s.toString();
    }

    private static Command command(String name, CommandSpec spec) {
        List<Option> options = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            options.add(new Option(List.of(o.names()), firstLine(o.description()),
                    o.arity().max() > 0 ? values(o) : null));
        }
        options.sort(java.util.Comparator.comparing(o -> o.names().get(o.names().size() - 1)));
        Values operands = Values.NONE;
        boolean many = false;
        if (name.equals("help")) {
            operands = new Values(List.copyOf(spec.root().subcommands().keySet()), false, false);
        } else {
            for (PositionalParamSpec p : spec.positionalParameters()) {
                operands = merge(operands, values(p));
                many |= p.arity().max() > 1;
            }
        }
        return new Command(name, firstLine(spec.usageMessage().description()), options, operands, many);
    }

    /** Values by the parameter's label, e.g. {@code letter|a4}, {@code FILE|-} or {@code PLAN}. */
    static Values values(ArgSpec arg) {
        String label = arg.paramLabel().replaceAll("[\\[\\]<>.]", "");
        if (label.matches("[a-z0-9-]+(\\|[a-z0-9-]+)+")) {
            return new Values(List.of(label.split("\\|")), false, false);
        }
        if (label.startsWith("FILE")) {
            return new Values(List.of(), true, false); // FILE, FILE|-, FILE.pdf, FILE.csv|FILE.json (dots gone above)
        }
        return switch (label) {
            case "MANIFEST", "PATH" -> new Values(List.of(), true, false);
            case "DIR" -> new Values(List.of(), false, true);
            case "PLAN" -> new Values(PlanRef.builtInIds(), true, false);
            case "NAME|FILE" -> new Values(TemplateLoader.builtInNames(), true, false);
            case "EXERCISE_ID", "ID", "ID,ID", "ID:KEY=VALUE[,KEY=VALUE]" -> new Values(exerciseIds(), false, false);
            default -> Values.NONE;
        };
    }

    private static List<String> exerciseIds() {
        return BuiltIns.list("plans/exercises").stream().map(FileNames::stem).toList();
    }

    private static Values merge(Values a, Values b) {
        List<String> words = new ArrayList<>(a.words());
        b.words().stream().filter(w -> !words.contains(w)).forEach(words::add);
        return new Values(words, a.files() || b.files(), a.dirs() || b.dirs());
    }

    /** The first line of a description, without "(default: …)", for a shell's one-line hint. */
    private static String firstLine(String[] description) {
        if (description == null || description.length == 0) {
            return "";
        }
        return description[0].replaceAll("\\s*\\(default:[^)]*\\)", "").replaceAll("\\s+", " ").strip();
    }
}
