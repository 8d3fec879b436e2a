package org.hep.figure;

/**
 * How each role is painted, from the template's accent colour. Chosen to stay apart on a
 * black-and-white printer: the body mid grey, far limbs and props light grey, the moving part
 * the (dark) accent, the start position a pale fill with a grey outline.
 */
public record Palette(int accent) {
    /** Fill and stroke colours (null = none) and the stroke width in points at the reference size. */
    public record Style(Integer fill, Integer stroke, float width) {
    }

    private static final int WHITE = 0xFFFFFF;

    public Style style(Role role) {
        return switch (role) {
            case BODY -> new Style(0x5C6873, WHITE, 1.1f);
            case BODY_FAR -> new Style(0x9EA8B1, WHITE, 1.1f);
            case MOVING -> new Style(accent, WHITE, 1.1f);
            case MOVING_FAR -> new Style(mix(accent, WHITE, 0.45f), WHITE, 1.1f);
            case GHOST -> new Style(0xE9ECEF, 0xA9B2BB, 0.7f);
            case PROP -> new Style(0xDDE1E5, 0x87909A, 0.8f);
            case BAND -> new Style(null, 0x6F7882, 2.2f);
            case FLOOR -> new Style(null, 0x87909A, 1.2f);
            case ARROW -> new Style(null, accent, 1.6f);
            case ARROW_HEAD -> new Style(accent, null, 0f);
        };
    }

    /** {@code a} blended toward {@code b} by {@code t} (0 = a, 1 = b). */
    static int mix(int a, int b, float t) {
        int r = Math.round(((a >> 16) & 0xff) * (1 - t) + ((b >> 16) & 0xff) * t);
        int g = Math.round(((a >> 8) & 0xff) * (1 - t) + ((b >> 8) & 0xff) * t);
        int bl = Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
