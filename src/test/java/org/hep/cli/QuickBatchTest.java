package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code hep batch} read without picocli sets exactly what picocli sets, and leaves to picocli
 * every argument list it does not read the same way.
 */
class QuickBatchTest {
    private static final Streams STREAMS = new Streams(new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));

    static Stream<String> readQuickly() {
        return Stream.of(
                "batch tonight.csv",
                "batch - --jobs 2 --fail-fast",
                "batch tonight.csv --out-dir handouts --jobs 1",
                "batch m.csv --out-dir=out --jobs=12 --no-clobber --strict --raw-csv --debug",
                "batch m.csv --report r.json --shard 3/8 --library lib --library=other/lib",
                "batch --jobs 64 m.csv",
                "batch m.csv --out-dir -");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readQuickly")
    void setsWhatPicocliSets(String line) throws Exception {
        String[] args = line.split(" ");
        BatchCommand quick = QuickBatch.parse(args, new HepCommand(STREAMS));
        assertNotNull(quick, "read without picocli");
        assertEquals(QuickGenerateTest.values(picocli(args)), QuickGenerateTest.values(quick));
    }

    static Stream<String> leftToPicocli() {
        return Stream.of(
                "batch",
                "batch --help",
                "batch m.csv -h",
                "batch m.csv --version",
                "--debug batch m.csv",
                "batch m.csv other.csv",
                "batch m.csv --jobs 1 --jobs 2",
                "batch m.csv --out-dir a --out-dir b",
                "batch m.csv --jobs -3",
                "batch m.csv --jobs 0",
                "batch m.csv --jobs 010",
                "batch m.csv --jobs +2",
                "batch m.csv --jobs 2x",
                "batch m.csv --jobs 9999999999",
                "batch m.csv --jobs",
                "batch m.csv --strict --strict",
                "batch m.csv --strict=true",
                "batch m.csv --unknown x",
                "batch m.csv -o out",
                "batch m.csv -- x",
                "batch @args.txt",
                "batch m.csv --report @r.csv",
                "batch m.csv --shard=",
                "generate hip");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leftToPicocli")
    void leavesTheRestToPicocli(String line) {
        assertNull(QuickBatch.parse(line.split(" "), new HepCommand(STREAMS)));
    }

    @Test
    void knowsEveryOptionOfBatchAndNoOther() {
        CommandLine batch = HepCommand.commandLine(STREAMS, new String[] {"batch"}).getSubcommands().get("batch");
        Set<String> model = new HashSet<>();
        for (OptionSpec o : batch.getCommandSpec().options()) {
            if (!o.usageHelp() && !o.versionHelp()) {
                model.addAll(Arrays.asList(o.names()));
            }
        }
        Set<String> quick = new HashSet<>(QuickBatch.FLAGS);
        quick.addAll(QuickBatch.VALUED);
        assertEquals(new TreeSet<>(model), new TreeSet<>(quick));
        for (String name : QuickBatch.VALUED) {
            OptionSpec o = batch.getCommandSpec().findOption(name);
            assertEquals(o.isMultiValue(), QuickBatch.REPEATABLE.contains(o.longestName()), name);
        }
        for (String name : QuickBatch.FLAGS) {
            assertEquals(0, batch.getCommandSpec().findOption(name).arity().max(), name);
        }
    }

    private static BatchCommand picocli(String[] args) {
        CommandLine root = HepCommand.commandLine(STREAMS, args);
        root.registerConverter(java.nio.file.Path.class, FileNameArgument::path);
        CommandLine.ParseResult parsed = root.parseArgs(args);
        return (BatchCommand) parsed.subcommand().commandSpec().userObject();
    }
}
