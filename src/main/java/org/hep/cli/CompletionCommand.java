package org.hep.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.hep.cli.shell.BashScript;
import org.hep.cli.shell.CompletionModel;
import org.hep.cli.shell.FishScript;
import org.hep.cli.shell.ZshScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a completion script for bash, zsh or fish.",
        footer = {"", "Examples:",
            "  source <(hep completion bash)       # bash, this shell only",
            "  hep completion bash > ~/.local/share/bash-completion/completions/hep",
            "  hep completion zsh > ~/.zfunc/_hep  # with fpath+=(~/.zfunc) before compinit",
            "  hep completion fish > ~/.config/fish/completions/hep.fish"})
public final class CompletionCommand implements Callable<Integer> {
    enum Shell { BASH, ZSH, FISH }

    @ParentCommand
    HepCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "bash|zsh|fish", defaultValue = "bash",
            description = "The shell (default: ${DEFAULT-VALUE}).")
    Shell shell;

    @Override
    public Integer call() {
        CompletionModel model = CompletionModel.of(spec.root().commandLine());
        String script = switch (shell) {
            case BASH -> BashScript.of(model);
            case ZSH -> ZshScript.of(model);
            case FISH -> FishScript.of(model);
        };
        byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
        parent.streams.out().write(bytes, 0, bytes.length);
        parent.streams.out().flush();
        return 0;
    }
}
