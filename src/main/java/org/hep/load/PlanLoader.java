package org.hep.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Suggest;
import org.hep.model.DoseKey;
import org.hep.model.Dose;
import org.hep.model.Language;
import org.hep.model.Exercise;
import org.hep.model.Plan;
import org.hep.model.PlanEntry;
import org.hep.model.Section;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Loads a plan file and resolves each {@code use:} against the exercise library. */
public final class PlanLoader {
    private static final Set<String> KEYS = Set.of("id", "title", "condition", "language", "template", "region",
            "tags", "disclaimer", "education", "schedule", "exercises", "advice");
    private static final Set<String> SECTION_KEYS = Set.of("heading", "text", "bullets");
    private static final Set<String> SCHEDULE_KEYS = Set.of("per_day", "days_per_week");
    private static final Set<String> USE_KEYS;
    private static final Set<String> INLINE_KEYS;

    static {
        Set<String> use = new HashSet<>(DoseKey.names());
        use.add("use");
        use.add("notes");
        use.add("progress");
        USE_KEYS = Set.copyOf(use);
        Set<String> inline = new HashSet<>(ExerciseReader.KEYS);
        inline.addAll(DoseKey.names());
        inline.add("notes");
        INLINE_KEYS = Set.copyOf(inline);
    }

    private PlanLoader() {
    }

    /**
     * The rule exercise ids follow ({@link FileNames#isUsableId}: "café", "Knee (2)" are ids), and no
     * folder separator, since a plan read from standard input names its output after its 'id'.
     */
    private static final int MAX_ID = 100;

    private static boolean usableId(String id) {
        return FileNames.isUsableId(id) && id.indexOf('/') < 0 && id.indexOf('\\') < 0;
    }

    /**
     * @param fallbackId the id when the file does not say (file stem, or "plan" for stdin)
     */
    public static Plan load(Source source, String fallbackId, Library library) {
        MappingNode root = YamlDocument.parseMapping(source, "a plan with title and exercises");
        Problems p = new Problems(source.name());
        Fields f = new Fields(root, p, KEYS);
        f.require("title", "exercises");
        String id = org.hep.model.SafeText.composed(f.text("id"));
        if (id != null && id.length() > MAX_ID) {
            // It names the output file: past a file system's 255 bytes the write would fail at the end.
            f.problem("id", "'id' is longer than " + MAX_ID + " characters (it names the output file)");
            id = null;
        } else if (id != null && !usableId(id)) {
            f.problem("id", "'id' must not start with '-' or '.', nor hold '/', '\\', ':', ',' or a control character"
                    + " (it names the output file)");
            id = null;
        } else if (id != null && source.onDisk() && !id.equalsIgnoreCase(FileNames.usableId(fallbackId))) {
            // Without case: a download or a mail program renames "knee.yaml" to "Knee.yaml", and on a Mac
            // or Windows the two names are one file anyway.
            // The id names the handout: a copied plan that kept its id would write over the original's handouts.
            f.problem("id", "'id' is '" + id + "' but the file name says '" + FileNames.usableId(fallbackId)
                    + "'; they must match (or leave 'id' out)");
        } else if (id != null && source.onDisk()) {
            // The file's own name wins over an 'id' in another case: it names the handout, and two files
            // "knee-plan.yaml" (id: Knee-Plan) and "Knee-Plan.yaml" must not write one "Knee-Plan.pdf".
            id = FileNames.usableId(fallbackId);
        }
        Language language = language(f);
        Dose schedule = Dose.NONE;
        MappingNode scheduleNode = f.mapping("schedule");
        if (scheduleNode != null) {
            schedule = DoseReader.read(new Fields(scheduleNode, p, SCHEDULE_KEYS));
        }
        List<Section> education = new ArrayList<>();
        for (Node n : f.list("education")) {
            Section s = section(n, p);
            if (s != null) {
                education.add(s);
            }
        }
        List<Node> entryNodes = f.list("exercises");
        if (f.raw("exercises") instanceof org.yaml.snakeyaml.nodes.SequenceNode list && list.getValue().isEmpty()) {
            f.problem("exercises", "'exercises' must list at least one exercise");
        }
        List<PlanEntry> entries = new ArrayList<>();
        TextPositions positions = new TextPositions(source);
        int inlineCount = 0;
        Map<String, Node> inlineIds = new java.util.LinkedHashMap<>();
        Set<String> usedIds = new HashSet<>();
        // The first 'use:' of each id: a second one of the same id is refused at its own line.
        Map<String, Node> firstUses = new HashMap<>();
        Set<String> autoIds = new HashSet<>();
        for (Node n : entryNodes) {
            if (!(n instanceof MappingNode m)) {
                p.at(n, "each exercise must be 'use: <exercise-id>' or an inline exercise with name and steps, found "
                        + Fields.describe(n));
                continue;
            }
            PlanEntry e = entry(m, p, library, source, positions, ++inlineCount);
            if (e != null) {
                entries.add(e);
                if (value(m, "use") == null && value(m, "id") != null) {
                    inlineIds.put(e.exercise().id(), value(m, "id"));
                } else if (value(m, "use") != null) {
                    usedIds.add(e.exercise().id());
                    Node first = firstUses.putIfAbsent(e.exercise().id(), value(m, "use"));
                    if (first != null) {
                        // Two entries with one id cannot be told apart: --dose would set both doses,
                        // and a summary would list two exercises with one id.
                        p.at(value(m, "use"), "'" + e.exercise().id() + "' is already used by this plan (line "
                                + (first.getStartMark().getLine() + 1) + "), and --only, --exclude and --dose"
                                + " would reach both; use it once, or write the second as an inline exercise"
                                + " with its own 'id:', 'name:' and 'steps:'");
                    }
                } else {
                    autoIds.add(e.exercise().id());
                }
            }
        }
        // --dose, --only and --exclude name exercises by id: an inline exercise with the id of one this
        // plan also uses would be reached with it, and a summary would list two exercises with one id.
        Map<String, Integer> idCounts = new HashMap<>();
        entries.forEach(e -> idCounts.merge(e.exercise().id(), 1, Integer::sum));
        inlineIds.forEach((inline, at) -> {
            if (usedIds.contains(inline)) {
                p.at(at, "'" + inline + "' is also the id of an exercise this plan uses ('use: " + inline
                        + "'); give this exercise its own id");
            } else if (idCounts.get(inline) > 1) {
                // Another inline exercise has it: written twice, or the id hep gives an unnamed one.
                p.at(at, "'" + inline + "' is also the id of another exercise in this plan"
                        + (autoIds.contains(inline) ? " (hep calls an inline exercise with no id " + inline + ")"
                                : "") + "; give each exercise its own id");
            }
        });
        Plan plan = new Plan(id != null ? id : FileNames.usableId(fallbackId), f.text("title"), f.text("condition"),
                language != null ? language : Language.EN, f.path("template"),
                f.path("template") == null ? null : f.origin("template"),
                Fields.lowerCase(f.texts("region")),
                Fields.lowerCase(f.texts("tags")), f.text("disclaimer"), education, schedule, entries, f.texts("advice"),
                source.name());
        p.throwIfAny();
        return plan;
    }

    /** The value node of {@code key} in the mapping, or null. */
    private static Node value(MappingNode m, String key) {
        for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static PlanEntry entry(MappingNode m, Problems p, Library library, Source source,
                                   TextPositions positions, int index) {
        boolean isUse = m.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode s
                && s.getValue().equals("use"));
        Fields f = new Fields(m, p, isUse ? USE_KEYS : INLINE_KEYS);
        Dose dose = DoseReader.read(f);
        String notes = f.text("notes");
        if (isUse) {
            String use = org.hep.model.SafeText.composed(f.path("use")); // as file names give ids
            if (use == null) {
                f.problem("use", "'use' is empty: give an exercise id (see 'hep list') or the path of an exercise file");
                return null;
            }
            try {
                if (FileNames.looksLikePath(use)) {
                    Exercise file = ExerciseRefs.byPath(f, use, source, library);
                    if (file == null) {
                        return null;
                    }
                    checkEntry(f, file.dose().over(dose), positions);
                    PlaceholderCheck.checkUse(f, file, file.dose().over(dose));
                    return new PlanEntry(file, dose, notes, ProgressReader.read(f, file.dose().over(dose)));
                }
                Exercise exercise = library.exercise(use);
                if (exercise == null) {
                    f.problem("use", "unknown exercise '" + use + "'" + Suggest.hint(use, library.exerciseIds())
                            + library.passedOver(use) + ExerciseRefs.whereElse(use, source));
                    return null;
                }
                checkEntry(f, exercise.dose().over(dose), positions);
                PlaceholderCheck.checkUse(f, exercise, exercise.dose().over(dose));
                return new PlanEntry(exercise, dose, notes, ProgressReader.read(f, exercise.dose().over(dose)));
            } catch (InvalidInputException broken) {
                // The exercise file itself is bad: its own problems name its own file.
                p.addAll(broken.problems());
                return null;
            }
        }
        String id = org.hep.model.SafeText.composed(f.text("id"));
        if (id != null && !FileNames.isUsableId(id)) {
            f.problem("id", "an exercise's 'id' " + FileNames.ID_RULE + " (--dose and --only name it)");
        }
        Exercise exercise = ExerciseReader.read(f, id != null ? id : "exercise-" + index, source, dose);
        checkEntry(f, exercise.dose().over(dose), positions);
        return new PlanEntry(exercise, dose, notes, null);
    }

    /** Placeholders in the entry's text (and 'count') against the dose it has before any option adds to it. */
    private static void checkEntry(Fields f, Dose dose, TextPositions positions) {
        PlaceholderCheck.checkCount(f, dose);
        PlaceholderCheck.check(f, dose, positions);
    }

    /** One education section; shared with plan translations, which must have the same shape. */
    static Section section(Node n, Problems p) {
        if (!(n instanceof MappingNode m)) {
            p.at(n, "each education section must have a 'heading' and 'text' or 'bullets', found " + Fields.describe(n));
            return null;
        }
        Fields f = new Fields(m, p, SECTION_KEYS);
        f.require("heading");
        String text = f.paragraphs("text");
        List<String> paragraphs = new ArrayList<>();
        if (text != null) {
            for (String para : text.split("\\n\\s*\\n")) {
                String one = org.hep.model.SafeText.oneLine(para);
                if (!one.isEmpty()) {
                    paragraphs.add(one);
                }
            }
        }
        List<String> bullets = f.texts("bullets");
        if (text == null && bullets.isEmpty() && f.has("heading")) {
            p.at(m, "education section '" + f.text("heading") + "' needs 'text' or 'bullets'");
        }
        return new Section(f.text("heading"), paragraphs, bullets);
    }


    /** The plan's language, resolved once: a tag hep has no labels for is refused, never mixed. */
    private static Language language(Fields f) {
        String tag = f.text("language");
        if (tag == null) {
            return null;
        }
        if (!tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            f.problem("language", "'language' must be a language tag like en, fr or es-MX, found '" + tag + "'");
            return null;
        }
        Language language = Language.forTag(tag);
        if (language == null) {
            f.problem("language", "hep has no labels in '" + tag + "'; it prints " + String.join(", ", Language.tags())
                    + " (write the plan in one of these)");
        }
        return language;
    }
}
