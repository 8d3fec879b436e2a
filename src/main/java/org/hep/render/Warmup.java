package org.hep.render;

import java.util.concurrent.atomic.AtomicBoolean;
import org.hep.layout.Face;

/**
 * Cold start: while the main thread parses options and YAML, a second thread reads the
 * built-in fonts and loads the PDF writer's classes. On a two-core machine this takes a
 * quarter of a second off a one-off handout. The fonts it reads are immutable and shared
 * ({@link BuiltInFace#of}), so whichever thread asks first reads them and the other waits.
 * Before the fonts it links a lambda and a regular expression, so the JDK's one-time set-up of
 * both (method handles, some of them compiled to classes at run time) is not the main thread's;
 * after the PDF classes, it sets up the classes that compile the text checks' patterns, which
 * the main thread reaches last. Each of those is a final class whose set-up needs none of the
 * classes the main thread is setting up, so the two threads never wait for each other in turn.
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

    /** Compiled patterns the main thread needs after the handout is drawn: composing's, then the dose checks'. */
    private static final String[] LATER = {
        "org.hep.compose.Glue",
        "org.hep.load.SideWords",
        "org.hep.load.DoseNumberLint",
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
                link();
            } catch (RuntimeException e) {
                // only a head start, as below
            }
            try {
                BuiltInFace.of(Face.REGULAR);
                BuiltInFace.of(Face.BOLD);
            } catch (RuntimeException e) {
                // only a head start: the real use will report any real problem
            }
            load(CLASSES);
            load(LATER);
        }

        private static void load(String[] names) {
            for (String name : names) {
                try {
                    Class.forName(name, true, Warmup.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    // only a head start: the real use will report any real problem
                }
            }
        }

        /** A lambda with and one without a captured value, and a pattern like the plan's checks. */
        private static void link() {
            int[] seen = new int[1];
            java.util.function.IntConsumer count = c -> seen[0] += c;
            java.util.function.IntPredicate digit = Character::isDigit;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?iU)\\b(?:hold|x)\\s*(\\d+(?:[.,]\\d+)?)[^a-z]*$")
                    .matcher("Hold 10 s.");
            if (m.find() && digit.test(m.group(1).charAt(0))) {
                count.accept(1);
            }
        }
    }
}
