package org.hep.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hep.cli.HepCommand;
import org.hep.cli.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The man pages the build makes, rendered by man(1) itself: one per command, every option in it. */
class ManPagesTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandHasAPageThatManRendersWithoutWarnings() throws IOException {
        Shells.require("man");
        List<Path> pages = ManPages.write(dir, "9.9.9");
        CommandLine root = HepCommand.commandLine(new Streams(System.in, System.out, System.err), new String[0]);
        List<String> expected = new ArrayList<>(List.of("hep.1"));
        root.getSubcommands().keySet().forEach(c -> expected.add("hep-" + c + ".1"));
        assertEquals(expected, pages.stream().map(p -> p.getFileName().toString()).toList());

        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            Shells.Result r = render(dir.resolve("hep-" + e.getKey() + ".1"));
            assertEquals("", r.err(), e.getKey());
            assertEquals(0, r.exit());
            String text = r.out();
            assertTrue(text.contains("hep-" + e.getKey() + " - "), text);
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                for (String name : o.names()) {
                    assertTrue(text.contains(name), e.getKey() + " page lacks " + name);
                }
            }
        }
        String generate = render(dir.resolve("hep-generate.1")).out();
        assertTrue(generate.contains("EXAMPLES"), generate);
        assertTrue(generate.contains("hep generate it-band-syndrome --patient \"Ana Lopez\" --sets 2"), generate);
        String hep = render(dir.resolve("hep.1")).out();
        assertTrue(hep.contains("hep 9.9.9"), hep);
        assertTrue(hep.contains("EXIT STATUS"), hep);
        assertTrue(hep.contains("hep-batch(1)"), hep);
    }

    /** Plain text, as wide as a terminal; groff's warnings (bad escapes, unknown macros) go to stderr. */
    private Shells.Result render(Path page) {
        return Shells.run(dir, List.of("env", "-u", "MAN_KEEP_FORMATTING", "MANWIDTH=200", "LC_ALL=C.UTF-8",
                "man", "--warnings", "-E", "UTF-8", "-l", page.toString()));
    }
}
