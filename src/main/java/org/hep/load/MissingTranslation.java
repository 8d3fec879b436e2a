package org.hep.load;

/** A file that has no translation into the language asked for; {@link Translations} words it. */
final class MissingTranslation extends RuntimeException {
    private final String file;

    /** @param file the base file, or for an exercise written inside a plan, how to name it */
    MissingTranslation(String file, String whereToAdd) {
        super(whereToAdd);
        this.file = file;
    }

    String file() {
        return file;
    }

    /** Where a translation would go, or what to do instead. */
    String whereToAdd() {
        return getMessage();
    }
}
