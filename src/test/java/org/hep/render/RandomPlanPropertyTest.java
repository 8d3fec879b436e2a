package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.hep.load.Library;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random plans in Latin, Greek and Cyrillic with punctuation and symbols, words up to 300
 * characters, 0-60 exercises of 0-30 steps, random doses and templates. Each one either fails
 * with exactly the validation error it should (no exercises, or an exercise with no steps), or
 * gives a PDF that PDFBox reopens, with every step present in order and every glyph inside the
 * page margins.
 *
 * <p>Seeded, so a failure names the case seed and repeats. The number of cases comes from
 * {@code hep.property.samples}: {@code mvn verify -Dproperty.samples=10000} for a long run;
 * {@code -Dhep.property.seed=N} starts from another seed.
 */
class RandomPlanPropertyTest {
    private static final int SAMPLES = Integer.getInteger("hep.property.samples", 200);
    private static final long SEED = Long.getLong("hep.property.seed", 20260115L);
    /** Glyph boxes from PDFBox are approximate; a point is far below anything a reader sees. */
    private static final float TOLERANCE = 1f;

    private static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßÀÉÎÕÜŁłŒœŠšŽžĆćČčĐđŘřŞşĞğİı";
    private static final String GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψωάέήίόύώς";
    private static final String CYRILLIC = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяЄєІіЇїЎў";
    private static final String SYMBOLS = ".,;:!?'\"()[]{}-–—…«»“”‘’/\\&%$€£¥©®°±×÷≤≥≠→←•#@*+=<>|~^_§¶0123456789";
    private static final String[] SCRIPTS = {LATIN, GREEK, CYRILLIC, SYMBOLS};
    private static final String[] SIDES = {"each", "alternating", "left", "right"};

    @TempDir
    static Path dir;

    /** A built-in template's margin, or a random template file's. */
    record Layout(List<String> options, float margin, float body) {
    }

    /** The YAML, and what must come out: either these error lines, or these steps in order. */
    record Case(String yaml, List<String> errors, List<String> steps, Layout layout) {
    }

    @TestFactory
    Stream<DynamicTest> randomPlansRenderCompletelyInsideTheMargins() {
        return IntStream.range(0, SAMPLES).mapToObj(i -> {
            long seed = SEED + i;
            return DynamicTest.dynamicTest("case " + i + " (seed " + seed + ")", () -> check(seed));
        });
    }

    /**
     * Answers a random template may rightly get, whole: huge type in tiny margins can take a long plan
     * past the page limit or a footer past three lines, and a random accent can be too light to read.
     */
    private static boolean refusedWhole(String line, Path plan) {
        return line.matches(java.util.regex.Pattern.quote(plan.toString())
                + ": the handout would have \\d+ pages; the most is 1000 \\(split the plan into several handouts\\)")
                || line.matches(".*template-\\d+\\.yaml:\\d+:\\d+: 'footer' is too long for the foot of the printed page: .*; shorten it")
                || line.matches(".*template-\\d+\\.yaml:\\d+:\\d+: 'accent' \"#[0-9A-F]{6}\" is too light to read on white"
                        + " paper .*");
    }

    private void check(long seed) throws IOException {
        Path plan = dir.resolve("plan-" + seed + ".yaml");
        Path pdf = dir.resolve("plan-" + seed + ".pdf");
        Case c = randomCase(new Random(seed), seed);
        Files.writeString(plan, c.yaml(), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("generate", plan.toString(), "-o", pdf.toString(),
                "--date", "2026-01-15"));
        args.addAll(c.layout().options());
        CliRun run = Hep.run(args.toArray(String[]::new));
        if (!c.errors().isEmpty()) {
            List<String> want = c.errors().stream().map(e -> plan + ":" + e).toList();
            assertEquals(want, run.errLines(), "seed " + seed);
            assertEquals(1, run.exit());
            assertTrue(Files.notExists(pdf));
            return;
        }
        if (run.exit() == 1 && run.errLines().size() == 1 && refusedWhole(run.errLines().get(0), plan)) {
            assertTrue(Files.notExists(pdf), "seed " + seed);
            return;
        }
        // A random hold on a built-in exercise that pauses "for a moment" is rightly warned of; nothing else is.
        assertEquals(List.of(), run.errLines().stream().filter(l -> !l.contains("' does not say how long, beside the"
                + " dose's hold of")).toList(), "seed " + seed);
        assertEquals(0, run.exit(), "seed " + seed);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Glyphs glyphs = new Glyphs(c.layout());
            glyphs.getText(doc);
            if (!glyphs.outside.isEmpty()) {
                fail("seed " + seed + ": glyphs outside the margins: " + glyphs.outside.subList(0,
                        Math.min(5, glyphs.outside.size())));
            }
            String body = squeeze(glyphs.bodyText.toString());
            int from = 0;
            for (String step : c.steps()) {
                int at = body.indexOf(squeeze(step), from);
                if (at < 0) {
                    fail("seed " + seed + ": step missing or out of order: " + step);
                }
                from = at + squeeze(step).length();
            }
        }
        Files.delete(pdf);
        Files.delete(plan);
    }

    /**
     * Text without any whitespace (a long word is split across lines by the layout), in NFKC
     * so the renderer's "ﬂ" ligature compares equal to "fl".
     */
    private static String squeeze(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * Collects every glyph outside the margins, and the text of the body face at body size
     * (the steps' own style) outside artifacts, so headings, step numbers, continuation titles,
     * running heads and page footers between two halves of a step do not get in the way.
     */
    private static final class Glyphs extends PDFTextStripper {
        final List<String> outside = new ArrayList<>();
        final StringBuilder bodyText = new StringBuilder();
        private final Layout layout;
        private float width;
        private float height;

        private final java.util.ArrayDeque<Boolean> artifact = new java.util.ArrayDeque<>();
        /** Glyphs drawn as artifacts, noted as they are drawn (the text is written out later, per page). */
        private final java.util.Set<TextPosition> furniture = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());

        Glyphs(Layout layout) throws IOException {
            this.layout = layout;
            addOperator(new org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.markedcontent
                    .BeginMarkedContentSequenceWithProperties(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence(this));
        }

        @Override
        public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag,
                                               org.apache.pdfbox.cos.COSDictionary properties) {
            artifact.push(org.apache.pdfbox.cos.COSName.ARTIFACT.equals(tag) || Boolean.TRUE.equals(artifact.peek()));
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            artifact.poll();
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (Boolean.TRUE.equals(artifact.peek())) {
                furniture.add(t);
            }
            super.processTextPosition(t);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            width = page.getMediaBox().getWidth();
            height = page.getMediaBox().getHeight();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            float m = layout.margin();
            for (TextPosition p : positions) {
                float x = p.getXDirAdj();
                float baseline = p.getYDirAdj();
                float top = baseline - p.getHeightDir();
                if (x < m - TOLERANCE || x + p.getWidthDirAdj() > width - m + TOLERANCE
                        || top < m - TOLERANCE || baseline > height - m + TOLERANCE) {
                    outside.add("'" + p.getUnicode() + "' at x=" + x + " y=" + baseline + " page " + getCurrentPageNo());
                }
                String font = p.getFont().getName();
                // Page furniture (running head, footer) is an artifact; in large print it is body size too.
                // Italics are the book face slanted: a sheared text matrix.
                if (!furniture.contains(p) && Math.abs(p.getFontSize() - layout.body()) < 0.01f && !font.contains("Bold")
                        && p.getTextMatrix().getShearX() == 0) {
                    bodyText.append(p.getUnicode());
                }
            }
        }
    }

    // ---- generators -------------------------------------------------------------------

    private static Case randomCase(Random r, long seed) {
        List<String> lines = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        lines.add("title: " + quote(words(r, 1 + r.nextInt(6), 60)));
        if (r.nextBoolean()) {
            lines.add("condition: " + quote(words(r, 1 + r.nextInt(4), 40)));
        }
        // One case in ten is invalid on purpose: no exercises, or one exercise with no steps.
        boolean invalid = r.nextInt(10) == 0;
        int exercises = invalid && r.nextBoolean() ? 0 : 1 + skewed(r, 59);
        int noSteps = invalid && exercises > 0 ? r.nextInt(exercises) : -1;
        if (exercises == 0) {
            lines.add("exercises: []");
            errors.add(lines.size() + ":12: 'exercises' must list at least one exercise");
        } else {
            lines.add("exercises:");
        }
        List<String> builtIns = List.copyOf(Library.builtIn().exerciseIds());
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int e = 0; e < exercises; e++) {
            // A plan uses each exercise once: an id drawn again makes an inline exercise instead.
            String id = e != noSteps && r.nextInt(4) == 0 ? builtIns.get(r.nextInt(builtIns.size())) : null;
            if (id != null && used.add(id)) {
                lines.add("  - use: " + id);
                // Steps that name the dose read as the resolved dose; the rest must print as written.
                Library.builtIn().exercise(id).steps().stream().filter(t -> t.indexOf('{') < 0).forEach(steps::add);
            } else {
                lines.add("  - name: " + quote(words(r, 1 + r.nextInt(5), 300)));
                int n = e == noSteps ? 0 : 1 + skewed(r, 29);
                if (n == 0) {
                    lines.add("    steps: []");
                    errors.add(lines.size() + ":12: 'steps' must list at least one step");
                } else {
                    lines.add("    steps:");
                }
                for (int s = 0; s < n; s++) {
                    String step = words(r, 1 + r.nextInt(8), 300);
                    lines.add("      - " + quote(step.replace("{", "{{")));   // a brace is written {{ in text
                    steps.add(step);
                }
            }
            dose(r, lines);
        }
        Layout layout = layout(r, seed);
        return new Case(String.join("\n", lines) + "\n", errors, steps, layout);
    }

    private static void dose(Random r, List<String> lines) {
        if (r.nextBoolean()) {
            lines.add("    sets: " + (1 + r.nextInt(20)));
        }
        if (r.nextBoolean()) {
            int lo = 1 + r.nextInt(1000);
            lines.add("    reps: " + (r.nextBoolean() ? lo : "\"" + lo + "-" + (lo + r.nextInt(1001 - lo)) + "\""));
        }
        if (r.nextInt(3) == 0) {
            lines.add("    hold: " + (r.nextBoolean() ? (1 + r.nextInt(3600)) + "" : "\"" + (1 + r.nextInt(60)) + " min\""));
        }
        if (r.nextInt(3) == 0) {
            lines.add("    sides: " + SIDES[r.nextInt(SIDES.length)]);
        }
        if (r.nextInt(3) == 0) {
            lines.add("    rest: " + r.nextInt(3601));
        }
        if (r.nextInt(4) == 0) {
            lines.add("    per_day: " + (1 + r.nextInt(20)));
        }
        if (r.nextInt(4) == 0) {
            lines.add("    days_per_week: " + (1 + r.nextInt(7)));
        }
        if (r.nextInt(4) == 0) {
            lines.add("    load: " + quote(words(r, 1 + r.nextInt(3), 20)));
        }
        if (r.nextInt(5) == 0) {
            lines.add("    notes: " + quote(words(r, 1 + r.nextInt(20), 30).replace("{", "{{")));
        }
    }

    /** A built-in template, or a random one that extends standard within the allowed ranges. */
    private static Layout layout(Random r, long seed) {
        List<String> options = new ArrayList<>();
        if (r.nextBoolean()) {
            options.addAll(List.of("--patient", words(r, 1 + r.nextInt(3), 30)));
        }
        switch (r.nextInt(4)) {
            case 0:
                return new Layout(options, 46.8f, 12f);
            case 1:
                options.addAll(List.of("--template", "large-print"));
                return new Layout(options, 36f, 18f);
            case 2:
                options.addAll(List.of("--template", "compact", "--page-size", r.nextBoolean() ? "a4" : "letter"));
                return new Layout(options, 36f, 10.5f);
            default:
                int margin = 18 + r.nextInt(127);
                int body = 10 + r.nextInt(27);
                // hep refuses a template whose lines hold too few characters; keep to those it takes.
                while (org.hep.model.Template.charsPerLine(margin, 1, body) < org.hep.model.Template.MIN_LINE_CHARS) {
                    body--;
                }
                String yaml = "extends: standard\npage: " + (r.nextBoolean() ? "a4" : "letter") + "\nmargins: " + margin
                        + "\nsize: " + body + "\nheading_size: " + (10 + r.nextInt(39))
                        + "\nline_spacing: " + (1 + r.nextInt(16) / 10f) + "\ndensity: " + (0.4f + r.nextInt(17) / 10f)
                        + "\naccent: \"#" + String.format("%06X", accent(r)) + "\"\nlog: " + r.nextInt(32)
                        + "\nclinic:\n  name: " + quote(words(r, 1 + r.nextInt(4), 40))
                        + "\n  address: " + quote(words(r, 1 + r.nextInt(6), 30))
                        // One in four a footer of any length (refused past three lines), else a clinic's line.
                        + "\nfooter: " + quote(r.nextInt(4) == 0 ? words(r, 1 + r.nextInt(10), 30)
                                : words(r, 1 + r.nextInt(3), 8)) + "\n";
                Path template = dir.resolve("template-" + seed + ".yaml");
                try {
                    Files.writeString(template, yaml, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                options.addAll(List.of("--template", template.toString()));
                return new Layout(options, margin, body);
        }
    }

    /** 0 to {@code max}, mostly small: big plans are slow, and small ones find most bugs. */
    private static int skewed(Random r, int max) {
        return (int) Math.floor(Math.pow(r.nextDouble(), 5) * (max + 1));
    }

    /** One in four any colour (refused when too light to read), else one dark enough to print headings in. */
    private static int accent(Random r) {
        return r.nextInt(4) == 0 ? r.nextInt(1 << 24) : r.nextInt(0x60) << 16 | r.nextInt(0x60) << 8 | r.nextInt(0x60);
    }

    /** Words in one script each, mostly short, now and then up to {@code longest} characters. */
    private static String words(Random r, int count, int longest) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            String script = SCRIPTS[r.nextInt(SCRIPTS.length)];
            int length = r.nextInt(10) == 0 ? 1 + r.nextInt(longest) : 1 + r.nextInt(Math.min(12, longest));
            for (int i = 0; i < length; i++) {
                String pool = r.nextInt(8) == 0 ? SYMBOLS : script;
                sb.appendCodePoint(pool.codePointAt(pool.offsetByCodePoints(0, r.nextInt(pool.codePointCount(0, pool.length())))));
            }
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
