package org.hep.load;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.hep.model.Language;

/**
 * Where translations live: {@code i18n/<language>/<stem>.yaml} beside the file they translate
 * ({@code plans/i18n/fr/neck-pain.yaml} for {@code plans/neck-pain.yaml}), in the jar for the
 * built-in library and on disk for a clinic's own plans and {@code --library} folders. A
 * translation belongs to the file beside it, so a clinic's exercise that replaces a built-in
 * one never picks up the built-in's translation.
 */
public final class TranslationSources {
    static final String FOLDER = "i18n";
    private static final String LANGUAGE_FOLDER = "[a-z]{2,3}(-[A-Za-z0-9]{1,8})*";

    private TranslationSources() {
    }

    /** The translation of {@code base} into {@code language}, or null when there is none. */
    public static Source find(Source base, String stem, Language language) {
        if (BuiltIns.isOwn(base)) {
            String path = folderOf(base.name()) + FOLDER + "/" + language.tag() + "/" + stem + ".yaml";
            return BuiltIns.has(path) ? BuiltIns.source(path) : null;
        }
        Path file = onDisk(base);
        if (file == null) {
            return null;
        }
        Path folder = file.resolveSibling(FOLDER).resolve(language.tag());
        for (String ext : new String[] {".yaml", ".yml"}) {
            Path candidate = folder.resolve(stem + ext);
            if (Files.isRegularFile(candidate)) {
                return Source.file(candidate);
            }
        }
        return null;
    }

    /** Where {@link #find} looks, for messages. */
    public static String expectedPath(Source base, String stem, Language language) {
        Path file = onDisk(base);
        String rel = FOLDER + "/" + language.tag() + "/" + stem + ".yaml";
        return file != null ? file.resolveSibling(rel).toString() : folderOf(base.name()) + rel;
    }

    /** True for {@code …/i18n/<language>/<file>.yaml}. */
    public static boolean isTranslation(Path file) {
        Path lang = file.toAbsolutePath().normalize().getParent();
        Path i18n = lang == null ? null : lang.getParent();
        return i18n != null && i18n.getFileName() != null && i18n.getFileName().toString().equals(FOLDER)
                && lang.getFileName().toString().matches(LANGUAGE_FOLDER);
    }

    /** The language folder a translation sits in ("fr"). */
    public static String languageOf(Source translation) {
        String[] parts = translation.name().replace('\\', '/').split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : "";
    }

    /** The file a translation translates, or null when it does not exist. */
    public static Source baseOf(Source translation) {
        String name = translation.name().replace('\\', '/');
        String stem = FileNames.stem(name.substring(name.lastIndexOf('/') + 1));
        if (translation.dir() == null) {
            int i18n = name.lastIndexOf("/" + FOLDER + "/");
            String path = name.substring(0, Math.max(0, i18n)) + "/" + stem + ".yaml";
            return BuiltIns.has(path) ? BuiltIns.source(path) : null;
        }
        for (String ext : new String[] {".yaml", ".yml"}) {
            Path candidate = Path.of(translation.name()).resolveSibling("../../" + stem + ext).normalize();
            if (Files.isRegularFile(candidate)) {
                return Source.file(candidate);
            }
        }
        return null;
    }

    /** Where {@link #baseOf} looks, for messages. */
    public static String expectedBase(Source translation) {
        String name = translation.name().replace('\\', '/');
        String stem = FileNames.stem(name.substring(name.lastIndexOf('/') + 1));
        if (translation.dir() == null) {
            return name.substring(0, Math.max(0, name.lastIndexOf("/" + FOLDER + "/"))) + "/" + stem + ".yaml";
        }
        return Path.of(translation.name()).resolveSibling("../../" + stem + ".yaml").normalize().toString();
    }

    private static String folderOf(String name) {
        return name.substring(0, name.lastIndexOf('/') + 1);
    }

    /** The base's path when it is a file on disk (not stdin, not the jar). */
    private static Path onDisk(Source base) {
        if (base.dir() == null) {
            return null;
        }
        try {
            Path file = Path.of(base.name());
            return Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
