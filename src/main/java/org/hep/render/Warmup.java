package org.hep.render;

import java.util.concurrent.atomic.AtomicBoolean;
import org.hep.layout.Face;

/**
 * Cold start: while the main thread parses options and YAML, a second thread reads the
 * built-in fonts and loads the PDF writer's classes. On a two-core machine this takes a
 * quarter of a second off a one-off handout. The fonts it reads are immutable and shared
 * ({@link BuiltInFace#of}), so whichever thread asks first reads them and the other waits.
 */
public final class Warmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private static final String[] CLASSES = {
        "org.hep.render.PdfRenderer",
        "org.hep.render.PdfDocument",
        "org.apache.pdfbox.cos.COSDocument",
        "org.apache.pdfbox.pdmodel.PDPageContentStream",
        "org.hep.render.FaceFonts",
        "org.hep.render.FaceSubset",
        "org.hep.render.TrueTypeCut",
        "org.hep.render.PageWriter",
        "org.apache.pdfbox.pdfwriter.COSWriter",
        "org.hep.render.PdfFile",
        "org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement",
        "org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent",
        "org.apache.pdfbox.pdmodel.common.PDMetadata",
        // Its set-up makes method handles (a cache and an unmapper), some of them spun at run time.
        "org.apache.pdfbox.io.IOUtils",
    };

    private Warmup() {
    }

    /** Starts the background work once; harmless to call when it is not needed. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        // A named class rather than a lambda: linking one costs the main thread at start.
        Thread t = new Thread(new Work(), "hep-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static final class Work implements Runnable {
        @Override
        public void run() {
            try {
                BuiltInFace.of(Face.REGULAR);
                BuiltInFace.of(Face.BOLD);
            } catch (RuntimeException e) {
                // only a head start: the real use will report any real problem
            }
            for (String name : CLASSES) {
                try {
                    Class.forName(name, true, Warmup.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    // as above
                }
            }
        }
    }
}
