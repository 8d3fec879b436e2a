package org.hep.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters the main font lacks come from the template's {@code fonts:} or the machine's own
 * fonts (found through fontconfig, never required); right-to-left text is drawn right to left.
 * Tests that need a CJK font run where the machine has one ({@code .ci/run} installs Noto CJK).
 */
class FontFallbackTest {
    @TempDir
    Path dir;

    @Test
    void namesAndNotesInChineseJapaneseKoreanPrintWithTheMachinesFonts() throws IOException {
        assumeTrue(fontFileFor(0x738B) != null && fontFileFor(0xAE40) != null && fontFileFor(0x3086) != null,
                "no CJK font on this machine");
        PdfProbe pdf = Hep.generate(dir, "neck-pain", "--patient", "王小明", "--therapist", "김민준",
                "--notes", "山田さん、ゆっくり。", "--date", "2026-03-01");
        pdf.assertInOrder(List.of("王小明", "김민준", "山田さん、ゆっくり。"));
        assertTrue(fontTypes(pdf.bytes()).contains("Type3"), "CJK glyphs drawn from the outlines of the system font");
        PdfProbe again = Hep.generate(dir, "neck-pain", "--patient", "王小明", "--therapist", "김민준",
                "--notes", "山田さん、ゆっくり。", "--date", "2026-03-01");
        assertTrue(java.util.Arrays.equals(pdf.bytes(), again.bytes()), "the same bytes for the same input and fonts");
    }

    @Test
    void aTemplatesFontsAreTriedFirstEvenWithoutTheMachinesFonts() throws IOException {
        Path cjk = fontFileFor(0x738B);
        assumeTrue(cjk != null, "no CJK font on this machine");
        Path template = Hep.write(dir, "clinic.yaml",
                "extends: standard\nfonts:\n  - " + cjk + "\nsystem_fonts: false\n");
        PdfProbe pdf = Hep.generate(dir, "neck-pain", "--template", template.toString(), "--patient", "王小明");
        assertTrue(pdf.page(1).contains("王小明"), pdf.page(1));
    }

    @Test
    void aCharacterNoFontHasPrintsAsAQuestionMarkAndTheWarningNamesItsField() throws IOException {
        Path template = Hep.write(dir, "own-fonts-only.yaml", "extends: standard\nsystem_fonts: false\n");
        Path lib = dir.resolve("lib");
        Hep.write(lib, "smile.yaml", "name: Smile\nsteps: [\"Smile \uD83E\uDDD8 now.\"]\n");
        Path plan = Hep.write(dir, "plan.yaml", "title: Smile\nexercises:\n  - use: smile\n");
        Path out = dir.resolve("x.pdf");
        CliRun r = Hep.expectExit(0, Hep.run("generate", plan.toString(), "--library", lib.toString(),
                "--template", template.toString(), "--patient", "王小明", "--notes", "Bonne journée \uD83E\uDDD8",
                "-o", out.toString()));
        assertEquals(List.of(
                "--patient: warning: 3 characters are not in any font and print as '?': U+5C0F, U+660E, U+738B",
                "--notes: warning: 1 character is not in any font and prints as '?': U+1F9D8",
                lib.resolve("smile.yaml") + ": warning: 1 character is not in any font and prints as '?': U+1F9D8"),
                r.errLines());
        assertTrue(PdfProbe.of(Files.readAllBytes(out)).page(1).contains("???"));
    }

    @Test
    void hebrewAndArabicAreDrawnRightToLeftAndArabicLettersJoin() throws IOException {
        assumeTrue(fontFileFor(0x05D3) != null && fontFileFor(0xFEE3) != null, "no Hebrew or Arabic font on this machine");
        PdfProbe pdf = Hep.generate(dir, "neck-pain", "--patient", "דנה לוי", "--notes", "مرحبا", "--date", "2026-03-01");
        // What a screen reader says, and copies: the words as written.
        assertTrue(pdf.page(1).contains("דנה לוי"), pdf.page(1));
        assertEquals(List.of(" דנה לוי", " مرحبا"), spans(pdf.bytes()).stream().map(Span::said).toList());
        // What is drawn, left to right: each word from its last letter to its first; Arabic joined
        // (alef final, beh medial, hah initial, reh final, meem initial).
        assertEquals(List.of(" יול הנד", " \uFE8E\uFE92\uFEA3\uFEAE\uFEE3"),
                spans(pdf.bytes()).stream().map(Span::drawn).toList());
    }

    @Test
    void directionIsolatesAndMarksOrderTheLineAsTheUnicodeBidiAlgorithmDoes() throws IOException {
        assumeTrue(fontFileFor(0x05D0) != null, "no Hebrew font on this machine");
        // A right-to-left isolate around Latin words: a browser (the HTML handout), an editor and
        // java.text.Bidi show "above 5, keep going if below 3"; the PDF must not print it as typed.
        String caution = "Stop if pain is \u2067below 3\u200F \u200Fkeep going if\u200F ,\u200Fabove 5\u2069. \u05D0";
        Path plan = Hep.write(dir, "t.yaml", "title: B\nexercises:\n  - name: Squat\n    steps: [Do it.]\n"
                + "    cautions:\n      - \"" + caution.replace("\u2067", "\\u2067").replace("\u2069", "\\u2069")
                .replace("\u200F", "\\u200F") + "\"\n");
        PdfProbe pdf = Hep.generate(dir, plan.toString(), "--date", "2026-03-01");
        String expected = bidiVisual(caution);
        assertEquals("Stop if pain is above 5, keep going if below 3. \u05D0", expected);
        Span span = spans(pdf.bytes()).stream().filter(s -> s.said().contains("Stop")).findFirst().orElseThrow();
        assertEquals(expected, span.drawn().strip(), "drawn left to right, one glyph after the other");
        assertEquals("Stop if pain is below 3 keep going if ,above 5. \u05D0", span.said().strip(),
                "read aloud and copied in logical order, without the controls");
        assertTrue(pdf.text().codePoints().noneMatch(cp -> cp == 0x2067 || cp == 0x2069 || cp == 0x200F),
                "no direction control in the extracted text");
    }

    /**
     * An isolate broken over two lines: each line is ordered as its part of the whole paragraph
     * (the levels java.text.Bidi gives the whole text), as a browser breaks and orders it.
     */
    @Test
    void anIsolateBrokenOverTwoLinesOrdersEachLineAsPartOfTheParagraph() throws IOException {
        assumeTrue(fontFileFor(0x05D0) != null, "no Hebrew font on this machine");
        String caution = "Stop if pain is \u2067below 3\u200F \u200Fkeep going if\u200F ,\u200Fabove 5 after you have done"
                + " the exercise slowly for ten minutes every morning\u200F ,\u200Fevery evening of the week\u2069. \u05D0";
        Path plan = Hep.write(dir, "t.yaml", "title: B\nexercises:\n  - name: Squat\n    steps: [Do it.]\n"
                + "    cautions:\n      - \"" + caution.replace("\u2067", "\\u2067").replace("\u2069", "\\u2069")
                .replace("\u200F", "\\u200F") + "\"\n");
        PdfProbe pdf = Hep.generate(dir, plan.toString(), "--date", "2026-03-01");
        List<Span> lines = spans(pdf.bytes()).stream().filter(s -> caution.contains(s.said().strip())
                || withoutControls(caution).contains(s.said().strip())).toList();
        assertEquals(2, lines.size(), lines.toString());
        java.text.Bidi bidi = new java.text.Bidi(caution, java.text.Bidi.DIRECTION_LEFT_TO_RIGHT);
        StringBuilder logical = new StringBuilder();
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < caution.length(); i++) {
            if (!isControl(caution.charAt(i))) {
                logical.append(caution.charAt(i));
                levels.add(bidi.getLevelAt(i));
            }
        }
        int from = 0;
        for (Span line : lines) {
            String said = line.said().strip();
            int at = logical.indexOf(said, from);
            assertTrue(at >= 0, said);
            assertEquals(reordered(logical.substring(at, at + said.length()), levels.subList(at, at + said.length())),
                    line.drawn().strip());
            from = at + said.length();
        }
        assertTrue(lines.get(1).drawn().strip().startsWith("every evening of the week, exercise slowly"),
                "line two begins inside the isolate: " + lines);
    }

    private static String withoutControls(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().filter(c -> !isControl((char) c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static boolean isControl(char c) {
        return (c >= 0x202A && c <= 0x202C) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** Rule L2: from the highest level down to 1, every run at or above the level reversed. */
    private static String reordered(String text, List<Integer> levels) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            order.add(i);
        }
        int highest = levels.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int level = highest; level >= 1; level--) {
            int i = 0;
            while (i < order.size()) {
                if (levels.get(order.get(i)) < level) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < order.size() && levels.get(order.get(j)) >= level) {
                    j++;
                }
                java.util.Collections.reverse(order.subList(i, j));
                i = j;
            }
        }
        StringBuilder out = new StringBuilder();
        order.forEach(i -> out.append(text.charAt(i)));
        return out.toString();
    }

    @Test
    void hebrewAndEnglishWithoutControlsAreOrderedAsBefore() throws IOException {
        assumeTrue(fontFileFor(0x05D0) != null, "no Hebrew font on this machine");
        String caution = "Call \u05D3\u05E0\u05D4 \u05DC\u05D5\u05D9 at 5 pm, (\u05E9\u05DC\u05D5\u05DD) ok.";
        Path plan = Hep.write(dir, "h.yaml", "title: H\nexercises:\n  - name: Squat\n    steps: [Do it.]\n"
                + "    cautions:\n      - \"" + caution + "\"\n");
        PdfProbe pdf = Hep.generate(dir, plan.toString(), "--date", "2026-03-01");
        Span span = spans(pdf.bytes()).stream().filter(s -> s.said().contains("Call")).findFirst().orElseThrow();
        assertEquals("Call \u05D9\u05D5\u05DC \u05D4\u05E0\u05D3 at 5 pm, (\u05DD\u05D5\u05DC\u05E9) ok.",
                span.drawn().strip());
        assertEquals(bidiVisual(caution), span.drawn().strip());
    }

    /**
     * {@code text} in the order the Unicode Bidi Algorithm shows it in a left-to-right paragraph:
     * java.text.Bidi's levels, rule L2 (reverse every run at or above each odd level, highest
     * first), the direction controls left out. Brackets are not mirrored: the texts have none
     * inside a right-to-left run.
     */
    private static String bidiVisual(String text) {
        java.text.Bidi bidi = new java.text.Bidi(text, java.text.Bidi.DIRECTION_LEFT_TO_RIGHT);
        int n = text.length();
        List<Integer> order = new ArrayList<>();
        int highest = 0;
        for (int i = 0; i < n; i++) {
            order.add(i);
            highest = Math.max(highest, bidi.getLevelAt(i));
        }
        for (int level = highest; level >= 1; level--) {
            int i = 0;
            while (i < n) {
                if (bidi.getLevelAt(order.get(i)) < level) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && bidi.getLevelAt(order.get(j)) >= level) {
                    j++;
                }
                java.util.Collections.reverse(order.subList(i, j));
                i = j;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i : order) {
            char c = text.charAt(i);
            if (!(c >= 0x202A && c <= 0x202C) && !(c >= 0x2066 && c <= 0x2069) && c != 0x200E && c != 0x200F
                    && c != 0x061C) {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void withoutAFontRightToLeftTextPrintsAsQuestionMarksNeverBackwards() throws IOException {
        Path template = Hep.write(dir, "own-fonts-only.yaml", "extends: standard\nsystem_fonts: false\n");
        Path out = dir.resolve("x.pdf");
        CliRun r = Hep.expectExit(0, Hep.run("generate", "neck-pain", "--template", template.toString(),
                "--patient", "דנה", "-o", out.toString()));
        assertEquals(List.of("--patient: warning: 3 characters are not in any font and print as '?': U+05D3, U+05D4,"
                + " U+05E0"), r.errLines());
        assertTrue(PdfProbe.of(Files.readAllBytes(out)).page(1).contains("Patient: ???"));
    }

    @Test
    void devanagariPrintsUnshapedInThePdfWithOneWarningPerInputAndNoneForHtml() throws IOException {
        assumeTrue(fontFileFor(0x0915) != null, "no Devanagari font on this machine");
        Path lib = dir.resolve("lib");
        Hep.write(lib, "greet.yaml", "name: Greet\nsteps: [\"Say नमस्ते.\", \"Say नमस्ते again.\"]\n");
        Path plan = Hep.write(dir, "plan.yaml", "title: Greet\nexercises:\n  - use: greet\n");
        String unshaped = ": warning: Devanagari text prints unshaped in the PDF (letters not reordered or joined),"
                + " so words may read misspelt; check the printout, or make the HTML handout (--format html), which a"
                + " browser shapes";
        Path pdf = dir.resolve("x.pdf");
        CliRun r = Hep.expectExit(0, Hep.run("generate", plan.toString(), "--library", lib.toString(),
                "--patient", "दीपिका पादुकोण", "--therapist", "Sam Lee", "-o", pdf.toString()));
        assertEquals(List.of("--patient" + unshaped, lib.resolve("greet.yaml") + unshaped), r.errLines());
        assertTrue(PdfProbe.of(Files.readAllBytes(pdf)).page(1).contains("दीपिका पादुकोण"), "the words are all there");

        CliRun html = Hep.expectExit(0, Hep.run("generate", plan.toString(), "--library", lib.toString(),
                "--patient", "दीपिका पादुकोण", "-o", dir.resolve("x.html").toString()));
        assertEquals("", html.err(), "a browser shapes the HTML handout");

        Path m = Hep.write(dir, "m.csv", "plan,patient,output\nplan.yaml,दीपिका,a.pdf\nplan.yaml,दीपिका,a.html\n");
        CliRun batch = Hep.expectExit(0, Hep.run("batch", m.toString(), "--library", lib.toString(), "--out-dir",
                dir.resolve("out").toString()));
        String inManifest = ": warning: Devanagari text prints unshaped in the PDF (letters not reordered or joined),"
                + " so words may read misspelt; check the printout, or name an .html 'output' for the HTML handout,"
                + " which a browser shapes";
        assertEquals(List.of(m + ":2: patient" + inManifest, m + ":2: " + lib.resolve("greet.yaml") + inManifest,
                "2 written, 0 failed"), batch.errLines());
    }

    @Test
    void textNoFontHasIsWarnedOfAsQuestionMarksNotAsUnshaped() throws IOException {
        Path template = Hep.write(dir, "own-fonts-only.yaml", "extends: standard\nsystem_fonts: false\n");
        CliRun r = Hep.expectExit(0, Hep.run("generate", "neck-pain", "--template", template.toString(),
                "--patient", "दीप", "-o", dir.resolve("x.pdf").toString()));
        assertEquals(List.of("--patient: warning: 3 characters are not in any font and print as '?': U+0926, U+092A,"
                + " U+0940"), r.errLines());
    }

    @Test
    void aNameInLatinLettersIsDrawnAsBefore() throws IOException {
        PdfProbe pdf = Hep.generate(dir, "neck-pain", "--patient", "Ana López");
        assertTrue(pdf.page(1).contains("Ana López"));
        assertEquals(List.of(), spans(pdf.bytes()));
        assertFalse(fontTypes(pdf.bytes()).contains("Type3"));
    }

    /** A marked-content span with /ActualText: what it says, and the characters it draws in order. */
    record Span(String said, String drawn) {
    }

    /** The /ActualText spans of page one, each with the text its show-text operators draw. */
    private static List<Span> spans(byte[] pdf) throws IOException {
        List<Span> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            PDFStreamParser parser = new PDFStreamParser(page);
            List<Object> operands = new ArrayList<>();
            PDFont font = null;
            String said = null;
            StringBuilder drawn = new StringBuilder();
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (!(token instanceof Operator op)) {
                    operands.add(token);
                    continue;
                }
                switch (op.getName()) {
                    case "Tf" -> font = page.getResources().getFont((COSName) operands.get(0));
                    case "BDC" -> {
                        // Properties are inline, or named in the page's resources.
                        COSDictionary d = operands.get(1) instanceof COSName n
                                ? page.getResources().getProperties(n).getCOSObject() : (COSDictionary) operands.get(1);
                        if (d.containsKey(COSName.ACTUAL_TEXT)) {
                            said = d.getString(COSName.ACTUAL_TEXT);
                        }
                    }
                    case "Tj" -> {
                        if (said != null) {
                            drawn.append(decode(font, ((COSString) operands.get(0)).getBytes()));
                        }
                    }
                    case "EMC" -> {
                        if (said != null) {
                            out.add(new Span(said, drawn.toString()));
                            said = null;
                            drawn.setLength(0);
                        }
                    }
                    default -> { }
                }
                operands.clear();
            }
        }
        return out;
    }

    private static String decode(PDFont font, byte[] bytes) throws IOException {
        StringBuilder s = new StringBuilder();
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        while (in.available() > 0) {
            s.append(font.toUnicode(font.readCode(in)));
        }
        return s.toString();
    }

    private static List<String> fontTypes(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    out.add(font.getSubType());
                }
            }
        }
        return out;
    }

    /** A font file fontconfig knows with {@code codePoint}, or null (no fontconfig, or no such font). */
    static Path fontFileFor(int codePoint) {
        try {
            Process p = new ProcessBuilder("fc-list", ":charset=" + Integer.toHexString(codePoint), "file").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out.lines().map(l -> l.replaceFirst(":\\s*$", "").strip())
                    .filter(l -> l.matches("(?i).*\\.(ttf|otf|ttc)")).map(Path::of).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
