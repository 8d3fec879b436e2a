package org.hep.app;

import java.util.List;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.dose.DoseResolver;
import org.hep.dose.DosedPlan;
import org.hep.compose.Block;
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
import org.hep.model.Language;
import org.hep.model.Plan;
import org.hep.model.Template;
import org.hep.picture.DamagedPictureException;
import org.hep.picture.PictureMemoryException;
import org.hep.model.ImageFile;
import org.hep.model.Origin;
import org.hep.render.FontSet;
import org.hep.render.PdfRenderer;

/** The pipeline for one handout: load → dose → compose → layout → render. */
public final class Generator {
    private Generator() {
    }

    /**
     * The handout's bytes, where the characters came from that no font has and so print as '?',
     * where text of a script the PDF cannot shape came from, and whether it names a clinic (the
     * built-in templates name none).
     */
    public record Result(String planId, byte[] bytes, List<MissingGlyphs.Missing> missing,
                         List<UnshapedText.Unshaped> unshaped, boolean branded) {
    }

    /** The plan in its own language, each exercise in that language too. */
    public static Plan loadPlan(Source source, Library library) {
        return loadPlan(source, library, null);
    }

    /** The plan printed in {@code language} (null: the plan's own); refused when it has no such translation. */
    public static Plan loadPlan(Source source, Library library, Language language) {
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

    /**
     * Where the plan's or an exercise's text says another dose than the one the handout prints
     * beside it, for {@code source}'s plan as {@code request} doses it.
     */
    public static List<Problem> warnings(Plan plan, Source source, HandoutRequest request) {
        return DoseContradictions.find(DoseResolver.resolve(plan, request.overrides()), source);
    }

    public static Result generate(Plan plan, String sourceName, HandoutRequest request, OutputFormat format) {
        DosedPlan dosed = DoseResolver.resolve(plan, request.overrides());
        Template chosen = Templates.choose(request.template(), plan, request.setup());
        Template template = request.pageSize() != null ? chosen.withPage(request.pageSize()) : chosen;
        HandoutBudget.check(plan, template);
        Handout handout = HandoutComposer.compose(dosed, template, request.details());
        if (format == OutputFormat.HTML) {
            try {
                // In the order the PDF on the template's paper reads, which a layout decides (compact
                // moves the advice and the log after the exercises when that saves a page).
                List<Block> order = footerChecked(() -> HandoutLayout.readingOrder(handout, template, fonts(template)),
                        template);
                // A browser shapes every script: nothing prints unshaped.
                return new Result(plan.id(), HtmlHandout.write(handout, order, template), List.of(), List.of(),
                        branded(template));
            } catch (DamagedPictureException e) {
                throw damaged(e, plan, template);
            } catch (PictureMemoryException e) {
                throw tooLarge(e);
            }
        }
        FontSet fonts = fonts(template);
        PagedHandout paged = footerChecked(() -> HandoutLayout.layout(handout, template, fonts), template);
        HandoutBudget.checkPages(plan, paged.pages().size());
        byte[] pdf;
        try {
            pdf = PdfRenderer.render(paged, fonts, request.details().date());
        } catch (DamagedPictureException e) {
            throw damaged(e, plan, template);
        } catch (PictureMemoryException e) {
            throw tooLarge(e);
        }
        return new Result(plan.id(), pdf,
                MissingGlyphs.find(paged.missingGlyphs(), request.details(), template, dosed),
                UnshapedText.find(paged.missingGlyphs(), request.details(), template, dosed), branded(template));
    }

    /**
     * The header was fine when the plan was loaded; the picture data behind it is not. Reported at
     * the line that named the picture, with the picture's own name.
     */
    private static InvalidInputException damaged(DamagedPictureException e, Plan plan, Template template) {
        return new InvalidInputException(at(namedAt(e.path(), plan, template), e.path().toString(),
                "not a readable PNG or JPEG: " + e.path().getFileName()
                        + ": the picture data is damaged or cut short; save the picture again"));
    }

    private static Origin namedAt(java.nio.file.Path picture, Plan plan, Template template) {
        List<ImageFile> named = new java.util.ArrayList<>();
        named.add(template.clinic().logo());
        for (org.hep.model.PlanEntry e : plan.entries()) {
            named.add(e.exercise().image());
            named.add(e.exercise().imageEnd());
        }
        for (ImageFile i : named) {
            if (i != null && i.path().equals(picture) && i.namedAt() != null) {
                return i.namedAt();
            }
        }
        return null;
    }

    /** A problem at {@code origin}, or naming only {@code file} when where it was written is not known. */
    private static Problem at(Origin origin, String file, String message) {
        return origin == null ? new Problem(file, 0, 0, message)
                : new Problem(origin.file(), origin.line(), origin.column(), message);
    }

    /** Named by the picture, so the clinic knows which photo to make smaller. */
    private static InvalidInputException tooLarge(PictureMemoryException e) {
        return new InvalidInputException(new Problem(e.path().toString(), 0, 0,
                "not enough memory to decode this picture; save it smaller (a few million pixels print sharp),"
                        + " or give hep more memory (HEP_JAVA_OPTS=-Xmx1g)"));
    }

    /**
     * Lays the IT band handout out with {@code template} on both papers and in each printed
     * language, for validate: what only a layout finds (a footer too long for the page, a font that
     * cannot draw) is found before a clinic's first handout, not at it.
     */
    static void sampleLayout(Template template) {
        // In each printed language: the French and Spanish footers are longer than the English one,
        // so a phone that fits beside the English words can overflow every French handout.
        for (Language language : Language.values()) {
            sampleLayout(samplePlan(language), org.hep.load.TemplateWords.inLanguage(template, language), language);
        }
    }

    /**
     * The same for a configuration file's clinic details, laid over the template it makes the
     * default: a phone too long for the footer is found by validate, at its line in hep.yaml.
     */
    public static void sampleLayout(ClinicSetup setup) {
        for (Language language : Language.values()) {
            Plan plan = samplePlan(language);
            sampleLayout(plan, Templates.choose(null, plan, setup), language);
        }
    }

    /** The sample handout's plan printed in {@code language}: the built-in plans are translated. */
    private static Plan samplePlan(Language language) {
        return loadPlan(org.hep.load.BuiltIns.source("plans/it-band-syndrome.yaml"), Library.builtIn(), language);
    }

    /**
     * English on both papers; the translations, which differ from it only in their words, on the
     * narrower paper alone (A4), where a line wraps soonest: a third of the cost of all six.
     */
    private static void sampleLayout(Plan plan, Template template, Language language) {
        List<org.hep.model.PageSize> sizes = language == Language.EN ? List.of(org.hep.model.PageSize.values())
                : List.of(org.hep.model.PageSize.A4);
        for (org.hep.model.PageSize size : sizes) {
            Template t = template.withPage(size);
            Handout h = HandoutComposer.compose(DoseResolver.resolve(plan, org.hep.dose.DoseOverrides.NONE), t,
                    new org.hep.model.HandoutDetails("Ana Lopez", null, java.time.LocalDate.of(2026, 3, 14), null,
                            null));
            FontSet fonts = fonts(t);
            footerChecked(() -> HandoutLayout.layout(h, t, fonts), t);
        }
    }

    /** A layout, or the template named when its footer is too long to print whole. */
    private static <T> T footerChecked(java.util.function.Supplier<T> layout, Template template) {
        try {
            return layout.get();
        } catch (org.hep.layout.FooterTooLongException e) {
            String footer = template.footer();
            String number = template.clinic().phone();
            // The composer adds the phone only where the footer does not say it already.
            boolean withPhone = number != null && (footer == null || !footer.contains(number));
            String lines = " is too long for the foot of the printed page: at this type size it takes " + e.lines()
                    + " lines";
            String most = ", and the most is " + org.hep.layout.FooterTooLongException.MOST + "; shorten it";
            // The longer of the two is the one to shorten: a clinic's phone set in hep.yaml is reported
            // there, not at a built-in template's footer the clinic never wrote.
            if (withPhone && template.phoneAt() != null && (footer == null || number.length() >= footer.length())) {
                throw new InvalidInputException(at(template.phoneAt(), template.source(),
                        "the clinic's phone" + lines + " with the footer" + most));
            }
            String what = footer != null ? "'footer'" : "the clinic's name";
            // At the line that set the footer, in the template (or the one it extends) that set it.
            throw new InvalidInputException(at(footer != null ? template.footerAt() : null,
                    template.source(), what + lines + (withPhone ? " (with the clinic's phone)" : "") + most));
        }
    }

    private static boolean branded(Template template) {
        org.hep.model.Clinic c = template.clinic();
        return c.name() != null || c.phone() != null || c.logo() != null;
    }

    private static FontSet fonts(Template template) {
        try {
            return FontSet.forThread(new FontSet.Choice(template.font(), template.fallback().files(),
                    template.fallback().systemFonts()));
        } catch (FontSet.UnusableFontException e) {
            // Bad input in the template, not an I/O failure: exit 1 like any other template mistake.
            boolean main = template.font() != null && e.path().toAbsolutePath().equals(template.font().toAbsolutePath());
            String what = main ? "'font' is not a usable TrueType font: " : "a file of 'fonts' is not a usable font: ";
            throw new InvalidInputException(at(template.fontNamedAt(e.path()), template.source(),
                    what + e.path().getFileName() + (e.reason() == null ? "" : ": " + e.reason())));
        }
    }
}
