package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pain guide's three signs ("How much pain is OK?") are told apart on a black-and-white
 * printer by their shape, not only by their grey: the page is rendered in greyscale, the sign left
 * of each of "Green:", "Amber:" and "Red:" is cut out as the ink it leaves on paper, scaled to one
 * size, and any two of them differ over a good part of their area.
 */
class PainSignsInGreyTest {
    private static final float DPI = 150f;
    private static final int GRID = 24;
    /** Ink: darker than this grey (0 black, 255 paper); the lightest sign (amber) prints at about 185. */
    private static final int INK = 230;
    /** The least share of the grid two signs may differ in; a circle and an octagon alone differ in about 4%. */
    private static final double LEAST = 0.10;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"standard", "large-print", "compact"})
    void theThreeSignsDifferInShapeInGreyscale(String template) throws IOException {
        PdfProbe pdf = Hep.generate(dir, "it-band-syndrome", "--template", template, "--date", "2026-03-01");
        List<boolean[][]> signs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (String word : List.of("Green:", "Amber:", "Red:")) {
                PdfProbe.Line line = lineStarting(pdf, word);
                BufferedImage page = renderer.renderImageWithDPI(line.page() - 1, DPI, ImageType.GRAY);
                signs.add(signLeftOf(page, line, template + " / " + word));
            }
        }
        String[] names = {"green", "amber", "red"};
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                double differ = differ(signs.get(i), signs.get(j));
                assertTrue(differ >= LEAST, template + ": the " + names[i] + " and " + names[j] + " signs differ in only "
                        + Math.round(differ * 100) + "% of their shape in greyscale:\n" + draw(signs.get(i)) + "\n"
                        + draw(signs.get(j)));
            }
        }
    }

    private static PdfProbe.Line lineStarting(PdfProbe pdf, String word) {
        for (int p = 1; p <= pdf.pageCount(); p++) {
            for (PdfProbe.Line line : pdf.lines(p)) {
                if (line.text().startsWith(word)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no line starts with " + word);
    }

    /**
     * The ink nearest left of the line's first glyph, about the middle of the line, trimmed to its
     * bounds (up and down to the first blank row) and scaled onto a {@link #GRID}-square grid.
     */
    private static boolean[][] signLeftOf(BufferedImage page, PdfProbe.Line line, String what) {
        PdfProbe.Glyph g = line.glyphs().get(0);
        float px = DPI / 72f;
        int mid = Math.round((g.top() + g.bottom()) / 2f * px);
        int band = Math.round(g.size() * 0.3f * px);
        int x = Math.round(g.x() * px) - 2;
        // Leftwards: past the blank between sign and text, then across the sign to the blank before it.
        while (x > 0 && !inkIn(page, x, x, mid - band, mid + band)) {
            x--;
        }
        int right = x;
        while (x > 0 && inkIn(page, x, x, mid - band, mid + band)) {
            x--;
        }
        int left = x + 1;
        assertTrue(right - left >= 8, what + ": no sign left of the words (" + (right - left + 1) + " px of ink)");
        int inkTop = mid;
        while (inkTop > 0 && inkIn(page, left, right, inkTop - 1, inkTop - 1)) {
            inkTop--;
        }
        int inkBottom = mid;
        while (inkBottom < page.getHeight() - 1 && inkIn(page, left, right, inkBottom + 1, inkBottom + 1)) {
            inkBottom++;
        }
        boolean[][] grid = new boolean[GRID][GRID];
        for (int r = 0; r < GRID; r++) {
            for (int c = 0; c < GRID; c++) {
                int sx = left + Math.round((c + 0.5f) * (right - left + 1) / GRID - 0.5f);
                int sy = inkTop + Math.round((r + 0.5f) * (inkBottom - inkTop + 1) / GRID - 0.5f);
                grid[r][c] = ink(page, sx, sy);
            }
        }
        return grid;
    }

    private static boolean inkIn(BufferedImage page, int x0, int x1, int y0, int y1) {
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (ink(page, x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean ink(BufferedImage page, int x, int y) {
        return (page.getRGB(x, y) & 0xff) < INK;
    }

    private static double differ(boolean[][] a, boolean[][] b) {
        int n = 0;
        for (int r = 0; r < GRID; r++) {
            for (int c = 0; c < GRID; c++) {
                n += a[r][c] != b[r][c] ? 1 : 0;
            }
        }
        return n / (double) (GRID * GRID);
    }

    private static String draw(boolean[][] grid) {
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : grid) {
            for (boolean cell : row) {
                sb.append(cell ? '#' : '.');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
