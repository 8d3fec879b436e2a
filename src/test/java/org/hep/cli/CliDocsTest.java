package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** docs/cli.md is written by hand; this keeps it from falling behind the code. */
class CliDocsTest {
    @Test
    void everyOptionOfEveryCommandIsInTheReference() throws Exception {
        String doc = Files.readString(Path.of("docs/cli.md"));
        CommandLine root = HepCommand.commandLine(new Streams(System.in, System.out, System.err), new String[0]);
        List<String> missing = new ArrayList<>();
        for (CommandLine cmd : commands(root)) {
            CommandSpec spec = cmd.getCommandSpec();
            if (!doc.contains("## " + spec.qualifiedName() + "\n")) {
                missing.add("section '## " + spec.qualifiedName() + "'");
            }
            for (OptionSpec option : spec.options()) {
                for (String name : option.names()) {
                    if (!doc.contains(name + (option.arity().max() > 0 ? "=" : ""))) {
                        missing.add(spec.qualifiedName() + " " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "add these to docs/cli.md (paste the command's --help)");
    }

    @Test
    void completionScriptsKnowEveryCommand() {
        for (String shell : List.of("bash", "zsh", "fish")) {
            CliRun r = Hep.run("completion", shell);
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.stdout().startsWith("# " + shell + " completion for hep") || r.stdout().startsWith("#compdef hep"),
                    r.stdout());
            for (String c : List.of("generate", "summary", "list", "show", "validate", "batch", "completion")) {
                assertTrue(r.stdout().contains(c), shell + ": " + c);
            }
            assertTrue(r.stdout().contains("fail-fast"), shell);
        }
        assertEquals(Hep.run("completion", "bash").stdout(), Hep.run("completion").stdout(), "bash is the default");
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        for (CommandLine sub : root.getSubcommands().values()) {
            if (!sub.getCommandName().equals("help")) {
                all.addAll(commands(sub));
            }
        }
        return all;
    }
}
