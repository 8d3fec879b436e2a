package org.hep.model;

import java.util.List;

/**
 * A condition plan as loaded from YAML, before any command-line dose is applied.
 *
 * @param templateAt where the plan names its template, so a name that finds none is reported
 *                   there; null when it names none
 */
public record Plan(
        String id,
        String title,
        String condition,
        Language language,
        String template,
        Origin templateAt,
        List<String> regions,
        List<String> tags,
        String disclaimer,
        List<Section> education,
        Dose schedule,
        List<PlanEntry> entries,
        List<String> advice,
        String source) {

    public Plan {
        regions = List.copyOf(regions);
        tags = List.copyOf(tags);
        education = List.copyOf(education);
        entries = List.copyOf(entries);
        advice = List.copyOf(advice);
    }

    public PlanText text() {
        return new PlanText(language, title, condition, disclaimer, education, advice);
    }

    /**
     * The same plan in other words (a translation): exercises, doses, schedule and template stay;
     * {@code entries} carry the translated exercises and notes. The source stays the base file,
     * so a template named by the plan is still found beside it.
     */
    public Plan withText(PlanText t, List<PlanEntry> translatedEntries) {
        return new Plan(id, t.title(), t.condition(), t.language(), template, templateAt, regions, tags, t.disclaimer(),
                t.education(), schedule, translatedEntries, t.advice(), source);
    }
}
