package org.hep.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hep.model.Dose;
import org.hep.model.Exercise;
import org.hep.model.Language;
import org.hep.model.Plan;
import org.hep.model.PlanEntry;
import org.hep.model.PlanText;
import org.hep.model.Progression;
import org.hep.model.Section;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code i18n/<language>/<id>.yaml} for a plan: its title, condition, education, advice,
 * disclaimer, and the notes, load words and load steps of its entries (by exercise id). Exercises, dose
 * numbers, schedule and template come from the base plan.
 */
final class PlanTranslation {
    private static final Set<String> KEYS = Set.of("language", "title", "condition", "education", "advice",
            "disclaimer", "notes", "loads", ProgressLoadTranslation.ENTRIES_KEY);

    /** The translated words, and each entry's translated notes and load by exercise id. */
    record Overlay(PlanText text, Map<String, String> notes, Map<String, String> loads,
                   Map<String, Progression> progressions) {
        /** A base entry with the translated exercise, notes, load and load steps. */
        PlanEntry entry(PlanEntry base, Exercise printed) {
            String id = base.exercise().id();
            String load = base.dose().load() == null ? null : loads.get(id);
            return new PlanEntry(printed, base.dose().withLoad(load), base.notes() == null ? null : notes.get(id),
                    progressions.getOrDefault(id, base.progression()));
        }
    }

    private PlanTranslation() {
    }

    /** @param baseName the base plan file, as messages name it */
    static Overlay read(Plan base, Source source, String baseName) {
        MappingNode root = YamlDocument.parseMapping(source, "a plan's translated title, education and advice");
        Problems p = new Problems(source.name());
        Fields f = new Fields(root, p, KEYS);
        Language language = Translations.checkLanguageFolder(source, p);
        String folder = TranslationSources.languageOf(source);
        f.require("language");
        String declared = f.text("language");
        if (declared != null && !declared.equals(folder)) {
            f.problem("language", "'language' is '" + declared + "' but the file is in the '" + folder
                    + "' folder; they must match");
        }
        TextOverlay o = new TextOverlay(f, baseName);
        PlanText text = new PlanText(language == null ? base.language() : language, o.text("title", base.title()),
                o.text("condition", base.condition()),
                o.text("disclaimer", base.disclaimer()), education(f, o, base.education(), baseName),
                o.texts("advice", base.advice()));
        Map<String, String> notes = perEntry(f, "notes", base.entries(), PlanEntry::notes, "notes", baseName);
        Map<String, String> loads = perEntry(f, "loads", base.entries(), e -> e.dose().load(), "a load", baseName);
        Map<String, Progression> progressions = ProgressLoadTranslation.perEntry(f, base.entries(), loads, baseName);
        notePlaceholders(f.mapping("notes"), base.entries(), source, p, baseName);
        p.throwIfAny();
        return new Overlay(text, notes, loads, progressions);
    }

    private static List<Section> education(Fields f, TextOverlay o, List<Section> base, String baseName) {
        List<Node> nodes = f.list("education");
        o.check("education", !base.isEmpty(), !nodes.isEmpty());
        List<Section> out = new ArrayList<>();
        for (Node n : nodes) {
            out.add(PlanLoader.section(n, f.problems()));
        }
        if (!base.isEmpty() && nodes.size() != base.size()) {
            o.sizeProblem("education", nodes.size(), base.size());
        } else if (!base.isEmpty()) {
            for (int i = 0; i < base.size(); i++) {
                if (out.get(i) != null && nodes.get(i) instanceof MappingNode m) {
                    sameShape(m, out.get(i), base.get(i), i + 1, f.problems(), baseName);
                }
            }
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /** Text where the base section has text, and as many bullets. */
    private static void sameShape(MappingNode m, Section s, Section base, int number, Problems p, String baseName) {
        String where = "education section " + number;
        if (base.paragraphs().isEmpty() != s.paragraphs().isEmpty()) {
            p.at(m, where + (base.paragraphs().isEmpty() ? " has 'text' but " + baseName + " has none there"
                    : " needs 'text': " + baseName + " has it, and a handout must not mix languages"));
        }
        int found = s.bullets().size();
        int wanted = base.bullets().size();
        Node at = value(m, "bullets") != null ? value(m, "bullets") : m;
        if (wanted == 0 && found > 0) {
            p.at(at, where + " has 'bullets' but " + baseName + " has none there");
        } else if (found != wanted) {
            p.at(at, where + " has " + bullets(found) + " but " + baseName + " has " + wanted
                    + "; translate each item, in the same order");
        }
    }

    /**
     * Words given per entry, by exercise id ({@code notes}, {@code loads}): one for each entry
     * that has them in the base, and no others.
     *
     * @param noun what the base gives an entry, for messages ("notes", "a load")
     */
    private static Map<String, String> perEntry(Fields f, String key, List<PlanEntry> entries,
            Function<PlanEntry, String> value, String noun, String baseName) {
        Map<String, String> inBase = new LinkedHashMap<>();
        for (PlanEntry e : entries) {
            if (value.apply(e) != null) {
                inBase.putIfAbsent(e.exercise().id(), value.apply(e));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        Fields byId = EntryWords.open(f, key, entries, inBase.keySet(), baseName + " gives " + noun + " for "
                + String.join(", ", inBase.keySet()) + ", and a handout must not mix languages",
                baseName + " gives it no " + noun);
        if (byId == null) {
            return out;
        }
        for (String id : inBase.keySet()) {
            String text = byId.text(id);
            if (!byId.has(id)) {
                String what = byId.raw(id) == null ? "missing '" + id + "' in '" + key + "'" : "'" + id + "' is empty";
                byId.problem(id, what + ": " + baseName + " gives it " + noun + ", and a handout must not mix languages");
            }
            out.put(id, text);
        }
        return out;
    }

    /** A translated note's placeholders are filled from its entry's dose, so they must fit it. */
    private static void notePlaceholders(MappingNode notes, List<PlanEntry> entries, Source source, Problems p,
                                         String baseName) {
        if (notes == null) {
            return;
        }
        TextPositions positions = new TextPositions(source);
        SamePlaceholders same = new SamePlaceholders(p, baseName);
        Set<String> compared = new java.util.HashSet<>();
        for (PlanEntry e : entries) {
            if (value(notes, e.exercise().id()) instanceof ScalarNode note) {
                Dose dose = e.exercise().dose().over(e.dose());
                PlaceholderCheck.one(note, dose, positions, p);
                if (e.notes() != null && compared.add(e.exercise().id())) {
                    same.one(note, e.notes(), "the note for '" + e.exercise().id() + "'", dose);
                }
            }
        }
    }

    private static String bullets(int n) {
        return n + (n == 1 ? " bullet" : " bullets");
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }
}
