package org.hep.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.hep.io.FileIdentity;
import org.hep.model.Exercise;
import org.hep.model.ImageFile;
import org.hep.model.Plan;
import org.hep.model.PlanEntry;
import org.hep.model.Section;
import org.hep.model.Template;

/**
 * What one handout may expand to. Each file is small, but {@code use:} can repeat one large
 * exercise a hundred times and a picture can be named through many links, so the whole handout
 * is measured before layout and refused at once (in milliseconds) when it is beyond what any
 * real handout needs: a 100-page, 2 GB PDF helps no patient and could stall a clinic's batch.
 */
final class HandoutBudget {
    /** Characters of text in all: about 25 pages of dense print, several times the longest built-in plan. */
    static final int MAX_TEXT = 60_000;
    /** Paragraphs, steps, cues and other items (each takes at least a line), and five per exercise card for its frame. */
    static final int MAX_ITEMS = 1_500;
    /** What an exercise card's name, dose lines and spacing take, counted as items. */
    static final int CARD_ITEMS = 5;
    /** Pixels of all distinct pictures together (each picture alone may have 40 million). */
    static final long MAX_PIXELS = 100_000_000L;
    /** Pages of the laid-out handout. */
    static final int MAX_PAGES = 1_000;

    private long chars;
    private int items;

    private HandoutBudget() {
    }

    /** @throws InvalidInputException naming the plan, when the handout would be too large */
    static void check(Plan plan, Template template) {
        HandoutBudget b = new HandoutBudget();
        b.add(plan.title());
        b.add(plan.condition());
        b.add(plan.disclaimer());
        b.add(plan.advice());
        for (Section s : plan.education()) {
            b.add(s.heading());
            b.add(s.paragraphs());
            b.add(s.bullets());
        }
        Map<Object, ImageFile> pictures = new HashMap<>();
        for (PlanEntry e : plan.entries()) {
            b.items += CARD_ITEMS;
            b.add(e.notes());
            b.add(e.exercise());
            picture(e.exercise().image(), pictures);
            picture(e.exercise().imageEnd(), pictures);
        }
        picture(template.clinic().logo(), pictures);
        if (b.chars > MAX_TEXT || b.items > MAX_ITEMS) {
            throw tooLarge(plan, "the handout would hold " + number(b.chars) + " characters in " + number(b.items)
                    + " paragraphs, steps and other items; the most is " + number(MAX_TEXT) + " characters and "
                    + number(MAX_ITEMS) + " items (check for very long exercises)");
        }
        long pixels = pictures.values().stream().mapToLong(i -> (long) i.width() * i.height()).sum();
        if (pixels > MAX_PIXELS) {
            throw tooLarge(plan, "the handout's pictures add up to " + (pixels / 1_000_000) + " million pixels; "
                    + "the most is " + (MAX_PIXELS / 1_000_000) + " million (make the pictures smaller)");
        }
    }

    /** @throws InvalidInputException when the laid-out handout has more than {@link #MAX_PAGES} pages */
    static void checkPages(Plan plan, int pages) {
        if (pages > MAX_PAGES) {
            throw tooLarge(plan, "the handout would have " + pages + " pages; the most is " + MAX_PAGES
                    + " (split the plan into several handouts)");
        }
    }

    private void add(Exercise x) {
        add(x.name());
        add(x.summary());
        add(x.start());
        add(x.imageAlt());
        add(x.imageEndAlt());
        add(x.video());
        add(x.equipment());
        add(x.steps());
        add(x.cues());
        add(x.cautions());
    }

    private void add(String text) {
        if (text != null) {
            chars += text.length();
            items++;
        }
    }

    private void add(List<String> texts) {
        texts.forEach(this::add);
    }

    /** Pictures are counted once per file, however many paths or exercises name it. */
    private static void picture(ImageFile image, Map<Object, ImageFile> seen) {
        if (image != null) {
            seen.putIfAbsent(FileIdentity.of(image.path()), image);
        }
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static InvalidInputException tooLarge(Plan plan, String message) {
        return new InvalidInputException(new Problem(plan.source(), 0, 0, message));
    }
}
