package org.hep.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Where characters the main font lacks come from: a template's {@code fonts:} files, in order,
 * then the machine's own fonts unless {@code system_fonts: false}.
 */
public record FontFallback(List<Path> files, boolean systemFonts) {
    public static final FontFallback DEFAULT = new FontFallback(List.of(), true);

    public FontFallback {
        files = List.copyOf(files);
    }
}
