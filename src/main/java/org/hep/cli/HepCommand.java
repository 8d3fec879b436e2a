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
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("generate", GenerateCommand::new);
        SUBCOMMANDS.put("summary", SummaryCommand::new);
        SUBCOMMANDS.put("list", ListCommand::new);
        SUBCOMMANDS.put("show", ShowCommand::new);
        SUBCOMMANDS.put("validate", ValidateCommand::new);
        SUBCOMMANDS.put("batch", BatchCommand::new);
        SUBCOMMANDS.put("figures", FiguresCommand::new);
        SUBCOMMANDS.put("config", ConfigCommand::new);
        SUBCOMMANDS.put("completion", CompletionCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
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
        boolean needsAll = first == null ? !versionOnly(args) : !SUBCOMMANDS.containsKey(first)
                || first.equals("help") || first.equals("completion");
        for (Map.Entry<String, Supplier<Object>> e : SUBCOMMANDS.entrySet()) {
            if (needsAll || e.getKey().equals(first)) {
                root.addSubcommand(e.getKey(), e.getValue().get());
            }
        }
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
                "missing command: generate, summary, list, show, validate or batch");
    }
}
