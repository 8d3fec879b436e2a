package org.hep.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The parts a handout may have, in their default order; a template lists which appear and in what order.
 * {@code GLANCE} is the plan at a glance, a page to pin up: every exercise, its dose and a week to tick;
 * with {@code LOG} among the sections it carries the log's weeks and pain row, and the log is not printed apart.
 */
public enum SectionKind {
    HEADER, PATIENT, GLANCE, EDUCATION, EXERCISES, ADVICE, LOG, NOTES, DISCLAIMER;

    /** The name a template file uses. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(SectionKind::key).toList();
    }

    /** The kind a template names, or null when the name is not one of ours. */
    public static SectionKind parse(String word) {
        for (SectionKind k : values()) {
            if (k.key().equals(word)) {
                return k;
            }
        }
        return null;
    }
}
