package org.hep.load;

import java.nio.file.Path;
import java.util.Set;
import org.hep.diag.InvalidInputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** What a YAML file holds: a plan, an exercise, a template, or the translation of a plan or exercise. */
public enum FileKind {
    PLAN, EXERCISE, TEMPLATE, PLAN_TRANSLATION, EXERCISE_TRANSLATION, TEMPLATE_TRANSLATION;


    /**
     * The kind of a file on disk: by its folder when that says ({@link #byFolder}); a translation
     * elsewhere (a clinic's library folder need not be named {@code exercises}) by the kind of the
     * file it translates, and a plan's when that file is missing (checking it says so); any other
     * file by its keys.
     */
    public static FileKind of(Path file) {
        FileKind kind = byFolder(file);
        if (kind != null) {
            return kind;
        }
        if (TranslationSources.isTranslation(file)) {
            Source base = TranslationSources.baseOf(Source.file(file));
            return switch (base == null ? PLAN : of(Path.of(base.name()))) {
                case EXERCISE, EXERCISE_TRANSLATION -> EXERCISE_TRANSLATION;
                case TEMPLATE, TEMPLATE_TRANSLATION -> TEMPLATE_TRANSLATION;
                default -> PLAN_TRANSLATION;
            };
        }
        return byContent(Source.file(file));
    }

    /**
     * By the folder the file sits in: {@code exercises/} and {@code templates/}, and their
     * {@code i18n/<language>/} folders for translations; null for any other folder.
     */
    public static FileKind byFolder(Path file) {
        if (TranslationSources.isTranslation(file)) {
            Path owner = file.toAbsolutePath().normalize().getParent().getParent().getParent();
            String folder = owner == null || owner.getFileName() == null ? "" : owner.getFileName().toString();
            return switch (folder) {
                case "exercises" -> EXERCISE_TRANSLATION;
                case "templates" -> TEMPLATE_TRANSLATION;
                default -> null;
            };
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        return switch (folder) {
            case "exercises" -> EXERCISE;
            case "templates" -> TEMPLATE;
            default -> null;
        };
    }

    /**
     * By the top-level keys: a plan has {@code title}/{@code exercises}, an exercise {@code steps}/{@code name},
     * a template only layout keys. A file that does not parse, or cannot be read (no permission), counts as a
     * plan, whose loader then reports why: one unreadable file in a folder is one problem, not the end of the run.
     */
    public static FileKind byContent(Source source) {
        Node root;
        try {
            root = YamlDocument.parse(source);
        } catch (InvalidInputException | java.io.UncheckedIOException e) {
            return PLAN;
        }
        if (!(root instanceof MappingNode m)) {
            return PLAN;
        }
        boolean template = false;
        boolean exercise = false;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                String k = key.getValue();
                if (k.equals("exercises") || k.equals("title")) {
                    return PLAN;
                }
                exercise |= k.equals("steps") || k.equals("name");
                template |= TemplateLoader.KEYS.contains(k);
            }
        }
        return exercise ? EXERCISE : template ? TEMPLATE : PLAN;
    }

    /** The top-level {@code id:} value, or null; an exercise read from stdin has no file name to take it from. */
    public static String declaredId(Source source) {
        try {
            if (YamlDocument.parse(source) instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                            && t.getValueNode() instanceof ScalarNode value) {
                        return value.getValue();
                    }
                }
            }
        } catch (InvalidInputException e) {
            // the loader reports it
        }
        return null;
    }
}
