package org.hep.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Fonts the machine has for a character, asked of fontconfig ({@code fc-match}), best match
 * first. Optional: without fontconfig, or when it fails or is slow, there are simply none.
 * Answers are kept for the life of the JVM (a batch asks once per character).
 */
final class SystemFonts {
    /** A font file and its index in a collection. */
    record Located(Path file, int index) {
    }

    private static final int MAX_CANDIDATES = 4;
    private static final long TIMEOUT_MS = 3000;
    private static final Map<Integer, List<Located>> CACHE = new ConcurrentHashMap<>();

    private SystemFonts() {
    }

    static List<Located> candidates(int codePoint) {
        return CACHE.computeIfAbsent(codePoint, SystemFonts::ask);
    }

    private static List<Located> ask(int codePoint) {
        String pattern = "sans-serif:charset=" + Integer.toHexString(codePoint);
        ProcessBuilder pb = new ProcessBuilder("fc-match", "-s", "-f", "%{file}|%{index}\\n", pattern)
                .redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readNBytes(64 * 1024);
            }
            if (!p.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return List.of();
            }
            return parse(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of(); // no fontconfig: system fonts are optional
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** The first few readable files of fc-match's "file|index" lines. */
    static List<Located> parse(String lines) {
        List<Located> out = new ArrayList<>();
        for (String line : lines.split("\n")) {
            int bar = line.lastIndexOf('|');
            if (bar <= 0 || out.size() >= MAX_CANDIDATES) {
                continue;
            }
            String name = line.substring(0, bar).toLowerCase(Locale.ROOT);
            if (!(name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc") || name.endsWith(".otc"))) {
                continue;
            }
            try {
                Path file = Path.of(line.substring(0, bar));
                int index = Integer.parseInt(line.substring(bar + 1).strip());
                if (Files.isRegularFile(file) && Files.size(file) <= MAX_FONT_BYTES) {
                    out.add(new Located(file, index));
                }
            } catch (RuntimeException | IOException e) {
                // an odd line: skip it
            }
        }
        return List.copyOf(out);
    }

    /** Collections of CJK fonts run to 20–30 MB; anything far larger is not a font to read whole. */
    private static final long MAX_FONT_BYTES = 64L << 20;
}
