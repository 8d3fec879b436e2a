package org.hep.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hep.app.Templates;
import org.hep.layout.Theme;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML handout as a browser and a screen reader meet it: semantic, escaped, self-contained. */
class HtmlHandoutTest {
    private static final String HOSTILE = Path.of("src/test/resources/fixtures/html/hostile-plan.yaml").toString();

    private static Document html(String... args) {
        CliRun r = Hep.run(args);
        assertEquals(0, r.exit(), r.err());
        return Jsoup.parse(r.stdout());
    }

    @Test
    void markupInAPlanPrintsAsTextAndNothingRuns() {
        Document doc = html("generate", HOSTILE, "--format", "html", "-o", "-", "--patient", "<b>Ana</b>");
        assertTrue(doc.select("script").isEmpty(), "no script element");
        assertTrue(doc.getAllElements().stream().allMatch(e -> e.attributes().asList().stream()
                .noneMatch(a -> a.getKey().startsWith("on"))), "no event handler attribute");
        assertEquals("<script>alert(\"title\")</script> Knee & hip", doc.title());
        assertEquals("<script>alert(\"title\")</script> Knee & hip", doc.selectFirst("h1").text());
        assertEquals("Wall squat </h3><script>alert(1)</script>", doc.selectFirst("article h3 span:eq(1)").text());
        assertTrue(doc.select("b").isEmpty(), "a patient's name is text, not bold markup");
        // The first section after the plan at a glance is the plan's own education.
        org.jsoup.nodes.Element education = doc.selectFirst("section:not(.glance) > h2");
        assertEquals("What <b>is</b> it?", education.text());
        assertEquals("A paragraph with <img src=x onerror=alert(1)> in it.", education.nextElementSibling().text());
    }

    @Test
    void nothingIsFetchedFromTheNetwork() {
        Document doc = html("generate", HOSTILE, "--format", "html", "-o", "-");
        List<String> sources = new ArrayList<>();
        doc.select("[src]").forEach(e -> sources.add(e.attr("src")));
        assertEquals(2, sources.size(), "the logo and the exercise picture");
        assertTrue(sources.stream().allMatch(s -> s.startsWith("data:image/png;base64,")), sources.toString());
        assertTrue(doc.select("link, iframe, object, embed, base").isEmpty());
        // Links are for the patient to follow, and only to web addresses.
        doc.select("a[href]").forEach(a -> assertTrue(a.attr("href").startsWith("https://"), a.attr("href")));
    }

    @Test
    void everyCardIsAnArticleWithOrderedStepsTipsCautionsAndPictures() throws Exception {
        Document doc = html("generate", "it-band-syndrome", "--format", "html", "-o", "-");
        JsonNode plan = new ObjectMapper().readTree(Hep.run("summary", "it-band-syndrome", "--format", "json").out());
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals(1, doc.select("h1").size());
        List<Element> cards = doc.select("article.card");
        assertEquals(plan.get("exercises").size(), cards.size());
        for (int i = 0; i < cards.size(); i++) {
            Element card = cards.get(i);
            JsonNode ex = plan.get("exercises").get(i);
            Element h3 = card.selectFirst("h3");
            assertEquals(card.attr("aria-labelledby"), h3.id());
            assertEquals((i + 1) + " " + ex.get("name").asText(), h3.text());
            assertEquals(texts(ex.get("steps")), card.select("ol.steps > li").eachText());
            assertEquals(texts(ex.get("cues")), card.select(".tips li").eachText());
            assertEquals(texts(ex.get("cautions")), card.select(".cautions li").eachText());
            if (!ex.get("cautions").isEmpty()) {
                // As on paper: the warning right after the steps it is about, then the tips.
                assertTrue(card.selectFirst("ol.steps").nextElementSibling().hasClass("cautions"), card.html());
            }
            List<String> strip = new java.util.ArrayList<>();
            ex.get("dose_strip").forEach(item -> strip.add(item.get("figure").isNull() ? item.get("unit").asText()
                    : item.get("figure").asText() + " " + item.get("unit").asText()));
            assertEquals(strip, card.select(".strip dd").eachText());
            // Each card's circles, one per set; what they are for said once, by the first card, as on paper.
            assertEquals(ex.get("ticks").asInt(),
                    card.select(".ticks .tick").size());
            assertEquals(i == 0 ? "Tick a circle for each set you do today." : "", card.select(".ticks").text());
        }
        // Heading levels never skip: h1, then h2 sections, h3 cards, h4 boxes.
        int last = 1;
        for (Element h : doc.select("h1, h2, h3, h4")) {
            int level = Integer.parseInt(h.tagName().substring(1));
            assertTrue(level <= last + 1, "heading " + h.text() + " skips a level");
            last = level;
        }
    }

    /**
     * How much pain is OK: three signs told apart without colour (a circle, a triangle, an octagon
     * with a bar), hidden from screen readers, beside sentences that name the colour.
     */
    @Test
    void thePainGuideSignsDifferInShapeAndAreHiddenFromScreenReaders() {
        Document doc = html("generate", "it-band-syndrome", "--format", "html", "-o", "-");
        Elements items = doc.select(".pain-guide li");
        assertEquals(List.of("green", "amber", "red"), items.stream().map(Element::className).toList());
        List<String> shapes = new ArrayList<>();
        for (Element li : items) {
            Element svg = li.selectFirst("svg.sign");
            assertNotNull(svg, li.outerHtml());
            assertEquals("true", svg.attr("aria-hidden"));
            Element shape = svg.child(0);
            shapes.add(shape.tagName().equals("polygon")
                    ? "polygon of " + shape.attr("points").trim().split("\\s+").length : shape.tagName());
            assertTrue(li.text().startsWith(li.className().substring(0, 1).toUpperCase()), li.text());
        }
        assertEquals(List.of("circle", "polygon of 3", "polygon of 8"), shapes);
        assertEquals(1, items.get(2).select("svg rect").size(), "a bar across the red octagon");
    }

    /**
     * The HTML handout says things in the order its PDF reads: where the compact layout moves the
     * advice or the log after the exercises to save a page, or prints the advice in a gap before
     * them, and where the standard one prints the advice in the gap before the first card. The
     * sections' headings are found in the PDF's text, in reading order, and the two orders compared.
     */
    @Test
    void theSectionsComeInTheOrderThePdfReadsThem(@TempDir Path dir) {
        String[][] cases = {
            {"src/test/resources/fixtures/html/short-achilles.yaml", "compact"},
            {"src/test/resources/fixtures/html/short-ankle.yaml", "compact"},
            {"it-band-syndrome", "compact"},
            {"rotator-cuff-shoulder-pain", "standard"}};
        List<String> templateOrder = List.of("Advice and when to stop", "Exercise log", "Your exercises");
        int moved = 0;
        for (String[] c : cases) {
            for (String paper : List.of("letter", "a4")) {
                String what = c[0] + " / " + c[1] + " / " + paper;
                String pdf = org.hep.testing.PdfProbe.flat(Hep.generate(dir, c[0], "--template", c[1], "--page-size",
                        paper).text());
                // The write-in lines for notes are left out on paper when no page has room for them.
                List<String> html = html("generate", c[0], "--template", c[1], "--page-size", paper, "--format",
                        "html", "-o", "-").select("main h2").eachText().stream()
                        .filter(h -> pdf.contains(org.hep.testing.PdfProbe.flat(h))).toList();
                assertTrue(html.containsAll(templateOrder.subList(0, 1)) && html.contains("Your exercises"), what);
                List<String> read = new ArrayList<>(html);
                read.sort(java.util.Comparator.comparingInt(h -> pdf.indexOf(org.hep.testing.PdfProbe.flat(h))));
                assertEquals(read, html, what);
                List<String> three = html.stream().filter(templateOrder::contains).toList();
                moved += c[1].equals("compact") && !three.equals(templateOrder) ? 1 : 0;
            }
        }
        assertTrue(moved >= 2, "the short plans no longer make the compact layout move anything: find others");
    }

    /** As on paper, the plan at a glance is the log: a captioned table per week with a pain row, and no second log. */
    @Test
    void theGlanceIsTheLogWithAWeekToATable() {
        Document doc = html("generate", "it-band-syndrome", "--format", "html", "--date", "2026-03-14", "-o", "-");
        Elements captions = doc.select(".glance table caption");
        assertEquals(List.of("Week 1 · Mar 14 – Mar 20", "Week 2 · Mar 21 – Mar 27"), captions.eachText());
        assertEquals(2, doc.select(".glance tr.pain th[scope=row]").size(), "a pain row in each week");
        assertTrue(doc.select("section.log").isEmpty(), "no second log");
        Document compact = html("generate", "it-band-syndrome", "--format", "html", "--date", "2026-03-14",
                "--template", "compact", "-o", "-");
        assertTrue(compact.select(".glance").isEmpty());
        assertEquals(1, compact.select("section.log").size(), "without a glance the log is its own section");
    }

    @Test
    void everyTableHeadingHasWordsAndRestDaysAreNamedNotOnlyShaded() {
        Document everyDay = html("generate", "achilles-tendinopathy", "--format", "html", "-o", "-");
        Document fiveDays = html("generate", "it-band-syndrome", "--format", "html", "-o", "-");
        for (Document doc : List.of(everyDay, fiveDays)) {
            Elements glance = doc.select(".glance table th");
            assertFalse(glance.isEmpty(), "the plan at a glance is a table");
            assertEquals("Exercise", glance.first().text());
            for (Element th : doc.select("th")) {
                assertFalse(th.text().isBlank(), "empty table heading: " + th);
            }
        }
        assertTrue(everyDay.select("td.rest").isEmpty(), "seven days a week: no rest days");
        Elements rest = fiveDays.select("td.rest");
        assertFalse(rest.isEmpty(), "five days a week: rest days");
        for (Element td : rest) {
            assertEquals("Rest", td.text());
        }
    }

    @Test
    void videoIsAnInlineQrCodeWithItsAddress() {
        Document doc = html("generate", HOSTILE, "--format", "html", "-o", "-");
        Element video = doc.select("article").get(1).selectFirst(".video");
        assertNotNull(video);
        Element svg = video.selectFirst("svg");
        assertEquals("img", svg.attr("role"));
        assertEquals("QR code linking to the video for Calf raise", svg.attr("aria-label"));
        assertEquals("https://example.org/videos/calf-raise", video.selectFirst("a").attr("href"));
        assertEquals("example.org/v?a=1&b=%3C2%3E&c='x'", doc.selectFirst("article .video .url").text(), "printed in short");
    }

    @Test
    void largePrintCarriesItsSizeAndNoItalics() {
        Document doc = html("generate", "it-band-syndrome", "--template", "large-print", "--format", "html", "-o", "-");
        String css = doc.selectFirst("style").data();
        assertTrue(css.contains("--base: 24.0px"), "18 pt body is 24 px");
        assertTrue(css.contains("--emphasis: normal"));
    }

    /** Printed from a browser, the page is the paper asked for: the template's, or --page-size. */
    @Test
    void thePrintedPageIsThePaperAskedFor() {
        String letter = html("generate", "it-band-syndrome", "--format", "html", "-o", "-").selectFirst("style").data();
        String a4 = html("generate", "it-band-syndrome", "--page-size", "a4", "--format", "html", "-o", "-")
                .selectFirst("style").data();
        assertTrue(letter.contains("@page { size: letter; }"), letter);
        assertTrue(a4.contains("@page { size: A4; }"), a4);
    }

    /**
     * As on paper, in every template: "Take care" sits in a tint a greyscale printer keeps under a
     * near-black heading and heavy rule, in the very colours of the PDF; tips are open (no fill)
     * with a thin, lighter rule; and the template's own variables win over the stylesheet's defaults.
     */
    @ParameterizedTest
    @ValueSource(strings = {"standard", "large-print", "compact"})
    void takeCareIsFilledAndDarkAsOnPaperAndTipsAreOpen(String name) {
        Document doc = html("generate", "it-band-syndrome", "--template", name, "--format", "html", "-o", "-");
        String css = doc.selectFirst("style").data();
        Theme theme = Theme.of(Templates.choose(name, PlanLoader.load(BuiltIns.source("plans/it-band-syndrome.yaml"),
                "plan", Library.builtIn())));
        assertEquals(hex(theme.accent()), variable(css, "accent"), name);
        assertEquals(hex(theme.cautionFill()), variable(css, "caution-fill"), name);
        assertEquals(hex(theme.cautionBar()), variable(css, "caution"), name);
        assertEquals(hex(theme.tipBar()), variable(css, "tip-rule"), name);
        assertTrue(grey(theme.cautionFill()) <= 230 && grey(theme.cautionBar()) <= 50, name);
        assertTrue(grey(theme.tipBar()) - grey(theme.cautionBar()) >= 75, name + ": the tips' rule is lighter");
        String tips = rule(css, ".tips {");
        assertFalse(tips.contains("background"), tips);
        assertTrue(tips.contains("border-left: 2px solid var(--tip-rule)"), tips);
        assertTrue(rule(css, ".cautions {").contains("border-left: 6px solid var(--caution)"), css);
        assertTrue(css.contains(".cautions h4 span { font-size: 1.25em"), "the sign is a quarter larger, as on paper");
    }

    /** The value a browser uses: the last declaration of {@code --name} in the style. */
    private static String variable(String css, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--" + name + ": (#[0-9a-fA-F]{6})").matcher(css);
        String last = null;
        while (m.find()) {
            last = m.group(1).toLowerCase(java.util.Locale.ROOT);
        }
        assertNotNull(last, "--" + name);
        return last;
    }

    private static String rule(String css, String selector) {
        int at = css.indexOf(selector);
        assertTrue(at >= 0, selector);
        return css.substring(at, css.indexOf('}', at));
    }

    private static String hex(int rgb) {
        return String.format(java.util.Locale.ROOT, "#%06x", rgb);
    }

    /** 0 black to 255 paper, as a greyscale printer sees it. */
    private static double grey(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
    }

    @Test
    void anHtmlOutputNameChoosesHtmlAndTheDefaultNameEndsInHtml(@TempDir Path dir) throws Exception {
        Path named = dir.resolve("ana.html");
        assertEquals(0, Hep.run("generate", "it-band-syndrome", "-o", named.toString()).exit());
        assertTrue(Files.readString(named, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
        // A format that contradicts the name would save a file no reader opens as its name says.
        Path pdf = dir.resolve("forced.html");
        CliRun forced = Hep.run("generate", "it-band-syndrome", "--format", "pdf", "-o", pdf.toString());
        assertEquals(2, forced.exit());
        assertEquals("hep: --format pdf writes a PDF, but -o " + pdf + " names a web page; use -o "
                + dir.resolve("forced.pdf") + ", or leave out --format", forced.err().strip());
        assertFalse(Files.exists(pdf));
        CliRun bad = Hep.run("generate", "it-band-syndrome", "--format", "docx", "-o", dir.resolve("x").toString());
        assertEquals(2, bad.exit());
        assertEquals("hep: --format: must be pdf or html, found 'docx'", bad.err().strip());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void sameInputSameBytes() {
        byte[] a = Hep.run("generate", HOSTILE, "--format", "html", "-o", "-").out();
        byte[] b = Hep.run("generate", HOSTILE, "--format", "html", "-o", "-").out();
        assertEquals(new String(a, StandardCharsets.UTF_8), new String(b, StandardCharsets.UTF_8));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
