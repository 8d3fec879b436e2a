package org.hep.render;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.hep.layout.Face;

/**
 * Cold start: while the main thread parses options and YAML, a second thread parses the
 * built-in fonts and loads the PDF writer's classes. On a two-core machine this takes a
 * quarter of a second off a one-off handout. The parsed fonts are handed to exactly one
 * thread (the first to ask), so no font is ever shared between threads.
 */
public final class Warmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final AtomicBoolean CLAIMED = new AtomicBoolean();
    private static volatile CompletableFuture<Map<Face, TrueTypeFont>> fonts;

    private static final String[] CLASSES = {
        "org.hep.render.PdfRenderer",
        "org.apache.pdfbox.pdmodel.PDDocument",
        "org.apache.pdfbox.pdmodel.PDPageContentStream",
        "org.hep.render.FaceFonts",
        "org.hep.render.FaceSubset",
        "org.hep.render.PageWriter",
        "org.apache.fontbox.ttf.TTFSubsetter",
        "org.apache.pdfbox.pdfwriter.COSWriter",
        "org.hep.render.PdfFile",
        "org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement",
        "org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent",
        "org.apache.pdfbox.pdmodel.common.PDMetadata",
    };

    private Warmup() {
    }

    /** Starts the background work once; harmless to call when it is not needed. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        fonts = CompletableFuture.supplyAsync(() -> {
            Map<Face, TrueTypeFont> parsed = new EnumMap<>(Face.class);
            parsed.put(Face.REGULAR, FontSet.parse("HepSans.ttf"));
            parsed.put(Face.BOLD, FontSet.parse("HepSans-Bold.ttf"));
            for (String name : CLASSES) {
                try {
                    Class.forName(name, true, Warmup.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    // only a head start: the real use will report any real problem
                }
            }
            return parsed;
        }, runnable -> {
            Thread t = new Thread(runnable, "hep-warmup");
            t.setDaemon(true);
            t.start();
        });
    }

    /** All pre-parsed faces, once, to one caller; null when warm-up did not run or failed. */
    static Map<Face, TrueTypeFont> claimAll() {
        CompletableFuture<Map<Face, TrueTypeFont>> f = fonts;
        if (f == null || !CLAIMED.compareAndSet(false, true)) {
            return null;
        }
        try {
            return f.join();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
