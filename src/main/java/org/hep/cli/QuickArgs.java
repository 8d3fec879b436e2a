package org.hep.cli;

import java.util.HashSet;
import java.util.Set;

/**
 * The argument lists a command may read without picocli ({@link QuickGenerate}, {@link QuickBatch}):
 * one positional argument and options each given once (unless repeatable), as {@code --name value},
 * {@code --name=value} or a short name and its value, with values that do not look like options.
 * Anything else — help, version, a mistake, an {@code @file}, {@code --}, a repeated option, a
 * second positional argument — is left to picocli, which gives its help and messages.
 */
final class QuickArgs {
    /** Where the arguments read go; each call returns false when picocli must read them instead. */
    interface Target {
        boolean positional(String value);

        boolean flag(String name);

        /** @param name the option's long name, also when its short one was given */
        boolean option(String name, String value);
    }

    private final Set<String> flags;
    private final Set<String> valued;
    private final Set<String> repeatable;

    /**
     * @param valued options that take one value, short names included
     * @param repeatable long names of the valued options that may be given more than once
     */
    QuickArgs(Set<String> flags, Set<String> valued, Set<String> repeatable) {
        this.flags = flags;
        this.valued = valued;
        this.repeatable = repeatable;
    }

    /** Reads {@code args} after the command's name into {@code target}; false when picocli must read them. */
    boolean read(String[] args, Target target) {
        Set<String> seen = new HashSet<>();
        boolean positional = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.startsWith("@")) {
                return false;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                if (positional || !target.positional(a)) {
                    return false;
                }
                positional = true;
                continue;
            }
            int eq = a.startsWith("--") ? a.indexOf('=') : -1;
            String name = eq > 0 ? a.substring(0, eq) : a;
            if (flags.contains(name) && eq < 0) {
                if (!seen.add(name) || !target.flag(name)) {
                    return false;
                }
                continue;
            }
            if (!valued.contains(name)) {
                return false;
            }
            String value;
            if (eq > 0) {
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return false;
            }
            if (value.isEmpty() || value.startsWith("@") || value.startsWith("-") && !value.equals("-")) {
                return false;
            }
            String key = name.equals("-o") ? "--output" : name; // generate's one short name
            if (!seen.add(key) && !repeatable.contains(key) || !target.option(key, value)) {
                return false;
            }
        }
        return positional;
    }
}
