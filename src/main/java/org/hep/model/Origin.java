package org.hep.model;

/**
 * Where in a YAML file a value was written (1-based line and column): a picture or font file that
 * turns out damaged only when drawn is reported at the line that named it.
 */
public record Origin(String file, int line, int column) {
}
