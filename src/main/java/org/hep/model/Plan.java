package org.hep.model;

import java.util.List;

/** A condition plan as loaded from YAML, before any command-line dose is applied. */
public record Plan(
        String id,
        String title,
        String condition,
        String language,
        String template,
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
}
