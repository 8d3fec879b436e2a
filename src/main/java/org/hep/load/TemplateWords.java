package org.hep.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.model.Clinic;
import org.hep.model.Language;
import org.hep.model.Template;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * The words a built-in template prints (its sample clinic name and address, its footer) in the
 * handout's language, from {@code templates/i18n/<language>/<name>.yaml}. Only a value that is
 * still the built-in's own English text is replaced: a clinic's own words are printed as written.
 */
public final class TemplateWords {
    private static final Set<String> KEYS = Set.of("clinic", "footer");
    private static final Set<String> CLINIC_KEYS = Set.of("name", "address");

    private TemplateWords() {
    }

    /** A built-in template's words in English and in one other language. */
    private record Words(Template english, Template translated) {
    }

    /** Built-in files never change while hep runs: read each language's words once. */
    private static final Map<Language, List<Words>> CACHE = new ConcurrentHashMap<>();

    /** {@code chosen} with every built-in sample text it still prints in {@code language}. */
    public static Template inLanguage(Template chosen, Language language) {
        Template t = chosen;
        for (Words w : CACHE.computeIfAbsent(language, TemplateWords::builtIn)) {
            t = replace(t, w.english(), w.translated());
        }
        return t;
    }

    private static List<Words> builtIn(Language language) {
        List<Words> out = new ArrayList<>();
        for (String file : BuiltIns.list("templates/" + TranslationSources.FOLDER + "/" + language.tag())) {
            Source base = BuiltIns.source("templates/" + file);
            if (BuiltIns.has(base.name())) {
                Template english = TemplateLoader.load(base);
                out.add(new Words(english, read(english, translation(language, file))));
            }
        }
        return out;
    }

    /** Checks a template translation against the template beside it, for {@code hep validate}. */
    public static void check(Source translation) {
        Source base = TranslationSources.baseOf(translation);
        if (base == null) {
            throw new InvalidInputException(new Problem(translation.name(), 1, 1, "no file to translate: "
                    + TranslationSources.expectedBase(translation) + " does not exist"));
        }
        read(TemplateLoader.load(base), translation);
    }

    private static Source translation(Language language, String file) {
        return BuiltIns.source("templates/" + TranslationSources.FOLDER + "/" + language.tag() + "/" + file);
    }

    /** The base's words replaced by the translation's; a word the base lacks must not be given. */
    private static Template read(Template base, Source source) {
        MappingNode root = YamlDocument.parseMapping(source, "a template's translated footer and clinic details");
        Problems p = new Problems(source.name());
        Fields f = new Fields(root, p, KEYS);
        Translations.checkLanguageFolder(source, p);
        TextOverlay o = new TextOverlay(f, base.source());
        String footer = o.text("footer", base.footer());
        Clinic c = base.clinic();
        MappingNode clinicNode = f.mapping("clinic");
        o.check("clinic", c.name() != null || c.address() != null, clinicNode != null);
        Clinic clinic = c;
        if (clinicNode != null) {
            TextOverlay co = new TextOverlay(new Fields(clinicNode, p, CLINIC_KEYS), base.source());
            clinic = new Clinic(co.text("name", c.name()), co.text("address", c.address()), c.phone(), c.website(),
                    c.logo());
        }
        p.throwIfAny();
        return base.withWords(clinic, footer);
    }

    private static Template replace(Template t, Template english, Template translated) {
        Clinic c = t.clinic();
        Clinic e = english.clinic();
        Clinic tr = translated.clinic();
        Clinic clinic = new Clinic(pick(c.name(), e.name(), tr.name()), pick(c.address(), e.address(), tr.address()),
                c.phone(), c.website(), c.logo());
        return t.withWords(clinic, pick(t.footer(), english.footer(), translated.footer()));
    }

    private static String pick(String printed, String english, String translated) {
        return printed != null && printed.equals(english) ? translated : printed;
    }
}
