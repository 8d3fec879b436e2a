package org.hep.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hep.dose.DosedPlan;
import org.hep.model.HandoutDetails;
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
        HandoutTexts.each(details, template, dosed, m::scan);
        return m.result(dosed.plan().source());
    }

    private void scan(Object where, String text) {
        // Arabic is printed joined: its '?' is the joined form, so look for that.
        ArabicShaping.shape(text).codePoints().filter(missing::contains)
                .forEach(cp -> found.computeIfAbsent(where, k -> new TreeSet<>()).add(cp));
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
