package org.hep.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code hep generate} read without picocli. Building picocli's model of a command from its
 * annotations (reflection, annotation proxies, its converters) is a fifth of a one-off
 * handout's start, so the plain, common argument lists are read here ({@link QuickArgs}
 * says which); for the rest it returns null, and picocli reads the arguments and gives its
 * help and messages. The names are GenerateCommand's options, which
 * a test keeps equal to picocli's model of the command, as it does the values read.
 */
final class QuickGenerate {
    /** Options that take no value. */
    static final Set<String> FLAGS = Set.of("--no-clobber", "--debug");

    /** Options that take one value; the ones that may be repeated are in {@link #REPEATABLE}. */
    static final Set<String> VALUED = Set.of("-o", "--output", "--format", "--template", "--patient",
            "--therapist", "--date", "--notes", "--next-visit", "--page-size", "--sets", "--reps", "--sides",
            "--hold", "--rest", "--dose", "--only", "--exclude", "--library", "--language");

    static final Set<String> REPEATABLE = Set.of("--dose", "--only", "--exclude", "--library");

    private QuickGenerate() {
    }

    /** The generate command set up from {@code args}, or null when picocli must read them. */
    static GenerateCommand parse(String[] args, HepCommand root) {
        if (args.length < 2 || !args[0].equals("generate")) {
            return null;
        }
        GenerateCommand c = new GenerateCommand();
        c.parent = root;
        c.debug = new DebugOption();
        c.handout = new HandoutOptions();
        c.doses = new DoseOptions();
        c.library = new LibraryOption();
        c.library.root = root;
        c.language = new LanguageOption();
        c.language.root = root;
        boolean read = new QuickArgs(FLAGS, VALUED, REPEATABLE).read(args, new QuickArgs.Target() {
            @Override
            public boolean positional(String value) {
                c.plan = value;
                return true;
            }

            @Override
            public boolean flag(String name) {
                c.noClobber |= name.equals("--no-clobber");
                c.debug.debug |= name.equals("--debug");
                return true;
            }

            @Override
            public boolean option(String name, String value) {
                return set(c, name, value);
            }
        });
        return read ? c : null;
    }

    private static boolean set(GenerateCommand c, String name, String value) {
        switch (name) {
            case "--output" -> c.output = value;
            case "--format" -> c.format = value;
            case "--template" -> c.handout.template = value;
            case "--patient" -> c.handout.patient = value;
            case "--therapist" -> c.handout.therapist = value;
            case "--date" -> c.handout.date = value;
            case "--notes" -> c.handout.notes = value;
            case "--next-visit" -> c.handout.nextVisit = value;
            case "--page-size" -> c.handout.pageSize = value;
            case "--sets" -> c.doses.sets = value;
            case "--reps" -> c.doses.reps = value;
            case "--sides" -> c.doses.sides = value;
            case "--hold" -> c.doses.hold = value;
            case "--rest" -> c.doses.rest = value;
            case "--dose" -> c.doses.dose.add(value);
            case "--only" -> {
                return split(value, c.doses.only);
            }
            case "--exclude" -> {
                return split(value, c.doses.exclude);
            }
            case "--library" -> {
                try {
                    c.library.libraries.add(Path.of(value));
                } catch (InvalidPathException e) {
                    return false;
                }
            }
            case "--language" -> c.language.language = value;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** "a,b" as picocli reads it: one value, split into ids by {@link DoseOptions}; quotes are left to picocli. */
    private static boolean split(String value, List<String> into) {
        if (value.indexOf('"') >= 0) {
            return false;
        }
        into.add(value);
        return true;
    }
}
