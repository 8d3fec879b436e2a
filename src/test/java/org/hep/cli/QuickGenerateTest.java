package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code hep generate} read without picocli sets exactly what picocli sets, and leaves to
 * picocli every argument list it does not read the same way.
 */
class QuickGenerateTest {
    private static final Streams STREAMS = new Streams(new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));

    static Stream<String> readQuickly() {
        return Stream.of(
                "generate it-band-syndrome",
                "generate it-band-syndrome --date 2026-01-15 -o out.pdf",
                "generate - -o -",
                "generate plan.yaml --output=handout.html --format html --no-clobber --debug",
                "generate neck-pain --language fr --patient Léa --therapist Sam --notes Gently --next-visit Tuesday",
                "generate knee-osteoarthritis --dose quad-set:hold=10 --dose squat:sets=2,reps=8 --template large-print",
                "generate hip --sets 2 --reps 10-15 --sides each --hold 30s --rest 1 --page-size a4",
                "generate hip --only a,b --only c --exclude d --library lib --library=other/lib",
                "generate hip --only a,,b --exclude ,",
                "generate --patient=Ana hip --template=compact");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readQuickly")
    void setsWhatPicocliSets(String line) throws Exception {
        String[] args = line.split(" ");
        GenerateCommand quick = QuickGenerate.parse(args, new HepCommand(STREAMS));
        assertNotNull(quick, "read without picocli");
        assertEquals(values(picocli(args)), values(quick));
    }

    static Stream<String> leftToPicocli() {
        return Stream.of(
                "generate",
                "generate --help",
                "generate hip -h",
                "generate hip --version",
                "--debug generate hip",
                "generate hip other",
                "generate hip --patient Ana --patient Bo",
                "generate hip -o a.pdf --output b.pdf",
                "generate hip --sets -3",
                "generate hip --sets",
                "generate hip --no-clobber --no-clobber",
                "generate hip --no-clobber=true",
                "generate hip --unknown x",
                "generate hip -oout.pdf",
                "generate hip -- x",
                "generate @args.txt",
                "generate hip --patient @name.txt",
                "generate hip --only \"a,b\"",
                "generate hip --patient=",
                "summary hip");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leftToPicocli")
    void leavesTheRestToPicocli(String line) {
        assertNull(QuickGenerate.parse(line.split(" "), new HepCommand(STREAMS)));
    }

    @Test
    void knowsEveryOptionOfGenerateAndNoOther() {
        CommandLine generate = HepCommand.commandLine(STREAMS, new String[] {"generate"}).getSubcommands()
                .get("generate");
        Set<String> model = new HashSet<>();
        for (OptionSpec o : generate.getCommandSpec().options()) {
            if (!o.usageHelp() && !o.versionHelp()) {
                model.addAll(Arrays.asList(o.names()));
            }
        }
        Set<String> quick = new HashSet<>(QuickGenerate.FLAGS);
        quick.addAll(QuickGenerate.VALUED);
        assertEquals(new java.util.TreeSet<>(model), new java.util.TreeSet<>(quick));
        for (String name : QuickGenerate.VALUED) {
            OptionSpec o = generate.getCommandSpec().findOption(name);
            assertEquals(o.isMultiValue(), QuickGenerate.REPEATABLE.contains(o.longestName()), name);
        }
    }

    private static GenerateCommand picocli(String[] args) {
        CommandLine root = HepCommand.commandLine(STREAMS, args);
        CommandLine.ParseResult parsed = root.parseArgs(args);
        return (GenerateCommand) parsed.subcommand().commandSpec().userObject();
    }

    /** Every option field of the command and its mixins, by name; links to other commands left out. */
    static TreeMap<String, String> values(Object c) throws IllegalAccessException {
        TreeMap<String, String> all = new TreeMap<>();
        collect("", c, all, new ArrayList<>());
        return all;
    }

    private static void collect(String prefix, Object o, TreeMap<String, String> into, List<Object> seen)
            throws IllegalAccessException {
        seen.add(o);
        for (Field f : o.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object v = f.get(o);
            Class<?> t = f.getType();
            if (t == HepCommand.class || t == CommandLine.Model.CommandSpec.class) {
                continue;
            }
            if (v != null && t.getPackageName().equals("org.hep.cli") && !seen.contains(v)) {
                collect(prefix + f.getName() + ".", v, into, seen);
            } else {
                into.put(prefix + f.getName(), String.valueOf(v));
            }
        }
    }
}
