package org.hep.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print every effective setting and where it came from.",
        footer = {"",
            "Settings come from, lowest first: built-in defaults, the user's config",
            "($XDG_CONFIG_HOME/hep/config.yaml, else ~/.config/hep/config.yaml), hep.yaml in",
            "the current folder or the nearest parent, then HEP_LIBRARY, HEP_TEMPLATES,",
            "HEP_TEMPLATE, HEP_PAGE_SIZE and HEP_LANGUAGE; a command's options win over all.",
            "", "Examples:",
            "  hep config",
            "  HEP_PAGE_SIZE=a4 hep config"})
public final class ConfigCommand implements Callable<Integer> {
    @ParentCommand
    HepCommand parent;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        List<List<String>> rows = parent.settings().rows();
        int w0 = rows.stream().mapToInt(r -> r.get(0).length()).max().orElse(0);
        int w1 = Math.min(48, rows.stream().mapToInt(r -> r.get(1).length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        for (List<String> r : rows) {
            String value = Cli.oneLine(r.get(1));
            out.append(pad(r.get(0), w0)).append("  ").append(pad(value, w1)).append("  ")
                    .append(Cli.oneLine(r.get(2))).append('\n');
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        parent.streams.out().write(bytes, 0, bytes.length);
        parent.streams.out().flush();
        return 0;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
