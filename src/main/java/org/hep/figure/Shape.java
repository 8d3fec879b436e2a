package org.hep.figure;

/** One filled or stroked outline of a figure. */
public record Shape(Role role, Path2 path) {
}
