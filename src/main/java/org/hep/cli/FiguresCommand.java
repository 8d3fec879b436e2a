package org.hep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import org.hep.compose.FigureAlt;
import org.hep.figure.Drawing;
import org.hep.figure.Palette;
import org.hep.figure.Scene;
import org.hep.figure.SvgWriter;
import org.hep.io.ExistingFile;
import org.hep.load.Library;
import org.hep.model.Exercise;
import org.hep.layout.FigureSheetLayout;
import org.hep.render.PdfRenderer;
import org.hep.render.FontSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Draw the exercise figures: a contact sheet to review them, or one SVG each.",
        footer = {"", "Examples:",
            "  hep figures --sheet figures.pdf",
            "  hep figures squat wall-sit --svg out/",
            "  hep figures --sheet blind.pdf --no-names --shuffle 7 > key.txt"})
public final class FiguresCommand implements Callable<Integer> {
    private static final int ACCENT = 0x1B4F8A;

    @Parameters(paramLabel = "EXERCISE_ID", arity = "0..*", description = "Exercises to draw (default: every one).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--sheet", paramLabel = "FILE.pdf", description = "Write a contact sheet of the figures.")
    String sheetName;

    @Option(names = "--svg", paramLabel = "DIR", description = "Write one ID.svg per figure into DIR.")
    Path svg;

    @Option(names = "--no-names", description = "Number the figures instead of naming them; the key goes to stdout.")
    boolean noNames;

    @Option(names = "--shuffle", paramLabel = "SEED", description = "Shuffle the order (for a blind review).")
    Long shuffle;

    @Mixin
    DebugOption debug;

    @Mixin
    LibraryOption library;

    @ParentCommand
    HepCommand parent;

    @Override
    public Integer call() {
        if (sheetName == null && svg == null) {
            throw new UsageException("figures: give --sheet FILE.pdf or --svg DIR");
        }
        Path sheet = sheetName == null ? null : OutputPath.file("--sheet", sheetName);
        if (sheet != null && (sheetName.equals("-")
                || !sheetName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))) {
            // A PDF under another kind's name ("sheet.svg") opens in nothing; '-' would be a file named '-'.
            throw new UsageException("--sheet " + Cli.oneLine(sheetName) + ": the contact sheet is a PDF file;"
                    + " give a name ending in .pdf");
        }
        if (svg != null && Files.exists(svg) && !Files.isDirectory(svg)) {
            // Refused before anything is drawn: otherwise the sheet would be written and the run still fail.
            throw new UsageException("--svg " + Cli.oneLine(svg.toString()) + ": this is a file, not a folder;"
                    + " give a folder for the SVG files");
        }
        Library lib = library.library();
        if (ids.isEmpty()) {
            LibraryOption.noteClashes(lib, parent.streams);
        }
        List<Exercise> exercises = new ArrayList<>();
        for (String id : ids.isEmpty() ? lib.usableIds() : ids) {
            Exercise e = lib.exercise(id);
            if (e == null) {
                throw new org.hep.diag.InvalidInputException(new org.hep.diag.Problem(id, 0, 0, "no such exercise"
                        + org.hep.diag.Suggest.hint(id, lib.exerciseIds())));
            }
            exercises.add(e);
        }
        if (shuffle != null) {
            Collections.shuffle(exercises, new Random(shuffle));
        }
        refuseSheetAmongSvgs(sheet, exercises);
        if (sheet != null) {
            List<FigureSheetLayout.Entry> entries = new ArrayList<>();
            StringBuilder key = new StringBuilder();
            int n = 0;
            for (Exercise e : exercises) {
                n++;
                Drawing d = e.figure() == null ? null : Scene.draw(e.figure(), FigureAlt.english(e.figure(), e.name()));
                entries.add(new FigureSheetLayout.Entry(noNames ? Integer.toString(n) : e.name() + " (" + e.id() + ")",
                        d));
                key.append(n).append('\t').append(e.id()).append('\n');
            }
            // Laid out and rendered as a handout is: a tagged PDF/UA and PDF/A file, the same bytes for the same day.
            FontSet fonts = FontSet.forThread();
            byte[] pdf = PdfRenderer.render(FigureSheetLayout.layout(entries, "Exercise figures", ACCENT, fonts), fonts,
                    HandoutOptions.date(null, System.getenv("SOURCE_DATE_EPOCH")));
            ExistingFile.refuseOtherKinds(sheet, pdf); // before the key: a key without its sheet is as useless
            if (noNames) {
                // The key first: a blind sheet whose key was lost to a full disk or closed pipe is useless.
                parent.streams.out().print(key);
                parent.streams.out().flush();
                if (parent.streams.out().checkError()) {
                    throw new java.io.UncheckedIOException("hep: cannot write to standard output; the sheet was not written",
                            new java.io.IOException("standard output"));
                }
            }
            HandoutFile.write(sheet, pdf, false);
        }
        if (svg != null) {
            writeSvgs(exercises);
        }
        return 0;
    }

    /**
     * A sheet that is one of the SVG files this run writes (a link into the --svg folder): refused
     * before either is written, else the sheet would be written and then found in the SVG's way.
     */
    private void refuseSheetAmongSvgs(Path sheet, List<Exercise> exercises) {
        if (sheet == null || svg == null || !Files.isDirectory(svg)) {
            return;
        }
        Path sheetFile = org.hep.io.OutputTarget.of(sheet).path();
        for (Exercise e : exercises) {
            Path one = svg.resolve(e.id() + ".svg");
            if (e.figure() != null && sheetFile.equals(resolved(one))) {
                throw new UsageException("--sheet " + Cli.oneLine(sheetName) + ": this is the same file as "
                        + Cli.oneLine(one.toString()) + " (--svg); give the contact sheet another name");
            }
        }
    }

    /** The file {@code path} writes to, through links, or null when it cannot be one (its own write says why). */
    private static Path resolved(Path path) {
        try {
            return org.hep.io.OutputTarget.of(path).path();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void writeSvgs(List<Exercise> exercises) {
        try {
            Files.createDirectories(svg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(svg + ": cannot create folder: " + e.getMessage(), e);
        }
        for (Exercise e : exercises) {
            if (e.figure() != null) {
                Drawing d = Scene.draw(e.figure(), FigureAlt.english(e.figure(), e.name()));
                double h = 160;
                String text = SvgWriter.write(d, Math.round(h * d.aspect()), h, new Palette(ACCENT));
                HandoutFile.write(svg.resolve(e.id() + ".svg"), text.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
            }
        }
    }
}
