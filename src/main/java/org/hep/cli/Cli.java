package org.hep.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.diag.RequestException;
import org.hep.load.InputFiles;
import picocli.CommandLine;

/**
 * Wires commands, output streams and exit codes in one place: 0 ok, 1 bad input, 2 usage,
 * 3 I/O. Every error is one line on stderr; a stack trace only with {@code --debug}.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INPUT = 1;
    public static final int USAGE = 2;
    public static final int IO = 3;
    /** 128 + SIGPIPE: what {@code yes | head -1} leaves in PIPESTATUS for the writer. */
    public static final int READER_GONE = 141;

    /** Enough to fix a file; a generated or hostile file could otherwise flood the terminal. */
    static final int MAX_PROBLEM_LINES = 100;

    /**
     * PDFBox and FontBox log warnings about broken fonts and images through commons-logging,
     * which goes to java.util.logging unless {@link Main} has switched it off; hep reports such
     * input itself in one line, so their log is shown only with --debug. Held here because
     * java.util.logging keeps loggers only weakly.
     */
    private static java.util.logging.Logger pdfLog;

    private Cli() {
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Environment.system());
    }

    /** @param env variables and working folder for the settings (tests pass their own) */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Environment env) {
        Streams streams = new Streams(in, out, err);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        boolean debug = debugAsked(args);
        quietPdfLog(debug);
        String control = Arguments.controlCharacter(args);
        if (control != null) {
            errWriter.println("hep: " + control);
            return USAGE;
        }
        HepCommand root = new HepCommand(streams, env);
        java.util.concurrent.Callable<Integer> quick = QuickGenerate.parse(args, root);
        if (quick == null) {
            quick = QuickBatch.parse(args, root);
        }
        int code;
        InputFiles.begin();
        try {
            code = quick != null ? call(quick, errWriter, debug) : picocli(args, streams, env, outWriter, errWriter, debug);
        } catch (StackOverflowError e) {
            // picocli passes only Exceptions to the handler; these must still end in one line.
            errWriter.println("hep: input too large or too deeply nested to process");
            code = INPUT;
        } catch (OutOfMemoryError e) {
            errWriter.println("hep: not enough memory for this input; give hep more memory (HEP_JAVA_OPTS=-Xmx1g)"
                    + " or use smaller pictures");
            code = INPUT;
        } finally {
            InputFiles.end();
        }
        outWriter.flush();
        // PrintStream swallows write errors (a full disk, a closed pipe): a lost PDF or summary
        // must not look like success to a script.
        if (code == OK && (out.checkError() || outWriter.checkError())) {
            if (out == System.out && org.hep.io.OutputTarget.standardOutputIsPipe()) {
                // The reader has gone ("hep summary x | head -1"): stop quietly, as a tool that
                // SIGPIPE ends does (Java ignores the signal), with the status the shell shows for it.
                // Only for the process's own stdout: /dev/stdout says nothing of a stream a caller passed.
                code = READER_GONE;
            } else {
                errWriter.println("hep: cannot write to standard output");
                code = IO;
            }
        }
        errWriter.flush();
        return code;
    }

    /** Setting up java.util.logging costs a one-off handout's start, so only when the log can reach it. */
    private static void quietPdfLog(boolean debug) {
        if (debug || !"org.apache.commons.logging.impl.NoOpLog".equals(System.getProperty("org.apache.commons.logging.Log"))) {
            if (pdfLog == null) {
                pdfLog = java.util.logging.Logger.getLogger("org.apache");
            }
            pdfLog.setLevel(debug ? java.util.logging.Level.INFO : java.util.logging.Level.OFF);
        }
    }

    private static int picocli(String[] args, Streams streams, Environment env, PrintWriter outWriter,
            PrintWriter errWriter, boolean debug) {
        CommandLine cmd = HepCommand.commandLine(streams, env, args);
        cmd.setOut(outWriter);
        cmd.setErr(errWriter);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(java.nio.file.Path.class, FileNameArgument::path);
        // Words like --format are read as the string options are (" json" from a quoting slip is json).
        cmd.registerConverter(org.hep.summary.PlanFormat.class, s -> word(org.hep.summary.PlanFormat.class, s));
        cmd.registerConverter(ListCommand.What.class, s -> word(ListCommand.What.class, s));
        cmd.registerConverter(CompletionCommand.Shell.class, s -> word(CompletionCommand.Shell.class, s));
        // Numbers (--jobs, --shuffle) as --shard and SOURCE_DATE_EPOCH read them: ASCII digits, spaces around ignored.
        cmd.registerConverter(Integer.class, Cli::wholeInt);
        cmd.registerConverter(int.class, Cli::wholeInt);
        cmd.registerConverter(Long.class, Cli::wholeNumber);
        cmd.registerConverter(long.class, Cli::wholeNumber);
        cmd.setParameterExceptionHandler(UsageMessages.handler(errWriter));
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> report(ex, errWriter, debug));
        String unknown = UsageMessages.unknownCommand(cmd, args);
        if (unknown != null) {
            // "hep render --help": picocli would print hep's own help and exit 0, as if render were a command.
            errWriter.println("hep: " + unknown + " (see 'hep --help')");
            return USAGE;
        }
        return cmd.execute(args);
    }

    /** One of an enum's words, in any case, with surrounding spaces ignored; picocli's message when none. */
    private static <E extends Enum<E>> E word(Class<E> type, String value) {
        String w = value.strip().replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(w)) {
                return e;
            }
        }
        throw new picocli.CommandLine.TypeConversionException(value);
    }

    /**
     * A whole number in the digits 0-9, with a minus sign if any, and surrounding spaces ignored as
     * for words. Java's own parsing also takes "+2" and other scripts' digits ("٢", "२", "２"), which
     * a run would then take for a number nobody typed in digits hep prints.
     */
    static long wholeNumber(String value) {
        String v = value.strip();
        if (!v.matches("-?[0-9]+")) {
            throw new picocli.CommandLine.TypeConversionException(value);
        }
        return Long.parseLong(v); // NumberFormatException when too large, which the message says
    }

    private static Integer wholeInt(String value) {
        long n = wholeNumber(value);
        if (n != (int) n) {
            throw new NumberFormatException(value);
        }
        return (int) n;
    }

    /** A command read without picocli, its errors reported as picocli's handler reports them. */
    private static int call(java.util.concurrent.Callable<Integer> command, PrintWriter errWriter, boolean debug) {
        try {
            return command.call();
        } catch (Exception ex) {
            return report(ex, errWriter, debug);
        }
    }

    static int report(Exception ex, PrintWriter err, boolean debug) {
        Throwable e = ex;
        if (debug) {
            ex.printStackTrace(err);
        }
        if (e instanceof InvalidInputException bad) {
            List<Problem> problems = bad.problems();
            problems.stream().limit(MAX_PROBLEM_LINES).forEach(p -> err.println(oneLine(p.toString())));
            if (problems.size() > MAX_PROBLEM_LINES) {
                err.println("hep: " + (problems.size() - MAX_PROBLEM_LINES) + " more problems not shown");
            }
            return INPUT;
        }
        if (e instanceof RequestException r) {
            err.println("hep: " + oneLine(RequestWords.onCommandLine(r)));
            return USAGE;
        }
        if (e instanceof UsageException) {
            err.println("hep: " + oneLine(e.getMessage()));
            return USAGE;
        }
        if (e instanceof CommandLine.ParameterException) {
            err.println("hep: " + oneLine(e.getMessage()));
            return USAGE;
        }
        if (e instanceof java.nio.file.InvalidPathException bad) {
            // Typically a non-ASCII file name while the locale is C/POSIX: Java cannot encode it.
            err.println(oneLine(bad.getInput()) + ": " + FileNameWords.cannotUse(bad));
            return IO;
        }
        if (e instanceof UncheckedIOException || e instanceof java.io.IOException) {
            err.println(oneLine(e.getMessage()));
            return IO;
        }
        // The message only: an exception's class name means nothing to the person at the shell.
        String what = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
        err.println("hep: internal error" + what + (debug ? "" : " (run with --debug for details)"));
        return INPUT;
    }

    /**
     * Whether {@code --debug} is given as an option: after {@code --} it is a plan or file name
     * (`hep generate -- --debug`), and a name must not turn stack traces on.
     */
    static boolean debugAsked(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** Control characters out, so a hostile value cannot break the one-line rule or the terminal. */
    /** A warning about a file, one line: "plan.yaml:7:15: warning: …", as validate prints them. */
    static String warning(org.hep.diag.Problem w) {
        return oneLine(new org.hep.diag.Problem(w.file(), w.line(), w.column(), "warning: " + w.message()).toString());
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 600));
        for (int i = 0; i < s.length() && sb.length() < 600; ) {
            int c = s.codePointAt(i);
            // Bidirectional overrides too: they would show the rest of the line backwards. The line and
            // paragraph separators (U+2028, U+2029) break the line for readers that split on them
            // (Python's splitlines, JavaScript), so a log would hold the message as two.
            if (Character.isISOControl(c) || org.hep.model.SafeText.forbidden(c)
                    || c == '\u2028' || c == '\u2029') {
                sb.append(' ');
            } else {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString().strip();
    }
}
