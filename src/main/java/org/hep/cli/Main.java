package org.hep.cli;

/** Entry point of {@code java -jar hep.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // PDFBox logs through commons-logging; its discovery of Log4j/SLF4J costs start-up time,
        // and a library warning on stderr would break the one-line-per-error rule: one silent
        // log for every class (QuietLogs) unless --debug asks for it.
        if (!Cli.debugAsked(args)) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.hep.cli.QuietLogs");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }
        // As soon as PDFBox's log is chosen (the warm-up loads its classes), so the second core reads
        // the fonts while this thread sets up: the command's name is plain ASCII, which the
        // recovery of damaged arguments below never changes.
        if (args.length > 0 && (args[0].equals("generate") || args[0].equals("batch"))) {
            org.hep.render.Warmup.start();
        }
        String[] recovered = Arguments.recover(args);
        int code = Cli.run(recovered, System.in, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }
}
