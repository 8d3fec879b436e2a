package org.hep.figure;

import java.util.List;

/**
 * A motion arrow at a landmark. {@code path} follows the landmark from the start to the end
 * position; {@code circle} circles it; {@code straight} points at it, moving in {@code direction}
 * (a push: "press the knee down", "heels up").
 * {@code both} puts a head at each end (a movement there and back).
 */
public record ArrowSpec(String at, Style style, String direction, boolean both) {
    public static final List<String> DIRECTIONS = List.of("up", "down", "forward", "back", "left", "right");

    public enum Style {
        PATH, CIRCLE, STRAIGHT
    }
}
