package org.hep.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash/zsh completion script for hep.",
        footer = {"", "Examples:",
            "  source <(hep completion)                  # this shell only",
            "  hep completion > /etc/bash_completion.d/hep",
            "  (zsh: run 'autoload -U +X bashcompinit && bashcompinit' first)"})
public final class CompletionCommand implements Callable<Integer> {
    @ParentCommand
    HepCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // picocli's generator, as in AutoComplete.GenerateCompletion, under a shorter name.
        String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
        byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
        parent.streams.out().write(bytes, 0, bytes.length);
        parent.streams.out().flush();
        return 0;
    }
}
