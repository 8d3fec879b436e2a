package org.hep.compose;

import java.util.List;
import org.hep.model.Dose;
import org.hep.model.Language;

/**
 * What a handout is, for document metadata and the summaries: its plan id, title, subject,
 * author, language, keywords, and the plan-wide schedule with its words.
 */
public record Meta(String planId, String title, String condition, String author, Language language,
                   List<String> keywords, Dose schedule, String scheduleWords) {
    public Meta {
        keywords = List.copyOf(keywords);
    }
}
