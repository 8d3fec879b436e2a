package org.hep.app;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.hep.dose.DosedPlan;
import org.hep.model.HandoutDetails;
import org.hep.model.Template;
import org.hep.script.ComplexScripts;

/**
 * Where the PDF printed text of a script it cannot shape (Devanagari, Tamil, Khmer…): a name
 * such as "दीपिका" prints with its vowel sign after the consonant instead of before it, so the
 * patient reads it misspelt. Each input is named once, with its scripts, so the warning says
 * what to check; characters no font has print as '?' and are warned of as such instead.
 */
public final class UnshapedText {
    /** Scripts of one input that print unshaped: {@code field} set for a request detail, else {@code file}. */
    public record Unshaped(MissingGlyphs.Field field, String file, List<String> scripts) {
    }

    private final SortedSet<Integer> missing;
    private final Map<Object, Set<UnicodeScript>> found = new LinkedHashMap<>();

    private UnshapedText(SortedSet<Integer> missing) {
        this.missing = missing;
    }

    /** @param missing characters no font has, which print as '?' and so are not text to shape */
    static List<Unshaped> find(SortedSet<Integer> missing, HandoutDetails details, Template template,
                               DosedPlan dosed) {
        UnshapedText u = new UnshapedText(missing);
        HandoutTexts.each(details, template, dosed, u::scan);
        List<Unshaped> out = new ArrayList<>();
        for (Map.Entry<Object, Set<UnicodeScript>> e : u.found.entrySet()) {
            Object where = e.getKey();
            List<String> names = new ArrayList<>();
            for (UnicodeScript script : e.getValue()) {
                names.add(ComplexScripts.name(script));
            }
            out.add(new Unshaped(where instanceof MissingGlyphs.Field f ? f : null,
                    where instanceof String file ? file : null, java.util.Collections.unmodifiableList(names)));
        }
        return out;
    }

    /** A plain loop: every text of every handout passes here, nearly all of it Latin. */
    private void scan(Object where, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            UnicodeScript script = ComplexScripts.unshaped(cp);
            if (script != null && !missing.contains(cp)) {
                Set<UnicodeScript> scripts = found.get(where);
                if (scripts == null) {
                    scripts = EnumSet.noneOf(UnicodeScript.class);
                    found.put(where, scripts);
                }
                scripts.add(script);
            }
        }
    }
}
