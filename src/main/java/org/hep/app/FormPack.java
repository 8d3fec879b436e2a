package org.hep.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.hep.diag.InvalidInputException;
import org.hep.diag.RequestException;
import org.hep.dose.DoseOverrides;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.load.TemplateLoader;
import org.hep.model.HandoutDetails;
import org.hep.model.Language;
import org.hep.model.PageSize;
import org.hep.model.Plan;
import org.hep.render.PackedForms;

/**
 * Build step: prints every built-in plan in every built-in template, on each paper size and in
 * each language it is translated to, and packs the PDF forms of the figures drawn on the way
 * ({@link PackedForms}), so a one-off handout of a built-in plan reads its figures' forms instead
 * of drawing them. Runs after {@code LibraryPack}: the forms belong to its packed drawings.
 * <p>Usage: {@code FormPack DIR} (the jar's {@code hep} folder in the build's classes).
 */
public final class FormPack {
    private FormPack() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve("forms");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        PackedForms.record();
        Library library = Library.builtIn();
        HandoutDetails details = new HandoutDetails(null, null, LocalDate.of(2026, 1, 1), null);
        for (String file : BuiltIns.list("plans")) {
            if (!file.endsWith(".yaml")) {
                continue;
            }
            for (Language language : Stream.concat(Stream.of((Language) null), Stream.of(Language.values())).toList()) {
                Plan plan;
                try {
                    plan = Generator.loadPlan(BuiltIns.source("plans/" + file), library, language);
                } catch (InvalidInputException | RequestException e) {
                    continue; // not translated to this language
                }
                for (String template : TemplateLoader.builtInNames()) {
                    for (PageSize page : PageSize.values()) {
                        Generator.generate(plan, file, new HandoutRequest(template, page, details, DoseOverrides.NONE));
                    }
                }
            }
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : PackedForms.files().entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
    }
}
