package org.hep.layout;

import java.util.List;
import java.util.SortedSet;

/** A laid-out handout: pages of ops, the structure tree, and what the renderer writes as metadata. */
public record PagedHandout(float pageWidth, float pageHeight, List<Page> pages, Struct structure, String title,
                      String subject, String author, String language, List<String> keywords,
                      SortedSet<Integer> missingGlyphs) {
}
