package org.hep.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code hep} command: subcommands only. */
@Command(name = "hep",
        versionProvider = VersionProvider.class,
        description = "Printable home-exercise handouts from YAML plans.")
public final class HepCommand implements Runnable {
    /**
     * Subcommands in help order. picocli reflects over every registered command before it
     * parses, so a run registers only the one it needs (all of them for help and completion).
     * In a class of its own, so a handout read without picocli ({@link QuickGenerate}) does not
     * build it.
     */
    private static final class Subcommands {
        static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

        static {
            ALL.put("generate", GenerateCommand::new);
            ALL.put("summary", SummaryCommand::new);
            ALL.put("list", ListCommand::new);
            ALL.put("show", ShowCommand::new);
            ALL.put("validate", ValidateCommand::new);
            ALL.put("batch", BatchCommand::new);
            ALL.put("figures", FiguresCommand::new);
            ALL.put("config", ConfigCommand::new);
            ALL.put("completion", CompletionCommand::new);
            ALL.put("help", CommandLine.HelpCommand::new);
        }
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-V", "-v", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean version;

    final Streams streams;
    private final Environment environment;
    private Settings settings;

    public HepCommand(Streams streams) {
        this(streams, Environment.system());
    }

    public HepCommand(Streams streams, Environment environment) {
        this.streams = streams;
        this.environment = environment;
    }

    /** Read on first use, so 'hep --help' works whatever the config files say. */
    Settings settings() {
        if (settings == null) {
            settings = Settings.load(environment);
            settings.notes().forEach(streams.err()::println);
        }
        return settings;
    }

    /** The command object at the root of {@code spec}'s tree, for the mixins that need settings. */
    static HepCommand of(picocli.CommandLine.Model.CommandSpec spec) {
        return (HepCommand) spec.root().userObject();
    }

    /** The command line for {@code args}: just the subcommand it names, or every one. */
    public static CommandLine commandLine(Streams streams, String[] args) {
        return commandLine(streams, Environment.system(), args);
    }

    public static CommandLine commandLine(Streams streams, Environment environment, String[] args) {
        CommandLine root = new CommandLine(new HepCommand(streams, environment));
        String first = null;
        for (String a : args) {
            if (!a.startsWith("-")) {
                first = a;
                break;
            }
        }
        boolean needsAll = first == null ? !versionOnly(args) : !Subcommands.ALL.containsKey(first)
                || first.equals("help") || first.equals("completion");
        for (Map.Entry<String, Supplier<Object>> e : Subcommands.ALL.entrySet()) {
            if (needsAll || e.getKey().equals(first)) {
                root.addSubcommand(e.getKey(), e.getValue().get());
                // "hep summary -V" prints hep's version as "hep -V" does (each command's -V printed nothing, exit 0).
                root.getSubcommands().get(e.getKey()).getCommandSpec().versionProvider(new VersionProvider());
            }
        }
        // An argument is what it says: a note "@home" or a patient "@Ann" from a clinic system is
        // text, never the contents of a file of that name (picocli's @file expansion).
        root.setExpandAtFiles(false);
        return root;
    }

    /** {@code hep -v}: the version needs no subcommand's model. */
    private static boolean versionOnly(String[] args) {
        return args.length > 0 && java.util.Arrays.stream(args)
                .allMatch(a -> a.equals("-v") || a.equals("-V") || a.equals("--version") || a.equals("--debug"));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this),
                "missing command: " + String.join(", ", Subcommands.ALL.keySet().stream()
                        .filter(c -> !c.equals("help") && !c.equals("completion")).toList()) + " or completion");
    }
}
