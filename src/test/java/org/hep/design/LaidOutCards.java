package org.hep.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.time.LocalDate;
import org.hep.app.Templates;
import org.hep.compose.Handout;
import org.hep.compose.HandoutComposer;
import org.hep.dose.DoseOverrides;
import org.hep.dose.DoseResolver;
import org.hep.layout.HandoutLayout;
import org.hep.layout.Op;
import org.hep.layout.PagedHandout;
import org.hep.layout.Struct;
import org.hep.load.BuiltIns;
import org.hep.load.FileNames;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.load.Source;
import org.hep.load.Translations;
import org.hep.model.HandoutDetails;
import org.hep.model.Language;
import org.hep.model.PageSize;
import org.hep.model.Plan;
import org.hep.model.Template;
import org.hep.render.FontSet;
import org.junit.jupiter.params.provider.Arguments;

/** The built-in handouts laid out, and their exercise cards read back from the structure tree and pages. */
final class LaidOutCards {
    private LaidOutCards() {
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String plan : BuiltIns.list("plans").stream().map(FileNames::stem).sorted().toList()) {
            for (PageSize size : List.of(PageSize.LETTER, PageSize.A4)) {
                for (String template : List.of("standard", "large-print", "compact")) {
                    out.add(Arguments.of(plan, template, size));
                }
            }
        }
        return out.stream();
    }

    /** As {@link #cases}, in every language: plan, language tag, template, paper. */
    static Stream<Arguments> casesInEveryLanguage() {
        List<Arguments> out = new ArrayList<>();
        for (String plan : BuiltIns.list("plans").stream().map(FileNames::stem).sorted().toList()) {
            for (String language : Language.tags()) {
                for (PageSize size : List.of(PageSize.LETTER, PageSize.A4)) {
                    for (String template : List.of("standard", "large-print", "compact")) {
                        out.add(Arguments.of(plan, language, template, size));
                    }
                }
            }
        }
        return out.stream();
    }

    /** A handout as composed and as laid out on pages. */
    record Laid(Handout handout, PagedHandout pages) {
    }

    /** A built-in plan laid out in {@code language} for the patient Ana Lopez; null when the plan has no such translation. */
    static Laid laidOut(String planId, String language, String templateRef, PageSize size) {
        Source source = BuiltIns.source("plans/" + planId + ".yaml");
        Plan plan = PlanLoader.load(source, "plan", Library.builtIn());
        Language lang = Language.forTag(language);
        if (!Translations.has(plan, source, lang)) {
            return null;
        }
        plan = Translations.plan(plan, source, lang, Library.builtIn());
        Template template = Templates.choose(templateRef, plan).withPage(size);
        Handout handout = HandoutComposer.compose(DoseResolver.resolve(plan, DoseOverrides.NONE), template,
                new HandoutDetails("Ana Lopez", null, LocalDate.of(2026, 3, 14), null));
        return new Laid(handout, HandoutLayout.layout(handout, template, FontSet.forThread()));
    }

    /** The page (from 1) each mark is first drawn on: text, drawn figures and photos. */
    static Map<Struct.Mark, Integer> pagesOfMarks(PagedHandout h) {
        Map<Struct.Mark, Integer> pageOf = new HashMap<>();
        for (int p = 0; p < h.pages().size(); p++) {
            for (Op op : h.pages().get(p).ops()) {
                Struct.Mark m = op instanceof Op.Text t ? t.mark() : op instanceof Op.Figure f ? f.mark()
                        : op instanceof Op.Picture pic ? pic.mark() : null;
                if (m != null) {
                    pageOf.putIfAbsent(m, p + 1);
                }
            }
        }
        return pageOf;
    }

    /** The exercise cards: sections headed by a card name (H3) with a numbered list of steps. */
    static List<Struct> cards(Struct node) {
        List<Struct> out = new ArrayList<>();
        for (Object kid : node.kids()) {
            if (kid instanceof Struct s) {
                boolean named = s.kids().stream().anyMatch(k -> k instanceof Struct c && c.role().equals("H3"));
                boolean steps = s.kids().stream().anyMatch(k -> k instanceof Struct c && c.role().equals("L"));
                if (s.role().equals("Sect") && named && steps) {
                    out.add(s);
                } else {
                    out.addAll(cards(s));
                }
            }
        }
        return out;
    }

    /** The words drawn for a node and its kids. */
    static String text(Struct node, PagedHandout h) {
        java.util.Set<Struct.Mark> mine = new java.util.HashSet<>();
        collect(node, mine);
        StringBuilder sb = new StringBuilder();
        for (var page : h.pages()) {
            for (Op op : page.ops()) {
                if (op instanceof Op.Text t && mine.contains(t.mark())) {
                    sb.append(sb.length() == 0 ? "" : " ").append(t.text());
                }
            }
        }
        return sb.toString();
    }

    static void collect(Struct node, java.util.Set<Struct.Mark> into) {
        for (Object kid : node.kids()) {
            if (kid instanceof Struct.Mark m) {
                into.add(m);
            } else {
                collect((Struct) kid, into);
            }
        }
    }

    /** The section headed {@code heading} (an H2), or null. */
    static Struct section(Struct node, String heading, PagedHandout h) {
        for (Object kid : node.kids()) {
            if (kid instanceof Struct s) {
                boolean headed = s.kids().stream().anyMatch(k -> k instanceof Struct c && c.role().equals("H2")
                        && text(c, h).equals(heading));
                Struct found = s.role().equals("Sect") && headed ? s : section(s, heading, h);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The descendants of {@code node} in {@code role}, in reading order. */
    static List<Struct> all(Struct node, String role) {
        List<Struct> out = new ArrayList<>();
        for (Object kid : node.kids()) {
            if (kid instanceof Struct s) {
                if (s.role().equals(role)) {
                    out.add(s);
                }
                out.addAll(all(s, role));
            }
        }
        return out;
    }
}
