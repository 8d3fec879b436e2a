package org.hep.cli;

/** Entry point of {@code java -jar hep.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = Cli.run(args, System.in, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }
}
