package org.hep.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hep.compose.Block;
import org.hep.compose.Glue;
import org.hep.compose.Handout;
import org.hep.model.Template;
import org.hep.picture.PictureEncoder;

/**
 * One self-contained, accessible HTML file from the composed handout: semantic headings and
 * lists, the template's accent and size, a print stylesheet, pictures and QR codes inline, no
 * script and nothing fetched from the network. A patient reads it on a phone; portals and
 * e-mail take it as it is.
 */
public final class HtmlHandout {
    private static final String CSS = stylesheet();
    /** handout.css: a logo is at most 4rem tall and 35% of the 46rem page wide (CSS pixels). */
    private static final int LOGO_W = 258;
    private static final int LOGO_H = 64;

    private final StringBuilder out = new StringBuilder(32_000);
    private final int accent;
    private final Glue glue;

    private HtmlHandout(int accent, Glue glue) {
        this.accent = accent;
        this.glue = glue;
    }

    /** Escaped text with the no-break spaces the PDF has too, so both break lines alike. */
    private String text(String s) {
        return Html.text(glue.apply(s));
    }

    /** The handout with its blocks in {@code order}: the order its PDF is read in. */
    /**
     * Heap that decoding one {@code width × height} photo of the page takes, for its largest box:
     * the decoded picture and its ARGB copy, 8 bytes a pixel. The page keeps photos larger than
     * a PDF card does, so a batch of web pages budgets more for them.
     */
    public static long photoBytes(int width, int height) {
        int maxW = PictureEncoder.pixelsFor(CardHtml.PHOTO_W * DataUri.POINTS_PER_CSS_PX);
        int maxH = PictureEncoder.pixelsFor(CardHtml.PHOTO_H * DataUri.POINTS_PER_CSS_PX);
        return 8L * PictureEncoder.decodedPixels(width, height, maxW, maxH);
    }

    public static byte[] write(Handout handout, List<Block> order, Template template) {
        return new HtmlHandout(template.accent(), Glue.of(handout.meta().language())).document(handout, order, template)
                .getBytes(StandardCharsets.UTF_8);
    }

    private String document(Handout h, List<Block> order, Template template) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(h.meta().language().tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text(h.meta().title())).append("</title>\n");
        if (h.meta().author() != null) {
            out.append("<meta name=\"author\" content=\"").append(Html.text(h.meta().author())).append("\">\n");
        }
        // The template's variables after the stylesheet's defaults, so they win (same selector, later rule).
        out.append("<style>\n").append(CSS).append(variables(template)).append("</style>\n</head>\n<body>\n");
        Block.Header header = h.block(Block.Header.class);
        if (header != null && header.clinic() != null) {
            clinic(header.clinic());
        }
        out.append("<main>\n");
        for (Block block : order) {
            block(block);
        }
        out.append("</main>\n");
        if (h.furniture().footer() != null) {
            out.append("<footer><p>").append(text(h.furniture().footer())).append("</p></footer>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /**
     * The template's accent, tint, tips' rule (the accent faded 40% toward white, as on paper) and
     * body size, as CSS variables the stylesheet reads.
     */
    private static String variables(Template t) {
        String accent = String.format(Locale.ROOT, "#%06x", t.accent());
        String tint = String.format(Locale.ROOT, "#%06x", mix(t.accent(), 0xFFFFFF, 0.9f));
        String tipRule = String.format(Locale.ROOT, "#%06x", mix(t.accent(), 0xFFFFFF, 0.4f));
        // The paper asked for (the template's, or --page-size): a browser prints on it, and the reading
        // order already follows the PDF on that paper.
        return String.format(Locale.ROOT,
                ":root { --accent: %s; --tint: %s; --tip-rule: %s; --base: %.1fpx; --print-base: %.1fpt;%s }%n"
                        + "@page { size: %s; }%n",
                accent, tint, tipRule, t.bodySize() * 4f / 3f, t.bodySize(), t.italics() ? "" : " --emphasis: normal;",
                t.page() == org.hep.model.PageSize.A4 ? "A4" : "letter");
    }

    private static int mix(int a, int b, float amount) {
        int r = Math.round(((a >> 16) & 0xff) * (1 - amount) + ((b >> 16) & 0xff) * amount);
        int g = Math.round(((a >> 8) & 0xff) * (1 - amount) + ((b >> 8) & 0xff) * amount);
        int bl = Math.round((a & 0xff) * (1 - amount) + (b & 0xff) * amount);
        return (r << 16) | (g << 8) | bl;
    }

    private void clinic(Block.Clinic c) {
        out.append("<header class=\"clinic\">\n<div>\n");
        if (c.name() != null) {
            out.append("<p class=\"name\">").append(text(c.name())).append("</p>\n");
        }
        if (!c.contact().isEmpty()) {
            out.append("<p class=\"contact\">").append(text(String.join("  \u00b7  ", c.contact()))).append("</p>\n");
        }
        out.append("</div>\n");
        if (c.logo() != null) {
            out.append("<img src=\"").append(DataUri.of(c.logo().path(), LOGO_W, LOGO_H)).append("\" alt=\"")
                    .append(Html.text(c.logo().alt())).append("\">\n");
        }
        out.append("</header>\n");
    }

    private void block(Block block) {
        if (block instanceof Block.Header h) {
            out.append("<h1>").append(text(h.title())).append("</h1>\n");
            if (h.condition() != null) {
                out.append("<p class=\"condition\">").append(text(h.condition())).append("</p>\n");
            }
        } else if (block instanceof Block.Patient p) {
            patient(p);
        } else if (block instanceof Block.Education e) {
            for (Block.TextSection s : e.sections()) {
                section(s.heading(), s.paragraphs(), s.bullets());
            }
        } else if (block instanceof Block.Exercises e) {
            out.append("<section>\n<h2>").append(text(e.heading())).append("</h2>\n");
            if (e.schedule() != null) {
                out.append("<p>").append(text(e.schedule())).append("</p>\n");
            }
            CardHtml cards = new CardHtml(out, accent, glue);
            e.cards().forEach(cards::card);
            out.append("</section>\n");
        } else if (block instanceof Block.Advice a) {
            out.append("<section>\n<h2>").append(text(a.heading())).append("</h2>\n");
            CardHtml.list(out, "ul", null, a.items(), glue);
            if (a.pain() != null) {
                new TrackingHtml(out, glue).painGuide(a.pain());
            }
            out.append("</section>\n");
        } else if (block instanceof Block.Log l) {
            new TrackingHtml(out, glue).log(l);
        } else if (block instanceof Block.Glance g) {
            new TrackingHtml(out, glue).glance(g);
        } else if (block instanceof Block.Notes n) {
            out.append("<section class=\"notes\">\n<h2>").append(text(n.heading())).append("</h2>\n");
            out.append("<div class=\"line\"></div>\n".repeat(n.lines()));
            out.append("</section>\n");
        } else if (block instanceof Block.Disclaimer d) {
            out.append("<p class=\"disclaimer\">").append(text(d.text())).append("</p>\n");
        }
    }

    private void patient(Block.Patient p) {
        out.append("<section class=\"patient\">\n<dl>\n");
        for (Block.Field f : p.fields()) {
            out.append("<div><dt>").append(text(f.label())).append("</dt><dd>").append(text(f.value()))
                    .append("</dd></div>\n");
        }
        if (p.notes() != null) {
            out.append("<div><dt>").append(text(p.notes().label())).append("</dt><dd>")
                    .append(text(p.notes().value())).append("</dd></div>\n");
        }
        out.append("</dl>\n</section>\n");
    }

    private void section(String heading, List<String> paragraphs, List<String> bullets) {
        out.append("<section>\n<h2>").append(text(heading)).append("</h2>\n");
        for (String p : paragraphs) {
            out.append("<p>").append(text(p)).append("</p>\n");
        }
        CardHtml.list(out, "ul", null, bullets, glue);
        out.append("</section>\n");
    }

    private static String stylesheet() {
        try (InputStream in = HtmlHandout.class.getResourceAsStream("handout.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in stylesheet is missing", e);
        }
    }
}
