package org.hep.app;

import java.util.SortedSet;
import java.util.stream.Collectors;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.dose.DoseResolver;
import org.hep.dose.DosedPlan;
import org.hep.compose.Handout;
import org.hep.compose.HandoutComposer;
import org.hep.html.HtmlHandout;
import org.hep.layout.HandoutLayout;
import org.hep.layout.PagedHandout;
import org.hep.diag.InvalidInputException;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.load.Source;
import org.hep.load.Translations;
import org.hep.model.Plan;
import org.hep.model.Template;
import org.hep.render.FontSet;
import org.hep.render.PdfRenderer;

/** The pipeline for one handout: load → dose → compose → layout → render. */
public final class Generator {
    private Generator() {
    }

    /** The handout's bytes, and a warning when characters had to be replaced. */
    public record Result(String planId, byte[] bytes, String warning) {
    }

    /** The plan in its own language, each exercise in that language too. */
    public static Plan loadPlan(Source source, Library library) {
        return loadPlan(source, library, null);
    }

    /** The plan printed in {@code language} (null: the plan's own); refused when it has no such translation. */
    public static Plan loadPlan(Source source, Library library, String language) {
        Plan base = PlanLoader.load(source, PlanRef.fallbackId(source), library);
        return Translations.plan(base, source, language, library);
    }

    public static Result generate(Source source, Library library, HandoutRequest request) {
        return generate(loadPlan(source, library), source.name(), request);
    }

    public static Result generate(Source source, Library library, HandoutRequest request, OutputFormat format) {
        return generate(loadPlan(source, library), source.name(), request, format);
    }

    /** For a plan already loaded (a batch loads each plan once for all its rows). */
    public static Result generate(Plan plan, String sourceName, HandoutRequest request) {
        return generate(plan, sourceName, request, OutputFormat.PDF);
    }

    public static Result generate(Plan plan, String sourceName, HandoutRequest request, OutputFormat format) {
        DosedPlan dosed = DoseResolver.resolve(plan, request.overrides());
        Template template = Templates.choose(request.template(), plan, request.setup());
        if (request.pageSize() != null) {
            template = template.withPage(request.pageSize());
        }
        Handout handout = HandoutComposer.compose(dosed, template, request.details());
        if (format == OutputFormat.HTML) {
            return new Result(plan.id(), HtmlHandout.write(handout, template), null);
        }
        FontSet fonts = fonts(template);
        PagedHandout paged = HandoutLayout.layout(handout, template, fonts);
        byte[] pdf;
        try {
            pdf = PdfRenderer.render(paged, fonts, request.details().date());
        } catch (PdfRenderer.DamagedImageException e) {
            throw new InvalidInputException(new Problem(e.path().toString(), 0, 0,
                    "not a readable PNG or JPEG: the picture data is damaged; save the picture again"));
        }
        return new Result(plan.id(), pdf, warning(sourceName, paged.missingGlyphs()));
    }

    private static FontSet fonts(Template template) {
        if (template.font() == null) {
            return FontSet.forThread();
        }
        try {
            return FontSet.forThread(template.font());
        } catch (FontSet.UnusableFontException e) {
            // Bad input in the template, not an I/O failure: exit 1 like any other template mistake.
            throw new InvalidInputException(new Problem(template.source(), 0, 0,
                    "'font' is not a usable TrueType font: " + e.path().getFileName()));
        }
    }

    private static String warning(String file, SortedSet<Integer> missing) {
        if (missing.isEmpty()) {
            return null;
        }
        String list = missing.stream().limit(8)
                .map(cp -> String.format(java.util.Locale.ROOT, "U+%04X", cp))
                .collect(Collectors.joining(", "));
        return file + ": warning: " + missing.size() + " character" + (missing.size() == 1 ? " is" : "s are")
                + " not in the font and print as '?': " + list + (missing.size() > 8 ? ", …" : "");
    }
}
