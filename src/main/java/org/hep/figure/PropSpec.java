package org.hep.figure;

import java.util.List;

/**
 * One prop of a figure: {@code at} is the landmark where the body touches it; a band also
 * has {@code to} (another landmark, or a direction its fixed end lies in: front, back, up,
 * down, or the body's left or right); a towel has a {@code shape} (roll or flat).
 */
public record PropSpec(Prop prop, String at, String to, String shape) {
    public static final List<String> DIRECTIONS = List.of("front", "back", "up", "down", "left", "right");
    public static final List<String> TOWEL_SHAPES = List.of("roll", "flat");

    public String contact() {
        return at != null ? at : prop.defaultAt();
    }
}
