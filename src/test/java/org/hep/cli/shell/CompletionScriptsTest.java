package org.hep.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hep.app.PlanRef;
import org.hep.cli.HepCommand;
import org.hep.cli.Streams;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scripts of 'hep completion bash|zsh|fish', loaded into the real shells and asked what
 * they offer after a partly typed command line, in a folder holding plan.yaml, notes.txt and sub/.
 * "FILES" in an expectation stands for the file and folder names that start with the word
 * being typed, "DIRS" for the folders only.
 */
class CompletionScriptsTest {
    @TempDir
    Path root;

    /** The folder the shell runs in; the scripts are kept beside it, out of its listing. */
    private Path dir;

    @BeforeEach
    void files() throws IOException {
        dir = Files.createDirectories(root.resolve("work"));
        Files.writeString(dir.resolve("plan.yaml"), "title: x\n");
        Files.writeString(dir.resolve("notes.txt"), "x\n");
        Files.createDirectories(dir.resolve("sub"));
    }

    static Stream<Arguments> cases() {
        String plansPl = String.join(" ", PlanRef.builtInIds().stream().filter(id -> id.startsWith("pl")).toList());
        return Stream.of(
                Arguments.of("hep ", String.join(" ", HepCommand.commandLine(
                        new Streams(System.in, System.out, System.err), new String[0]).getSubcommands().keySet())),
                Arguments.of("hep gen", "generate"),
                Arguments.of("hep generate --pat", "--patient"),
                Arguments.of("hep generate --sides ", "each alternating left right"),
                Arguments.of("hep generate --sides=al", "alternating"),
                Arguments.of("hep generate --page-size ", "letter a4"),
                Arguments.of("hep summary x --format ", "text markdown json csv"),
                Arguments.of("hep list --format ", "text json csv"),
                Arguments.of("hep generate --template ", "compact large-print standard FILES"),
                Arguments.of("hep generate --template l", "large-print"),
                Arguments.of("hep generate pl", plansPl + " FILES"),
                Arguments.of("hep generate knee", "knee-osteoarthritis"),
                Arguments.of("hep generate plan.yaml ", ""),
                Arguments.of("hep generate plan.yaml --patient ", ""),
                Arguments.of("hep generate plan.yaml -o ", "FILES"),
                Arguments.of("hep generate x --only squ", "squat"),
                Arguments.of("hep show clam", "clamshell"),
                Arguments.of("hep validate plan.yaml s", "FILES"),
                Arguments.of("hep batch --out-dir ", "DIRS"),
                Arguments.of("hep batch ", "FILES"),
                Arguments.of("hep batch m.csv --report ", "FILES"),
                Arguments.of("hep figures --sheet ", "FILES"),
                Arguments.of("hep list ", "plans exercises templates"),
                Arguments.of("hep completion ", "bash zsh fish"),
                Arguments.of("hep help gen", "generate"));
    }

    @ParameterizedTest(name = "bash: [{0}]")
    @MethodSource("cases")
    void bash(String line, String expected) throws IOException {
        Shells.require("bash");
        Path script = script("bash");
        String driver = "source " + script + "\n"
                + "line=$1; line=${line//=/ = }\n"
                + "read -ra COMP_WORDS <<< \"$line\"\n"
                + "[[ $1 == *' ' || $1 == *= ]] && COMP_WORDS+=('')\n"
                + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "_hep\n"
                + "(( ${#COMPREPLY[@]} )) && printf '%s\\n' \"${COMPREPLY[@]}\"\n"
                + "exit 0\n";
        Shells.Result r = Shells.run(dir, List.of("bash", "--norc", "-c", driver, "bash", line));
        assertEquals("", r.err());
        assertEquals(expected(line, expected), words(r.out()));
    }

    @ParameterizedTest(name = "zsh: [{0}]")
    @MethodSource("cases")
    void zsh(String line, String expected) throws IOException {
        Shells.require("zsh");
        Path script = script("zsh");
        // The completion system's builtins only work inside a completion widget, so they are
        // stood in for by functions that print what they were given (zsh prefers functions).
        String driver = "compdef() { }\n"
                + "compset() { }\n"
                + "compadd() { [[ $1 == -- ]] && shift; print -rl -- \"$@\" }\n"
                + "_files() { [[ $1 == -/ ]] && print -r -- DIRS || print -r -- FILES }\n"
                + "_describe() { local -a items; items=(\"${(@P)4}\"); print -rl -- \"${items[@]%%:*}\" }\n"
                + "source " + script + "\n"
                + "words=(${(s: :)1}); [[ $1 == *' ' ]] && words+=('')\n"
                + "CURRENT=${#words}\n"
                + "_hep\n"
                + "exit 0\n";
        Shells.Result r = Shells.run(dir, List.of("zsh", "-f", "-c", driver, "zsh", line));
        assertEquals("", r.err());
        // zsh's compadd keeps the candidates that match what is typed; the stand-in does not.
        String typed = typed(line);
        Set<String> offered = new TreeSet<>();
        for (String w : words(r.out())) {
            if (w.equals("FILES") || w.equals("DIRS")) {
                offered.addAll(paths(typed, w.equals("DIRS")));
            } else if (w.startsWith(typed)) {
                offered.add(w);
            }
        }
        assertEquals(expected(line, expected), offered);
    }

    @ParameterizedTest(name = "fish: [{0}]")
    @MethodSource("cases")
    void fish(String line, String expected) throws IOException {
        Shells.require("fish");
        Path script = script("fish");
        Shells.Result r = Shells.run(dir, List.of("fish", "--no-config", "-c",
                "source " + script + "; complete -C $argv[1]", line));
        assertEquals("", r.err());
        Set<String> offered = new TreeSet<>();
        for (String w : words(r.out())) {
            String word = w.contains("\t") ? w.substring(0, w.indexOf('\t')) : w;
            word = word.endsWith("/") ? word.substring(0, word.length() - 1) : word;
            offered.add(word.startsWith("--") && word.contains("=") ? word.substring(word.indexOf('=') + 1) : word);
        }
        assertEquals(expected(line, expected), offered);
    }

    private Path script(String shell) throws IOException {
        CliRun run = Hep.run("completion", shell);
        assertEquals(0, run.exit(), run.err());
        return Files.write(root.resolve("hep." + shell), run.out());
    }

    /** The word being completed: after the last space, and after '=' in --option=value. */
    private static String typed(String line) {
        String last = line.substring(line.lastIndexOf(' ') + 1);
        return last.startsWith("-") && last.contains("=") ? last.substring(last.indexOf('=') + 1) : last;
    }

    private Set<String> expected(String line, String expected) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String w : expected.split(" ")) {
            if (w.equals("FILES") || w.equals("DIRS")) {
                out.addAll(paths(typed(line), w.equals("DIRS")));
            } else if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Visible names in the folder that start with {@code prefix}; a folder is written "sub/" by fish. */
    private List<String> paths(String prefix, boolean dirsOnly) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !dirsOnly || Files.isDirectory(p))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix))
                    .forEach(names::add);
        }
        return names;
    }

    /** Output lines, with a folder's trailing '/' dropped (fish adds it, bash's compgen does not). */
    private static Set<String> words(String out) {
        Set<String> words = new TreeSet<>();
        out.lines().filter(l -> !l.isBlank()).map(l -> l.endsWith("/") ? l.substring(0, l.length() - 1) : l)
                .forEach(words::add);
        return words;
    }
}
