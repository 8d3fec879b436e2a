package org.hep.diag;

/** One thing wrong with an input file, printed as {@code file:line:column: message}. */
public record Problem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + ":" + column + ": " + message;
    }
}
