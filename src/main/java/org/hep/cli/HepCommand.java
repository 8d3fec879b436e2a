package org.hep.cli;

import picocli.CommandLine.Command;

/** The {@code hep} command: subcommands only. */
@Command(name = "hep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Printable home-exercise handouts from YAML plans.",
        subcommands = {GenerateCommand.class, SummaryCommand.class, ListCommand.class, ShowCommand.class,
            ValidateCommand.class, BatchCommand.class, CompletionCommand.class, picocli.CommandLine.HelpCommand.class})
public final class HepCommand implements Runnable {
    final Streams streams;

    public HepCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "missing command: generate, summary, list, show, validate or batch");
    }
}
