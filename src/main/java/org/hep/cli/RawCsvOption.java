package org.hep.cli;

import picocli.CommandLine.Option;

/** {@code --raw-csv} (a picocli mixin): CSV cells exactly as written, for programs rather than spreadsheets. */
public final class RawCsvOption {
    @Option(names = "--raw-csv", description = "CSV only: print cells exactly as written. By default a cell that "
            + "starts with = + - @ or a tab gets a leading ' so a spreadsheet shows it as text, not a formula.")
    boolean raw;
}
