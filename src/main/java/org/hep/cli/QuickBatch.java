package org.hep.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code hep batch} read without picocli, as {@link QuickGenerate} reads {@code generate}: building
 * picocli's model of the command is a tenth of a batch of 200's start. The plain argument lists
 * are read here ({@link QuickArgs} says which); for the rest it returns null, and picocli reads
 * the arguments and gives its help and messages. The names are BatchCommand's options, which a
 * test keeps equal to picocli's model of the command, as it does the values read.
 */
final class QuickBatch {
    /** Options that take no value. */
    static final Set<String> FLAGS = Set.of("--no-clobber", "--strict", "--fail-fast", "--raw-csv", "--debug");

    /** Options that take one value; the ones that may be repeated are in {@link #REPEATABLE}. */
    static final Set<String> VALUED = Set.of("--out-dir", "--jobs", "--report", "--shard", "--library");

    static final Set<String> REPEATABLE = Set.of("--library");

    private QuickBatch() {
    }

    /** The batch command set up from {@code args}, or null when picocli must read them. */
    static BatchCommand parse(String[] args, HepCommand root) {
        if (args.length < 2 || !args[0].equals("batch")) {
            return null;
        }
        BatchCommand c = new BatchCommand();
        c.parent = root;
        c.outDir = Path.of(".");
        c.rawCsv = new RawCsvOption();
        c.debug = new DebugOption();
        c.library = new LibraryOption();
        c.library.root = root;
        boolean read = new QuickArgs(FLAGS, VALUED, REPEATABLE).read(args, new QuickArgs.Target() {
            @Override
            public boolean positional(String value) {
                c.manifest = value;
                return true;
            }

            @Override
            public boolean flag(String name) {
                switch (name) {
                    case "--no-clobber" -> c.noClobber = true;
                    case "--strict" -> c.strict = true;
                    case "--fail-fast" -> c.failFast = true;
                    case "--raw-csv" -> c.rawCsv.raw = true;
                    default -> c.debug.debug = true;
                }
                return true;
            }

            @Override
            public boolean option(String name, String value) {
                return set(c, name, value);
            }
        });
        return read ? c : null;
    }

    private static boolean set(BatchCommand c, String name, String value) {
        try {
            switch (name) {
                case "--out-dir" -> c.outDir = Path.of(value);
                case "--library" -> c.library.libraries.add(Path.of(value));
                case "--jobs" -> {
                    // Plain decimal only: any other spelling gets picocli's conversion and message.
                    if (!plainNumber(value)) {
                        return false;
                    }
                    c.jobs = Integer.valueOf(value);
                }
                case "--report" -> c.reportFile = value;
                case "--shard" -> c.shard = value;
                default -> {
                    return false;
                }
            }
        } catch (InvalidPathException e) {
            return false;
        }
        return true;
    }

    /** 1 to 999999999 in plain digits (no sign, no leading zero): what Integer.valueOf reads the same everywhere. */
    private static boolean plainNumber(String value) {
        if (value.length() > 9 || value.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
