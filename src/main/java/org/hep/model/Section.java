package org.hep.model;

import java.util.List;

/** An education section: a heading, paragraphs, then bullets. */
public record Section(String heading, List<String> paragraphs, List<String> bullets) {
    public Section {
        paragraphs = List.copyOf(paragraphs);
        bullets = List.copyOf(bullets);
    }
}
