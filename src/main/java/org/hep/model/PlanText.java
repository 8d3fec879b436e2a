package org.hep.model;

import java.util.List;

/** The words of a plan that a patient reads, in one language: what a translation replaces. */
public record PlanText(
        Language language,
        String title,
        String condition,
        String disclaimer,
        List<Section> education,
        List<String> advice) {

    public PlanText {
        education = List.copyOf(education);
        advice = List.copyOf(advice);
    }
}
