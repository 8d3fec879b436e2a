package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bad option value gets one line and the right exit code: 2 for a usage mistake, 1 for an
 * unknown plan, 3 when a file cannot be read or written. Nothing is written in any case.
 */
class BadOptionsTest {
    private static final String PLAN = "src/test/resources/bad/support/ok-plan.yaml";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        --sets 0                  | 2 | hep: --sets: 'sets' must be a whole number from 1 to 20, found 0
        --sets -3                 | 2 | hep: --sets: 'sets' must be a whole number from 1 to 20, found -3
        --sets 99999999999        | 2 | hep: --sets: 'sets' must be a whole number from 1 to 20, found '99999999999'
        --sets three              | 2 | hep: --sets: 'sets' must be a whole number from 1 to 20, found 'three'
        --reps 0                  | 2 | hep: --reps: 'reps' must be a whole number from 1 to 1000 or a range like "10-20", found 0
        --reps 1001               | 2 | hep: --reps: 'reps' must be a whole number from 1 to 1000 or a range like "10-20", found 1001
        --reps 20-10              | 2 | hep: --reps: 'reps' range 20-10 is reversed; write the smaller number first ("10-20")
        --reps -5                 | 2 | hep: --reps: 'reps' must be a whole number from 1 to 1000 or a range like "10-20", found -5
        --hold 0                  | 2 | hep: --hold: 'hold' must be seconds (1 to 3600) or a duration like "30s" or "2 min", found '0'
        --hold -5                 | 2 | hep: --hold: 'hold' must be seconds (1 to 3600) or a duration like "30s" or "2 min", found '-5'
        --hold 99999              | 2 | hep: --hold: 'hold' must be seconds (1 to 3600) or a duration like "30s" or "2 min", found '99999'
        --hold 61 min             | 2 | hep: --hold: 'hold' must be seconds (1 to 3600) or a duration like "30s" or "2 min", found '61 min'
        --rest forever            | 2 | hep: --rest: 'rest' must be seconds (0 to 3600) or a duration like "30s" or "2 min", found 'forever'
        --sides both              | 2 | hep: --sides: 'sides' must be each, alternating, left or right, found 'both'
        --sides eahc              | 2 | hep: --sides: 'sides' must be each, alternating, left or right, found 'eahc' (did you mean 'each'?)
        --dose calf-raise:sets=2  | 2 | hep: --dose: exercise 'calf-raise' is not in this plan; the plan has squat
        --dose squatt:sets=2      | 2 | hep: --dose: exercise 'squatt' is not in this plan (did you mean 'squat'?); the plan has squat
        --dose squat              | 2 | hep: --dose: expected ID:KEY=VALUE[,KEY=VALUE], found 'squat'
        --dose squat:             | 2 | hep: --dose: expected ID:KEY=VALUE[,KEY=VALUE], found 'squat:'
        --dose squat:sets         | 2 | hep: --dose squat: expected KEY=VALUE, found 'sets'
        --dose squat:sets=x       | 2 | hep: --dose squat: 'sets' must be a whole number from 1 to 20, found 'x'
        --dose squat:set=2        | 2 | hep: --dose squat: unknown dose key 'set' (did you mean 'sets'?)
        --dose squat:sets=2,,reps=5 | 2 | hep: --dose squat: expected KEY=VALUE, found ''
        --dose squat:sets=2,sets=3  | 2 | hep: --dose squat: 'sets' is given twice; give each dose key once
        --only lunge              | 2 | hep: --only: exercise 'lunge' is not in this plan; the plan has squat
        --exclude squat           | 2 | hep: --only/--exclude: leave no exercises to print
        --only ,                  | 2 | hep: --only: no exercise id in ','; give ids separated by commas, e.g. --only squat,bridge
        --exclude ,               | 2 | hep: --exclude: no exercise id in ','; give ids separated by commas, e.g. --exclude squat,bridge
        --only=                   | 2 | hep: --only: no exercise id in ''; give ids separated by commas, e.g. --only squat,bridge
        --page-size legal         | 2 | hep: --page-size: must be letter or a4, found 'legal'
        --template fancy          | 2 | hep: --template: unknown template 'fancy'; built-in templates are compact, large-print, standard
        --template standrd        | 2 | hep: --template: unknown template 'standrd' (did you mean 'standard'?); built-in templates are compact, large-print, standard
        --date 2026-13-01         | 2 | hep: --date: the month must be from 01 to 12, found '2026-13-01'
        --date 31/03/2026         | 2 | hep: --date: expected a date like 2026-03-31, found '31/03/2026'
        --date yesterday          | 2 | hep: --date: expected a date like 2026-03-31, found 'yesterday'
        --frobnicate              | 2 | hep: unknown option '--frobnicate' (see 'hep generate --help')
        -O x.pdf                  | 2 | hep: unknown option '-O' (did you mean '-o'?) (see 'hep generate --help')
        --Patient Ana             | 2 | hep: unknown option '--Patient' (did you mean '--patient'?) (see 'hep generate --help')
        --sets                    | 2 | hep: missing required parameter for option '--sets' (N) (see 'hep generate --help')
        --template /nonexistent/t.yaml | 3 | /nonexistent/t.yaml: cannot read: no such file or directory
        --template /dev/null      | 3 | /dev/null: cannot read: not a regular file
        --template src            | 2 | hep: --template: unknown template 'src'; built-in templates are compact, large-print, standard
        --library /nonexistent/lib | 3 | /nonexistent/lib: cannot read: not a folder
        """)
    void badOptionIsOneLineWithItsExitCode(String options, int exit, String line) throws IOException {
        List<String> args = new ArrayList<>(List.of("generate", PLAN, "-o", dir.resolve("out.pdf").toString()));
        args.addAll(splitOptions(options));
        CliRun run = Hep.run(args.toArray(String[]::new));
        assertEquals(List.of(line), run.errLines());
        assertEquals(exit, run.exit());
        assertEquals(0, run.out().length);
        assertNothingWritten();
    }

    /** Two values for one key, or a dose for an exercise left out: either would be dropped without a word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        summary  | --dose squat:sets=2 --dose squat:reps=5,sets=3 | hep: --dose squat: 'sets' is given twice; give each dose key once
        summary  | --exclude squat --dose squat:sets=2           | hep: --dose: exercise 'squat' is not in the handout (the exercises chosen leave it out); the handout has forward-lunge, side-lying-hip-abduction
        generate | --only squat --dose forward-lunge:sets=2      | hep: --dose: exercise 'forward-lunge' is not in the handout (the exercises chosen leave it out); the handout has squat
        """)
    void aDoseThatWouldBeDroppedIsAUsageError(String command, String options, String line) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, "it-band-syndrome", "-o",
                dir.resolve(command.equals("generate") ? "out.pdf" : "out.txt").toString()));
        args.addAll(List.of(options.split(" ")));
        CliRun run = Hep.run(args.toArray(String[]::new));
        assertEquals(List.of(line), run.errLines());
        assertEquals(2, run.exit());
        assertNothingWritten();
    }

    /** "--hold 61 min" is one option and one value with a space in it. */
    private static List<String> splitOptions(String options) {
        int space = options.indexOf(' ');
        return space < 0 ? List.of(options) : List.of(options.substring(0, space), options.substring(space + 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        under a plain file  | plan.yaml/out.pdf      | cannot write: not a directory
        an existing folder  | plan                   | cannot write: is a folder
        """)
    void unwritableOutputIsAnIoError(String why, String output, String reason) throws IOException {
        Files.writeString(dir.resolve("plan.yaml"), "title: Knee plan\nexercises:\n  - use: squat\n");
        Files.createDirectories(dir.resolve("plan"));
        Path target = dir.resolve(output);
        CliRun run = Hep.run("generate", PLAN, "-o", target.toString());
        assertEquals(List.of(target + ": " + reason), run.errLines());
        assertEquals(3, run.exit());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("plan"), dir.resolve("plan.yaml")), s.sorted().toList(), "no temp file is left");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        no-such-plan.yaml     | 3 | no-such-plan.yaml: cannot read: no such file or directory
        plans/missing.yaml    | 3 | plans/missing.yaml: cannot read: no such file or directory
        src                   | 3 | src: cannot read: is a folder, not a plan file
        /dev/zero             | 3 | /dev/zero: cannot read: not a regular file (to read a plan from a pipe, give - and pipe it in)
        it-band               | 1 | it-band: no such plan file or built-in plan (did you mean 'it-band-syndrome'?) (see 'hep list plans')
        frozen-shoulder       | 1 | frozen-shoulder: no such plan file or built-in plan (see 'hep list plans')
        """)
    void missingPlanIsAnIoErrorAndUnknownIdIsBadInput(String plan, int exit, String line) throws IOException {
        CliRun run = Hep.run("generate", plan, "-o", dir.resolve("out.pdf").toString());
        assertEquals(List.of(line), run.errLines());
        assertEquals(exit, run.exit());
        assertNothingWritten();
    }

    /** Output names a listing would hide or split, and values with stray spaces or other digits. */
    @Test
    void outputNamesAndValuesAreTakenAsAPersonMeansThem() throws IOException {
        CliRun newline = Hep.run("generate", "it-band-syndrome", "-o", dir.resolve("nl.pdf\nx").toString());
        assertEquals(List.of("hep: -o: the file name holds a control character U+000A; give a plain file name"),
                newline.errLines());
        assertEquals(2, newline.exit());
        CliRun hidden = Hep.run("generate", "it-band-syndrome", "-o", dir.resolve(".pdf").toString());
        assertEquals(List.of("hep: -o " + dir.resolve(".pdf") + ": needs a file name before its extension"),
                hidden.errLines());
        assertEquals(2, hidden.exit());
        assertNothingWritten();
        Path spaced = dir.resolve("spaced.pdf");
        assertEquals(0, Hep.run("generate", "it-band-syndrome", "--template", " standard ", "-o", spaced.toString())
                .exit());
        Files.delete(spaced);

        Path manifest = Files.writeString(dir.resolve("m.csv"), "plan\nit-band-syndrome\n");
        Path file = Files.writeString(dir.resolve("afile"), "");
        CliRun outDir = Hep.run("batch", manifest.toString(), "--out-dir", file.toString());
        assertEquals(List.of(file + ": cannot write: not a folder (--out-dir names a file)"), outDir.errLines());
        assertEquals(3, outDir.exit());
        CliRun shard = Hep.run("batch", manifest.toString(), "--shard", "\u0660/\u0662");
        assertEquals(List.of("hep: --shard: expected K/N with 0 <= K < N, e.g. 0/4, found '\u0660/\u0662'"),
                shard.errLines());
    }

    /** After {@code --}, "--debug" is a name like any other: one line, no stack trace. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        generate | 1 | --debug: no such plan file or built-in plan (see 'hep list plans')
        summary  | 1 | --debug: no such plan file or built-in plan (see 'hep list plans')
        validate | 3 | --debug: cannot read: no such file or directory
        """)
    void debugAfterTheEndOfOptionsIsAName(String command, int exit, String line) throws IOException {
        CliRun run = Hep.run(command, "--", "--debug");
        assertEquals(List.of(line), run.errLines());
        assertEquals(exit, run.exit());
        // Given as an option it still shows the trace.
        CliRun debug = Hep.run(command, "--debug", "--", "--debug");
        assertTrue(debug.err().contains("\tat org.hep."), debug.err());
    }

    /** PLAN and --template tell a file from a name by one rule: a separator or a YAML extension. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"knee.yml", "knee.yaml", "clinic/knee", "clinic\\knee"})
    void aReferenceThatLooksLikeAPathIsReadAsAFile(String ref) throws IOException {
        CliRun plan = Hep.run("generate", ref, "-o", dir.resolve("out.pdf").toString());
        CliRun template = Hep.run("generate", PLAN, "--template", ref, "-o", dir.resolve("out.pdf").toString());
        for (CliRun run : List.of(plan, template)) {
            assertEquals(List.of(ref + ": cannot read: no such file or directory"), run.errLines());
            assertEquals(3, run.exit());
        }
        assertNothingWritten();
    }

    /** A name the system's locale cannot spell (é under LC_ALL=C) is told in words, not as a Java type. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        list      | --library | ' (DIR)'
        figures   | --svg     | ''
        """)
    void aFileNameTheLocaleCannotSpellIsAUsageErrorInWords(String command, String option, String label) throws Exception {
        List<String> args = new ArrayList<>(command.equals("figures") ? List.of("figures", "squat") : List.of(command));
        args.addAll(List.of(option, "lib\u00e9"));
        Process p = BatchProcess.start(dir, java.util.Map.of("LC_ALL", "C"), args.toArray(String[]::new));
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), err);
        assertEquals("hep: invalid value for option '" + option + "'" + label + ": cannot use this file name: the "
                + "system's locale cannot represent its characters; run hep under a UTF-8 locale such as C.UTF-8 "
                + "(see 'hep " + command + " --help')\n", err);
        assertNothingWritten();
    }

    /** "generate - -o /dev/stdin < plan.yaml" names the plan being read as the output: exit 2, as for -o plan.yaml. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generate", "summary"})
    void standardInputAsTheOutputIsTheRunsOwnInput(String command) throws Exception {
        Path plan = Files.copy(Path.of(PLAN), dir.resolve("plan.yaml"));
        byte[] before = Files.readAllBytes(plan);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.hep.cli.Main", command, "-", "-o", "/dev/stdin"));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(plan.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), err);
        assertEquals("hep: -o: /dev/stdin: this is also an input of this run (/dev/stdin); choose another output file\n",
                err);
        assertEquals(new String(before), Files.readString(plan), "the plan is kept");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(plan), s.toList(), "no temporary file");
        }
    }

    /**
     * A number with a stray space (a script's "$(nproc) ") is the number, as a word option with one
     * is the word; a number in another script's digits or with a plus sign is refused in words, as
     * --shard refuses it: Java alone would read "٢" as 2.
     */
    @Test
    void numberOptionsTakeTheDigits0To9WithSpacesAround() throws Exception {
        Path manifest = Files.writeString(dir.resolve("m.csv"), "plan,output\n" + BatchCommandTest.PLAN + ",a.pdf\n");
        for (String jobs : new String[] {" 2", "2 ", "\t1\n"}) {
            CliRun r = Hep.run("batch", manifest.toString(), "--out-dir", dir.resolve("j").toString(), "--jobs", jobs);
            assertEquals("1 written, 0 failed\n", r.err());
            assertEquals(0, r.exit());
        }
        for (String jobs : new String[] {"\u0662", "\u0968", "\uFF12", "+2", "1\u0660"}) {
            CliRun r = Hep.run("batch", manifest.toString(), "--out-dir", dir.resolve("k").toString(), "--jobs", jobs);
            assertEquals("hep: --jobs: must be a whole number in the digits 0-9, found '" + jobs
                    + "' (see 'hep batch --help')\n", r.err());
            assertEquals(2, r.exit());
            assertFalse(Files.exists(dir.resolve("k")), "nothing is made");
            CliRun f = Hep.run("figures", "--sheet", dir.resolve("s.pdf").toString(), "--no-names", "--shuffle", jobs);
            assertEquals("hep: --shuffle: must be a whole number in the digits 0-9, found '" + jobs
                    + "' (see 'hep figures --help')\n", f.err());
            assertEquals(2, f.exit());
            assertFalse(Files.exists(dir.resolve("s.pdf")));
        }
        CliRun seed = Hep.run("figures", "--sheet", dir.resolve("s.pdf").toString(), "--no-names", "--shuffle", " 7 ");
        assertEquals(0, seed.exit(), seed.err());
        assertEquals(Hep.run("figures", "--sheet", dir.resolve("t.pdf").toString(), "--no-names", "--shuffle", "7").stdout(),
                seed.stdout(), "the same key as --shuffle 7");
        // A control character in the value is never printed: one line, as every message is.
        CliRun control = Hep.run("batch", manifest.toString(), "--jobs", "\ntwo");
        assertEquals("hep: --jobs: must be a whole number, found 'two' (see 'hep batch --help')\n", control.err());
        // Nor a line or paragraph separator, which a log reader splitting lines would break on.
        CliRun separator = Hep.run("generate", "it-band-syndrome", "--only", "x\u2028y\u2029z", "-o",
                dir.resolve("q.pdf").toString());
        assertEquals("hep: --only: exercise 'x y z' is not in this plan; the plan has squat, forward-lunge,"
                + " side-lying-hip-abduction\n", separator.err());
        assertEquals(2, separator.exit());
        CliRun r = Hep.run("batch", manifest.toString(), "--jobs", "99999999999");
        assertEquals("hep: --jobs: the number '99999999999' is too large (see 'hep batch --help')\n", r.err());
        r = Hep.run("batch", manifest.toString(), "--jobs", " 99999999999 ");
        assertEquals("hep: --jobs: the number '99999999999' is too large (see 'hep batch --help')\n", r.err());
    }

    @Test
    void anOutputNameTheLocaleCannotSpellIsAUsageErrorInWords() throws Exception {
        Process p = BatchProcess.start(dir, java.util.Map.of("LC_ALL", "C"), "summary",
                Path.of(PLAN).toAbsolutePath().toString(), "-o", "r\u00e9sum\u00e9.txt");
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), err);
        assertEquals("hep: -o: cannot use this file name: the system's locale cannot represent its characters; run hep "
                + "under a UTF-8 locale such as C.UTF-8\n", err);
        assertNothingWritten();
    }

    /** As a path "new/" loses its slash: hep once wrote a file named "new" where a folder was meant. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
        generate | -o      | new/  | (it ends in /)
        summary  | -o      | sdir/ | (it ends in /)
        show     | -o      | ..    | ''
        list     | -o      | .     | ''
        figures  | --sheet | sh/   | (it ends in /)
        """)
    void anOutputNameThatNamesAFolderIsAUsageError(String command, String option, String name, String why)
            throws IOException {
        String out = dir + "/" + name;
        List<String> args = new ArrayList<>(switch (command) {
            case "generate", "summary" -> List.of(command, PLAN);
            case "show" -> List.of(command, "squat");
            default -> List.of(command);
        });
        args.addAll(List.of(option, out));
        CliRun run = Hep.run(args.toArray(String[]::new));
        assertEquals(List.of("hep: " + option + " " + out + ": names a folder" + (why.isEmpty() ? "" : " " + why)
                + "; give a file name"), run.errLines());
        assertEquals(2, run.exit());
        assertNothingWritten();
    }

    /** A web page saved under a .pdf name opens as nothing, and the next PDF could not replace it. */
    @ParameterizedTest(name = "{0} -o {1}")
    @CsvSource(delimiter = '|', textBlock = """
        html | out.pdf  | hep: --format html writes a web page, but -o {out} names a PDF; use -o {stem}.html, or leave out --format
        pdf  | out.HTML | hep: --format pdf writes a PDF, but -o {out} names a web page; use -o {stem}.pdf, or leave out --format
        """)
    void aFormatThatContradictsTheOutputNameIsAUsageError(String format, String name, String line) throws IOException {
        Path out = dir.resolve(name);
        CliRun run = Hep.run("generate", PLAN, "--format", format, "-o", out.toString());
        assertEquals(List.of(line.replace("{out}", out.toString()).replace("{stem}", dir.resolve("out").toString())),
                run.errLines());
        assertEquals(2, run.exit());
        assertNothingWritten();
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList());
        }
    }
}
