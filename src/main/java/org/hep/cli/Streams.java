package org.hep.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The process streams a command uses; tests pass their own. */
public record Streams(InputStream in, PrintStream out, PrintStream err) {
}
