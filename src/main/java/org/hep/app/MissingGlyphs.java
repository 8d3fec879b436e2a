package org.hep.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hep.dose.DosedExercise;
import org.hep.dose.DosedPlan;
import org.hep.model.Clinic;
import org.hep.model.Exercise;
import org.hep.model.HandoutDetails;
import org.hep.model.Plan;
import org.hep.model.Section;
import org.hep.model.Template;
import org.hep.script.ArabicShaping;

/**
 * Where the characters that printed as '?' came from, so the warning names what to fix: the
 * patient's name given on the command line (or in a manifest column), or the plan, exercise
 * or template file that holds them.
 */
public final class MissingGlyphs {
    /** Handout details given with the request rather than in a file. */
    public enum Field { PATIENT, THERAPIST, NOTES, NEXT_VISIT }

    /** Characters of one input that no font has: {@code field} set for a request detail, else {@code file}. */
    public record Missing(Field field, String file, SortedSet<Integer> codePoints) {
    }

    private final SortedSet<Integer> missing;
    private final Map<Object, SortedSet<Integer>> found = new LinkedHashMap<>();

    private MissingGlyphs(SortedSet<Integer> missing) {
        this.missing = missing;
    }

    /** Each input with characters in {@code missing}, in the order a reader meets them. */
    static List<Missing> find(SortedSet<Integer> missing, HandoutDetails details, Template template, DosedPlan dosed) {
        if (missing.isEmpty()) {
            return List.of();
        }
        MissingGlyphs m = new MissingGlyphs(missing);
        m.scan(Field.PATIENT, details.patient());
        m.scan(Field.THERAPIST, details.therapist());
        m.scan(Field.NOTES, details.notes());
        m.scan(Field.NEXT_VISIT, details.nextVisit());
        Clinic c = template.clinic();
        m.scan(template.source(), c.name(), c.address(), c.phone(), c.website(), template.footer());
        Plan plan = dosed.plan();
        m.scan(plan.source(), plan.title(), plan.condition(), plan.disclaimer());
        for (Section s : plan.education()) {
            m.scan(plan.source(), s.heading());
            m.scan(plan.source(), s.paragraphs().toArray(String[]::new));
            m.scan(plan.source(), s.bullets().toArray(String[]::new));
        }
        for (DosedExercise de : dosed.exercises()) {
            Exercise e = de.exercise();
            m.scan(plan.source(), de.notes(), de.dose().load());
            m.scan(e.source(), e.name(), e.summary(), e.start(), e.imageAlt(), e.imageEndAlt());
            for (List<String> texts : List.of(e.steps(), e.cues(), e.cautions(), e.equipment())) {
                m.scan(e.source(), texts.toArray(String[]::new));
            }
        }
        m.scan(plan.source(), plan.advice().toArray(String[]::new));
        return m.result(plan.source());
    }

    private void scan(Object where, String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            // Arabic is printed joined: its '?' is the joined form, so look for that.
            ArabicShaping.shape(text).codePoints().filter(missing::contains)
                    .forEach(cp -> found.computeIfAbsent(where, k -> new TreeSet<>()).add(cp));
        }
    }

    /** Characters no input accounts for (printed words of hep itself) are put with the plan. */
    private List<Missing> result(String planSource) {
        SortedSet<Integer> rest = new TreeSet<>(missing);
        found.values().forEach(rest::removeAll);
        if (!rest.isEmpty()) {
            found.computeIfAbsent(planSource, k -> new TreeSet<>()).addAll(rest);
        }
        List<Missing> out = new ArrayList<>();
        found.forEach((where, cps) -> out.add(where instanceof Field f ? new Missing(f, null, cps)
                : new Missing(null, (String) where, cps)));
        return out;
    }
}
