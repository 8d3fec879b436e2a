package org.hep.layout;

/** A run of text in one face; a paragraph is a list of spans (e.g. a bold label, then text). */
public record Span(String text, Face face) {
}
