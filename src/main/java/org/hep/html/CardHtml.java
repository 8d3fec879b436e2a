package org.hep.html;

import java.util.List;
import org.hep.compose.Card;
import org.hep.compose.EndPicture;
import org.hep.compose.Glue;
import org.hep.compose.Picture;
import org.hep.dose.DoseStrip;
import org.hep.figure.Drawing;
import org.hep.figure.Palette;
import org.hep.figure.SvgWriter;

/** One exercise card as an article: heading, purpose, dose, picture, start, ordered steps, cautions, tips, note, video. */
final class CardHtml {
    /** handout.css: a photo fills at most the 46rem page width and 20rem of height (CSS pixels). */
    static final int PHOTO_W = 736;
    static final int PHOTO_H = 320;

    private final StringBuilder out;
    private final int accent;
    private final Glue glue;
    private boolean ticksSaid;

    CardHtml(StringBuilder out, int accent, Glue glue) {
        this.out = out;
        this.accent = accent;
        this.glue = glue;
    }

    private String text(String s) {
        return Html.text(glue.apply(s));
    }

    void card(Card c) {
        String id = "exercise-" + c.number();
        Card.CardWords w = c.words();
        out.append("<article class=\"card\" aria-labelledby=\"").append(id).append("\">\n<h3 id=\"").append(id)
                .append("\"><span class=\"badge\">").append(c.number()).append("</span> <span>")
                .append(text(c.name())).append("</span></h3>\n");
        if (c.purpose() != null) {
            out.append("<p class=\"purpose\">").append(text(c.purpose())).append("</p>\n");
        }
        if (!c.strip().items().isEmpty() || c.progress() != null) {
            out.append("<div class=\"dose\">");
            if (!c.strip().items().isEmpty()) {
                out.append("<dl class=\"strip\">");
                for (DoseStrip.Item i : c.strip().items()) {
                    out.append("<div><dt>").append(text(i.label())).append("</dt><dd>");
                    if (i.figure() != null) {
                        out.append("<strong>").append(text(i.figure())).append("</strong>&nbsp;");
                    }
                    out.append(text(i.unit())).append("</dd></div>");
                }
                out.append("</dl>");
            }
            if (w.ticks() != null && !c.strip().items().isEmpty()) {
                // What the circles are for is said once, by the first card's, as on paper.
                out.append("<p class=\"ticks\"><span aria-hidden=\"true\">")
                        .append("<span class=\"tick\"></span>".repeat(c.strip().ticks())).append("</span>");
                if (!ticksSaid && !w.ticks().isEmpty()) {
                    out.append(' ').append(text(w.ticks()));
                    ticksSaid = true;
                }
                out.append("</p>");
            }
            if (c.progress() != null) {
                out.append("<p>").append(text(c.progress())).append("</p>");
            }
            out.append("</div>\n");
        }
        if (!c.equipment().isEmpty()) {
            labelled(w.equipment(), String.join(", ", c.equipment()));
        }
        pictures(c);
        if (c.start() != null) {
            labelled(w.start(), c.start());
        }
        list(out, "ol", "steps", c.steps(), glue);
        // The warning right after the steps it is about, as in the printed handout.
        if (!c.cautions().isEmpty()) {
            out.append("<section class=\"cautions\">\n<h4><span aria-hidden=\"true\">\u26A0</span> ")
                    .append(text(w.cautions())).append("</h4>\n");
            list(out, "ul", null, c.cautions(), glue);
            out.append("</section>\n");
        }
        if (!c.tips().isEmpty()) {
            out.append("<section class=\"tips\">\n<h4>").append(text(w.tips())).append("</h4>\n");
            list(out, "ul", null, c.tips(), glue);
            out.append("</section>\n");
        }
        if (c.note() != null) {
            labelled(w.note(), c.note());
        }
        if (c.video() != null) {
            video(c);
        }
        out.append("</article>\n");
    }

    /** One picture, or the start and end positions side by side (stacked on a narrow screen), captioned. */
    private void pictures(Card c) {
        EndPicture end = c.end();
        if (end == null) {
            picture(c.picture(), c.figure(), null, PHOTO_W);
            return;
        }
        if (c.picture() == null && c.figure() == null) {
            return;
        }
        out.append("<div class=\"pictures\">\n");
        picture(c.picture(), c.figure(), end.startCaption(), PHOTO_W / 2);
        picture(end.picture(), end.figure(), end.endCaption(), PHOTO_W / 2);
        out.append("</div>\n");
    }

    private void picture(Picture photo, Drawing drawing, String caption, int maxW) {
        String figcaption = caption == null ? "" : "<figcaption>" + Html.text(caption) + "</figcaption>";
        if (photo != null) {
            out.append("<figure><img src=\"").append(DataUri.of(photo.path(), maxW, PHOTO_H)).append("\" alt=\"")
                    .append(Html.text(photo.alt())).append("\">").append(figcaption).append("</figure>\n");
        } else if (drawing != null) {
            // The drawn figure as vector art, sized by its own aspect; its alt text is the SVG's title.
            double px = 320;
            out.append("<figure class=\"drawn\">")
                    .append(SvgWriter.write(drawing, px, px / drawing.aspect(), new Palette(accent)))
                    .append(figcaption).append("</figure>\n");
        }
    }

    private void video(Card c) {
        out.append("<div class=\"video\">").append(InlineSvg.qr(c.video().modules(), c.video().alt())).append("<p>");
        if (Html.isWebAddress(c.video().url())) {
            out.append("<a href=\"").append(Html.text(c.video().url().strip())).append("\">")
                    .append(text(c.video().label())).append("</a>");
        } else {
            out.append("<strong>").append(text(c.video().label())).append("</strong>");
        }
        out.append("<br><span class=\"url\">").append(text(c.video().shortUrl())).append("</span></p></div>\n");
    }

    private void labelled(String label, String text) {
        out.append("<p><strong>").append(text(label + ":")).append("</strong> ").append(text(text)).append("</p>\n");
    }

    static void list(StringBuilder out, String tag, String cssClass, List<String> items, Glue glue) {
        if (items.isEmpty()) {
            return;
        }
        out.append('<').append(tag).append(cssClass == null ? "" : " class=\"" + cssClass + "\"").append(">\n");
        for (String item : items) {
            out.append("<li>").append(Html.text(glue.apply(item))).append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
    }
}
