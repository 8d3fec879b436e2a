package org.hep.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug} on every command, for help and completion. {@link Cli} reads it straight
 * from the arguments, because it must apply before picocli has parsed anything.
 */
public final class DebugOption {
    @Option(names = "--debug", description = "Show stack traces for errors.")
    boolean debug;
}
