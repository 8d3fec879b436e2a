package org.hep.html;

import java.util.List;
import org.hep.compose.Block;
import org.hep.compose.Glue;

/** The log (a table per week, rest days shaded), the plan at a glance and the pain guide, as HTML. */
final class TrackingHtml {
    private final StringBuilder out;
    private final Glue glue;

    TrackingHtml(StringBuilder out, Glue glue) {
        this.out = out;
        this.glue = glue;
    }

    private String text(String s) {
        return Html.text(glue.apply(s));
    }

    void log(Block.Log l) {
        out.append("<section class=\"log\">\n<h2>").append(text(l.heading())).append("</h2>\n");
        for (String hint : new String[] {l.hint(), l.restHint(), l.painHint()}) {
            if (hint != null) {
                out.append("<p>").append(text(hint)).append("</p>\n");
            }
        }
        for (int w = 0; w < l.weeks().size(); w++) {
            Block.LogWeek week = l.weeks().get(w);
            table(week.caption(), l.corner(), week.days());
            for (Block.LogRow row : l.rows()) {
                out.append("<tr><th scope=\"row\">").append(text(row.title()));
                if (row.aim() != null) {
                    out.append("<br><small>").append(text(row.aim())).append("</small>");
                }
                out.append("</th>");
                days(row.exerciseDays().subList(w * 7, w * 7 + 7), l.rest());
                out.append("</tr>\n");
            }
            pain(l.pain());
            out.append("</tbody>\n</table></div>\n");
        }
        out.append("</section>\n");
    }

    /** The plan at a glance, which is also the log: how to fill it in, then a table per week. */
    void glance(Block.Glance g) {
        out.append("<section class=\"glance\">\n<h2>").append(text(g.heading())).append("</h2>\n");
        for (String line : new String[] {g.schedule(), g.hint()}) {
            if (line != null) {
                out.append("<p>").append(text(line)).append("</p>\n");
            }
        }
        for (int w = 0; w < g.weeks().size(); w++) {
            Block.LogWeek week = g.weeks().get(w);
            table(week.caption(), g.corner(), week.days());
            for (Block.GlanceRow row : g.rows()) {
                out.append("<tr><th scope=\"row\"><strong>").append(text(row.title())).append("</strong>");
                if (!row.dose().isEmpty()) {
                    out.append("<br><small>").append(text(row.dose())).append("</small>");
                }
                out.append("</th>");
                days(row.exerciseDays().subList(w * 7, w * 7 + 7), g.rest());
                out.append("</tr>\n");
            }
            pain(g.pain());
            out.append("</tbody>\n</table></div>\n");
        }
        if (g.call() != null) {
            out.append("<p class=\"call\">").append(text(g.call())).append("</p>\n");
        }
        out.append("</section>\n");
    }

    /**
     * Green a circle, amber a triangle, red an octagon with a white bar, as in the printed handout:
     * told apart by shape in black and white. The signs are hidden from screen readers, the
     * sentences name the colours.
     */
    private static final String[] SIGNS = {
        "<circle cx=\"14\" cy=\"12\" r=\"10\" fill=\"#43a047\"/>",
        "<polygon points=\"14,2 25.55,22 2.45,22\" fill=\"#f2b600\"/>",
        "<polygon points=\"24,16.14 18.14,22 9.86,22 4,16.14 4,7.86 9.86,2 18.14,2 24,7.86\" fill=\"#b71c1c\"/>"
            + "<rect x=\"7.8\" y=\"10\" width=\"12.4\" height=\"4\" fill=\"#fff\" stroke=\"none\"/>"};

    void painGuide(Block.PainGuide p) {
        out.append("<section class=\"pain-guide\">\n<h3>").append(text(p.title())).append("</h3>\n<ul>\n");
        String[][] lights = {{"green", p.green()}, {"amber", p.amber()}, {"red", p.red()}};
        for (int i = 0; i < lights.length; i++) {
            out.append("<li class=\"").append(lights[i][0]).append("\"><svg class=\"sign\" viewBox=\"0 0 28 24\" ")
                    .append("aria-hidden=\"true\" focusable=\"false\">").append(SIGNS[i]).append("</svg>")
                    .append(text(lights[i][1])).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    /** A row to write the day's pain in, when there is one. */
    private void pain(String label) {
        if (label != null) {
            out.append("<tr class=\"pain\"><th scope=\"row\">").append(text(label)).append("</th>")
                    .append("<td></td>".repeat(7)).append("</tr>\n");
        }
    }

    private void table(String caption, String corner, List<String> days) {
        out.append("<div class=\"log-wrap\"><table class=\"log\">\n<caption>").append(text(caption))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(text(corner)).append("</th>");
        for (String d : days) {
            out.append("<th scope=\"col\">").append(text(d)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
    }

    /** Rest days are shaded and also named in hidden text, so the table does not speak in colour alone. */
    private void days(List<Boolean> exerciseDays, String rest) {
        for (boolean day : exerciseDays) {
            out.append(day ? "<td></td>" : "<td class=\"rest\"><span class=\"hidden\">" + text(rest) + "</span></td>");
        }
    }
}
