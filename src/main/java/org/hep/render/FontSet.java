package org.hep.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.hep.layout.Face;
import org.hep.layout.Metrics;
import org.hep.script.VisualOrder;

/**
 * The parsed TrueType faces (DejaVu Sans by default) and their metrics. Parsing costs tens
 * of milliseconds, so a thread keeps its set for the life of the JVM ({@link #forThread});
 * fonts are not shared across threads because PDFBox reads glyph data through one stream.
 */
public final class FontSet implements Metrics {
    private static final Map<Choice, ThreadLocal<FontSet>> SETS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A template's fonts: its main font (null: built-in DejaVu Sans), the fonts tried for
     * characters that one lacks, and whether the machine's fonts are tried after them.
     */
    public record Choice(Path main, List<Path> fallbacks, boolean systemFonts) {
        public static final Choice BUILT_IN = new Choice(null, List.of(), true);

        public Choice {
            main = main == null ? null : main.toAbsolutePath();
            List<Path> absolute = new java.util.ArrayList<>(fallbacks.size());
            for (Path p : fallbacks) {
                absolute.add(p.toAbsolutePath());
            }
            fallbacks = java.util.Collections.unmodifiableList(absolute);
        }

        // Written out (the same as a record's): the generated ones are linked through method
        // handles at first use, which a one-off handout pays for at start.
        @Override
        public boolean equals(Object o) {
            return o instanceof Choice c && java.util.Objects.equals(c.main, main) && c.fallbacks.equals(fallbacks)
                    && c.systemFonts == systemFonts;
        }

        @Override
        public int hashCode() {
            return (31 * java.util.Objects.hashCode(main) + fallbacks.hashCode()) * 31 + Boolean.hashCode(systemFonts);
        }
    }

    /**
     * Code points below this have their width and whether they can be drawn kept in arrays:
     * layout asks both for every character it measures, and a map of boxed code points was a
     * few percent of a batch. Latin, Greek, Cyrillic, Arabic and the punctuation are below it.
     */
    private static final int DIRECT = 0x3000;
    private static final byte UNKNOWN = 0;
    private static final byte DRAWABLE = 1;
    private static final byte NOT_DRAWABLE = 2;

    /** One face's font and the lookups layout needs, read on first use. */
    private static final class Loaded {
        final FaceProgram program;
        final float unitsPerEm;
        /** Advance per em of code points below {@link #DIRECT}; NaN until asked. */
        final float[] directWidths = new float[DIRECT];
        /** Whether the face or a fallback font can draw code points below {@link #DIRECT}. */
        final byte[] drawable = new byte[DIRECT];
        final Map<Integer, Float> widths = new HashMap<>();

        Loaded(FaceProgram program) {
            this.program = program;
            this.unitsPerEm = program.unitsPerEm();
            java.util.Arrays.fill(directWidths, Float.NaN);
        }
    }

    private final Map<Face, java.util.function.Supplier<FaceProgram>> sources;
    private final Map<Face, Loaded> loaded = new EnumMap<>(Face.class);
    private FontChain chain = new FontChain(List.of(), false);
    /** The jar's own faces, the same in every thread, so their subsets can be shared. */
    private final boolean builtIn;
    private final float ascent;
    private final float descent;

    /** Faces a handout does not use (italics in large print) are never read. */
    private FontSet(Map<Face, java.util.function.Supplier<FaceProgram>> sources, boolean builtIn) {
        this.sources = sources;
        this.builtIn = builtIn;
        FaceProgram regular = face(Face.REGULAR).program;
        float upem = regular.unitsPerEm();
        ascent = regular.ascender() / upem;
        descent = -regular.descender() / upem;
    }

    private Loaded face(Face face) {
        Face own = drawnWith(face);
        Loaded l = loaded.get(own);
        if (l == null) {
            l = new Loaded(sources.get(own).get());
            loaded.put(own, l);
        }
        return l;
    }

    /**
     * The face whose font draws {@code face}. The built-in italics are the book face drawn
     * slanted ({@link #slanted}), as DejaVu Sans Oblique is the book's outlines sheared by 11°,
     * so a handout embeds two faces instead of three; they are measured with the book's widths
     * too (the oblique's differed only for a few letters, among them œ æ « », by at most 1%).
     */
    Face drawnWith(Face face) {
        return builtIn && face == Face.ITALIC ? Face.REGULAR : face;
    }

    /** Whether {@code face} is drawn by slanting {@link #drawnWith}'s upright font. */
    boolean slanted(Face face) {
        return builtIn && face == Face.ITALIC;
    }

    /** This thread's built-in DejaVu Sans set, with the machine's fonts for what it lacks. */
    public static FontSet forThread() {
        return forThread(Choice.BUILT_IN);
    }

    /** This thread's set for a template's TTF (used for every face). */
    public static FontSet forThread(Path ttf) {
        return forThread(new Choice(ttf, List.of(), true));
    }

    /** This thread's set for a template's fonts. */
    public static FontSet forThread(Choice choice) {
        ThreadLocal<FontSet> sets = SETS.get(choice);
        if (sets == null) {
            // A named ThreadLocal rather than lambdas, which a one-off handout would link at start.
            SETS.putIfAbsent(choice, new ThreadLocal<>() {
                @Override
                protected FontSet initialValue() {
                    FontSet set = choice.main() == null ? builtIn() : custom(choice.main());
                    set.chain = new FontChain(choice.fallbacks(), choice.systemFonts());
                    return set;
                }
            });
            sets = SETS.get(choice);
        }
        return sets.get();
    }

    private static FontSet builtIn() {
        Map<Face, java.util.function.Supplier<FaceProgram>> faces = new EnumMap<>(Face.class);
        for (Face face : new Face[] {Face.REGULAR, Face.BOLD}) {
            faces.put(face, new java.util.function.Supplier<>() {
                @Override
                public FaceProgram get() {
                    return BuiltInFace.of(face);
                }
            });
        }
        return new FontSet(faces, true);
    }

    private static FontSet custom(Path path) {
        TrueTypeFont ttf;
        try (InputStream in = Files.newInputStream(path)) {
            ttf = withoutLigatures(new TTFParser().parse(new RandomAccessReadBuffer(in)));
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw new UncheckedIOException(path + ": cannot read font: "
                    + org.hep.diag.IoMessages.reason(e), e);
        } catch (IOException | RuntimeException e) {
            throw new UnusableFontException(path, e);
        }
        try {
            FaceProgram program = new FontboxFace(ttf);
            Map<Face, java.util.function.Supplier<FaceProgram>> faces = new EnumMap<>(Face.class);
            for (Face f : Face.values()) {
                faces.put(f, () -> program);
            }
            FontSet set = new FontSet(faces, false);
            set.width("Aa?", Face.REGULAR, 1f);
            // A font whose licence forbids embedding (or allows bitmaps only) cannot go into a PDF/A file.
            if (forbidsEmbedding(ttf)) {
                throw new UnusableFontException(path, "its licence does not allow embedding");
            }
            String damage = damagedOutlines(ttf);
            if (damage != null) {
                throw new UnusableFontException(path, damage);
            }
            String lacking = lacking(ttf);
            if (lacking != null) {
                throw new UnusableFontException(path, lacking);
            }
            return set;
        } catch (UnusableFontException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnusableFontException(path, e);
        }
    }

    /**
     * Letters, digits and signs of ASCII and Latin-1 (no space or soft hyphen): a font that maps
     * one must be able to read it, and a letter or digit must have an outline. About 190 glyphs,
     * a millisecond's reading.
     */
    private static final String PROBE = probe();

    private static String probe() {
        StringBuilder sb = new StringBuilder();
        for (char c = '!'; c <= 0xFF; c++) {
            if (c <= '~' || c >= 0xA1 && c != 0xAD) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Why the font's outlines cannot be drawn, or null. The glyph table is read only where a
     * handout reads it, so a file whose glyph offsets point past the table, or whose glyph data is
     * cut or scrambled, parses fine and then prints every letter blank: checked here on the glyph
     * offsets and on the outlines of common letters and digits.
     */
    private static String damagedOutlines(TrueTypeFont ttf) throws IOException {
        if (ttf.getTableMap().get("glyf") == null || ttf.getIndexToLocation() == null) {
            return null; // not TrueType outlines: FontBox's own parse already refused what it cannot read
        }
        long[] offsets = ttf.getIndexToLocation().getOffsets();
        long glyf = ttf.getTableMap().get("glyf").getLength();
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] < 0 || offsets[i] > glyf) {
                return "its glyph table is damaged (glyph " + Math.max(0, i - 1) + " lies outside it)";
            }
            if (i > 0 && offsets[i] < offsets[i - 1]) {
                return "its glyph table is damaged (its glyph offsets are out of order at glyph " + i + ")";
            }
        }
        org.apache.fontbox.ttf.CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        for (char c : PROBE.toCharArray()) {
            int gid = cmap == null ? 0 : cmap.getGlyphId(c);
            if (gid <= 0) {
                continue; // a fallback font for another script need not have Latin letters
            }
            try {
                org.apache.fontbox.ttf.GlyphData g = ttf.getGlyph().getGlyph(gid);
                // A sign may map to a blank glyph (Noto Nushu's '-'); a letter or digit never.
                if (Character.isLetterOrDigit(c)
                        && (g == null || g.getPath() == null || g.getPath().getBounds2D().isEmpty())) {
                    return "its letter '" + c + "' has no outline";
                }
            } catch (IOException | RuntimeException e) {
                return "its letter '" + c + "' is damaged";
            }
        }
        return null;
    }

    /**
     * What a handout needs from its main font: hep's own words, the dose and the page numbers are
     * Latin letters and digits. A font for another script alone (Cypriot, Ogham) parses and draws,
     * but every one of them would print blank.
     */
    private static final String NEEDED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** Why the font cannot be a handout's main font for want of a character, or null. */
    private static String lacking(TrueTypeFont ttf) throws IOException {
        org.apache.fontbox.ttf.CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        for (char c : NEEDED.toCharArray()) {
            if (cmap == null || cmap.getGlyphId(c) <= 0) {
                return "it has no '" + c + "' (a handout's own words and numbers need the Latin letters A-Z and"
                        + " a-z and the digits 0-9)";
            }
        }
        return null;
    }

    private static boolean forbidsEmbedding(TrueTypeFont ttf) {
        try {
            return ttf.getOS2Windows() != null && (ttf.getOS2Windows().getFsType() & 0x0202) != 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template's font file that parses badly or lacks the tables text layout needs. */
    public static final class UnusableFontException extends RuntimeException {
        private final transient Path path;

        private final String reason;

        UnusableFontException(Path path, Throwable cause) {
            super(path + ": not a usable TrueType font", cause);
            this.path = path;
            this.reason = null;
        }

        UnusableFontException(Path path, String reason) {
            super(path + ": not a usable TrueType font: " + reason);
            this.path = path;
            this.reason = reason;
        }

        /** Why, in words, when hep knows more than that the file does not parse; else null. */
        public String reason() {
            return reason;
        }

        public Path path() {
            return path;
        }
    }


    /**
     * PDFBox would otherwise draw "fi" as the ligature glyph U+FB01, so copied, searched or
     * read-aloud text says "ﬁx" instead of "fix"; layout also measures letter by letter.
     */
    private static TrueTypeFont withoutLigatures(TrueTypeFont ttf) {
        ttf.setEnableGsub(false);
        return ttf;
    }

    boolean isBuiltIn() {
        return builtIn;
    }

    FaceProgram program(Face face) {
        return face(face).program;
    }

    /** The face as FontBox reads it, for drawing with PDFBox's own fonts (the figure sheet). */
    TrueTypeFont ttf(Face face) {
        if (face(face).program instanceof FontboxFace f) {
            return f.ttf();
        }
        try {
            return withoutLigatures(new TTFParser().parse(new RandomAccessReadBuffer(BuiltInFace.read(BuiltInFace.file(face)))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in font " + BuiltInFace.file(face), e);
        }
    }

    @Override
    public float width(String text, Face face, float size) {
        Loaded l = face(face);
        float[] direct = l.directWidths;
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (VisualOrder.isControl(cp)) {
                continue; // a direction control is not drawn
            }
            if (cp < DIRECT) {
                float w = direct[cp];
                if (Float.isNaN(w)) {
                    w = advance(face, cp);
                    direct[cp] = w;
                }
                total += w;
                continue;
            }
            Float w = l.widths.get(cp);
            if (w == null) {
                w = advance(face, cp);
                l.widths.put(cp, w);
            }
            total += w;
        }
        return total * size;
    }

    private float advance(Face face, int cp) {
        try {
            Loaded l = face(face);
            int gid = l.program.glyphId(cp);
            if (gid == 0 && chain.slot(cp) >= 0) {
                FallbackFont f = chain.font(chain.slot(cp));
                return f.advanceUnits(cp) / f.unitsPerEm();
            }
            return l.program.advance(gid) / l.unitsPerEm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font metrics", e);
        }
    }

    @Override
    public boolean hasGlyph(int codePoint, Face face) {
        Loaded l = face(face);
        if (codePoint < 0 || codePoint >= DIRECT) {
            return l.program.glyphId(codePoint) != 0 || chain.slot(codePoint) >= 0;
        }
        byte known = l.drawable[codePoint];
        if (known == UNKNOWN) {
            known = l.program.glyphId(codePoint) != 0 || chain.slot(codePoint) >= 0 ? DRAWABLE : NOT_DRAWABLE;
            l.drawable[codePoint] = known;
        }
        return known == DRAWABLE;
    }

    /** A stretch of a line drawn with one font: {@code fallback} null for the face's own font. */
    record Run(String text, FallbackFont fallback) {
    }

    /** A text as drawn: its characters in drawing order ({@link VisualOrder}), cut into runs by font. */
    record Drawn(String text, List<Run> runs) {
    }

    /** Texts drawn lately, per face: a handout notes and then draws each, and a batch draws the same ones again. */
    private static final int MAX_DRAWN = 4096;
    @SuppressWarnings("unchecked")
    private final Map<String, Drawn>[] drawn = new Map[Face.values().length];

    /** {@code text} in drawing order and cut into runs by font, as before when this thread drew it lately. */
    Drawn drawn(String text, Face face) {
        face = drawnWith(face);
        Map<String, Drawn> known = drawn[face.ordinal()];
        if (known == null) {
            known = new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Drawn> eldest) {
                    return size() > MAX_DRAWN;
                }
            };
            drawn[face.ordinal()] = known;
        }
        Drawn d = known.get(text);
        if (d == null) {
            String visual = VisualOrder.of(text);
            d = new Drawn(visual, List.copyOf(runs(visual, face)));
            known.put(text, d);
        }
        return d;
    }

    /** The text cut where it passes between the face's font and the fonts of the chain. */
    List<Run> runs(String text, Face face) {
        FaceProgram cmap = face(face).program;
        List<Run> runs = new java.util.ArrayList<>(1);
        int start = 0;
        int current = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int slot = cmap.glyphId(cp) != 0 ? -1 : chain.slot(cp);
            if (slot != current && i > start) {
                runs.add(new Run(text.substring(start, i), current < 0 ? null : chain.font(current)));
                start = i;
            }
            current = slot;
            i += Character.charCount(cp);
        }
        if (start < text.length()) {
            runs.add(new Run(text.substring(start), current < 0 ? null : chain.font(current)));
        }
        return runs;
    }

    @Override
    public float ascent() {
        return ascent;
    }

    @Override
    public float descent() {
        return descent;
    }
}
