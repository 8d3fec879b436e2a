package org.hep.cli;

/** A bad command-line option or value (exit 2). The message is one printable line. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
