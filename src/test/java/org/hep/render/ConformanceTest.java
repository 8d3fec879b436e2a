package org.hep.render;

import static org.hep.render.SampleHandouts.FILLED_IN;
import static org.hep.render.SampleHandouts.PLAIN;
import static org.hep.render.SampleHandouts.WORLD;
import static org.hep.render.SampleHandouts.generate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hep.load.BuiltIns;
import org.hep.load.FileNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Every handout hep can write is checked by veraPDF as PDF/UA-1 (accessible) and PDF/A-2b
 * (archivable): each built-in plan in each built-in template, plus plans with pictures,
 * a video QR code, text in several scripts, and a clinic's own template.
 */
class ConformanceTest {
    private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_B);

    @TempDir
    static Path dir;

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @TestFactory
    Stream<DynamicTest> builtInPlansInEveryTemplate() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String plan : BuiltIns.list("plans")) {
            for (String template : builtInTemplates()) {
                tests.add(check(FileNames.stem(plan) + " in " + template,
                        () -> generate(BuiltIns.source("plans/" + plan), template, PLAIN)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> picturesVideoAndManyScriptsInEveryTemplate() {
        SampleHandouts samples = new SampleHandouts(dir);
        List<String> templates = new ArrayList<>(builtInTemplates());
        templates.add(samples.clinicTemplate());
        templates.addAll(samples.reorderedTemplates());
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(check("it-band-syndrome in a clinic template",
                () -> generate(BuiltIns.source("plans/it-band-syndrome.yaml"), samples.clinicTemplate(), FILLED_IN)));
        for (String t : samples.reorderedTemplates()) {
            tests.add(check("it-band-syndrome in " + t,
                    () -> generate(BuiltIns.source("plans/it-band-syndrome.yaml"), t, PLAIN)));
        }
        for (String t : templates) {
            tests.add(check("pictures and video in " + t, () -> generate(samples.pictures(), t, FILLED_IN)));
            tests.add(check("French, Polish, Greek and Cyrillic text in " + t,
                    () -> generate(samples.scripts(), t, FILLED_IN)));
            tests.add(check("Chinese, Japanese, Korean, Hebrew and Arabic text in " + t,
                    () -> generate(samples.world(), t, WORLD)));
        }
        return tests.stream();
    }

    /** The contact sheet of 'hep figures' is a PDF hep writes with exit 0: it conforms as a handout does. */
    @TestFactory
    Stream<DynamicTest> theFigureSheet() {
        return Stream.of(check("the figure sheet, named", () -> sheet()),
                check("the figure sheet, numbered for a blind review", () -> sheet("--no-names", "--shuffle", "3")));
    }

    private static byte[] sheet(String... more) {
        try {
            Path out = Files.createTempFile(dir, "sheet", ".pdf");
            Files.delete(out);
            List<String> args = new ArrayList<>(List.of("figures", "--sheet", out.toString()));
            args.addAll(List.of(more));
            org.hep.testing.CliRun r = org.hep.testing.Hep.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            return Files.readAllBytes(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Guards the check itself: the same handout without its document language must be refused. */
    @Test
    void theCheckRefusesAHandoutWithoutALanguage() throws Exception {
        byte[] good = generate(new SampleHandouts(dir).pictures(), "standard", PLAIN);
        byte[] bad;
        try (PDDocument doc = Loader.loadPDF(good)) {
            doc.getDocumentCatalog().setLanguage(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            bad = out.toByteArray();
        }
        assertEquals(List.of(), failedRules(good, PDFAFlavour.PDFUA_1));
        assertEquals(List.of("7.2-22", "7.2-33", "7.2-34"),
                failedRules(bad, PDFAFlavour.PDFUA_1).stream().map(Failure::rule).toList());
    }

    private static List<String> builtInTemplates() {
        return BuiltIns.list("templates").stream().map(FileNames::stem).toList();
    }

    private static DynamicTest check(String name, Supplier<byte[]> pdf) {
        return DynamicTest.dynamicTest(name, () -> {
            byte[] bytes = pdf.get();
            List<Failure> failures = new ArrayList<>();
            for (PDFAFlavour flavour : FLAVOURS) {
                failures.addAll(failedRules(bytes, flavour));
            }
            if (!failures.isEmpty()) {
                fail(name + " breaks " + failures.size() + " veraPDF rule(s):\n  "
                        + String.join("\n  ", failures.stream().map(Failure::toString).toList()));
            }
        });
    }

    /** A broken veraPDF rule: clause-test ("7.1-3"), how often, and what the rule asks. */
    private record Failure(PDFAFlavour flavour, String rule, int count, String description) {
        @Override
        public String toString() {
            return flavour.getId() + " " + rule + " ×" + count + ": " + description;
        }
    }

    private static List<Failure> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<Failure> failures = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                RuleId id = e.getKey();
                Rule rule = validator.getProfile().getRuleByRuleId(id);
                failures.add(new Failure(flavour, id.getClause() + "-" + id.getTestNumber(), e.getValue(),
                        rule == null ? "" : rule.getDescription()));
            }
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add(new Failure(flavour, "none", 0, "not compliant: " + result.getJobEndStatus()));
            }
            failures.sort(Comparator.comparing(Failure::rule));
            return failures;
        }
    }
}
