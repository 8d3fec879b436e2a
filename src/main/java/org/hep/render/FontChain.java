package org.hep.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fonts tried, in order, for a character the main font lacks: a template's {@code fonts:}
 * list, then (unless the template turns them off) the machine's own fonts found through
 * fontconfig, so a patient's name in Chinese, Japanese or Korean prints when the machine has
 * a font for it. One chain per font set, so per thread, like the fonts it holds.
 */
final class FontChain {
    /** A chain needs few system fonts (one per script); more lookups than this are not worth their time. */
    private static final int MAX_LOOKUPS = 16;

    private final List<FallbackFont> fonts = new ArrayList<>();
    private final boolean systemFonts;
    private final Map<Integer, Integer> slots = new HashMap<>();
    private final Set<SystemFonts.Located> tried = new HashSet<>();
    private int lookups;

    /**
     * @param files the template's fallback fonts, in order
     * @throws FontSet.UnusableFontException when one of them cannot be used
     */
    FontChain(List<Path> files, boolean systemFonts) {
        for (Path file : files) {
            try {
                fonts.add(FallbackFont.open(file, 0));
            } catch (IOException | RuntimeException e) {
                throw new FontSet.UnusableFontException(file, e);
            }
        }
        this.systemFonts = systemFonts;
    }

    /** Index of the first font that has {@code codePoint}, or -1 when none has it. */
    int slot(int codePoint) {
        Integer known = slots.get(codePoint);
        if (known != null) {
            return known;
        }
        int found = find(codePoint);
        if (found < 0 && systemFonts && lookups < MAX_LOOKUPS) {
            lookups++;
            found = fromSystem(codePoint);
        }
        slots.put(codePoint, found);
        return found;
    }

    FallbackFont font(int slot) {
        return fonts.get(slot);
    }

    private int find(int codePoint) {
        for (int i = 0; i < fonts.size(); i++) {
            if (fonts.get(i).has(codePoint)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds the first system font fontconfig offers that really has the character. */
    private int fromSystem(int codePoint) {
        for (SystemFonts.Located at : SystemFonts.candidates(codePoint)) {
            if (!tried.add(at)) {
                continue;
            }
            try {
                FallbackFont font = FallbackFont.open(at.file(), at.index());
                fonts.add(font);
                if (font.has(codePoint)) {
                    return fonts.size() - 1;
                }
            } catch (IOException | RuntimeException e) {
                // A system font hep cannot use (bitmap, no embedding): try the next one.
            }
        }
        return -1;
    }
}
