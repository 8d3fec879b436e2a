package org.hep.load;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hep.model.DoseKey;
import org.hep.figure.FigureSpec;
import org.hep.model.Dose;
import org.hep.model.Exercise;
import org.hep.model.ImageFile;
import org.hep.model.Progression;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Binds an exercise mapping (a whole exercise file, or an inline plan entry). */
final class ExerciseReader {
    static final List<String> KEYS = List.of("id", "name", "aliases", "summary", "region", "tags", "equipment",
            "start", "steps", "cues", "cautions", "dose", "image", "image_alt", "image_end", "image_end_alt", "video", "figure", "progress");
    private static final Set<String> DOSE_KEYS = Set.copyOf(DoseKey.names());

    private ExerciseReader() {
    }

    /**
     * Reads the exercise fields present in {@code f}; the caller has already checked unknown keys.
     * @param entryDose an inline plan entry's own dose keys (Dose.NONE for an exercise file): the
     *                  progression starts from the exercise's dose with them
     */
    /**
     * A handout prints the steps its final sides keep; any sides can be asked for (--dose
     * ID:sides=left), so each must keep at least one step, or the card would have none.
     */
    private static void everySideHasAStep(Fields f, List<String> steps) {
        java.util.List<org.hep.model.Sides> sides = new java.util.ArrayList<>();
        sides.add(null);
        sides.addAll(List.of(org.hep.model.Sides.values()));
        for (org.hep.model.Sides s : sides) {
            if (steps.stream().noneMatch(t -> org.hep.dose.DoseText.printsFor(t, s))) {
                f.problem("steps", "every step is words for other sides: with " + (s == null ? "both sides at once"
                        : "sides " + s.key()) + " the card would have no step; give at least one step every side reads");
                return;
            }
        }
    }

    static Exercise read(Fields f, String id, Source source, Dose entryDose) {
        Problems p = f.problems();
        f.require("name", "steps");
        List<String> steps = f.texts("steps");
        // Only an empty list: when items are there but unusable, their own problems say why.
        if (f.raw("steps") instanceof org.yaml.snakeyaml.nodes.SequenceNode seq && seq.getValue().isEmpty()) {
            f.problem("steps", "'steps' must list at least one step");
        } else if (!steps.isEmpty()) {
            everySideHasAStep(f, steps);
        }
        Dose dose = Dose.NONE;
        MappingNode doseNode = f.mapping("dose");
        if (doseNode != null) {
            Fields doseFields = new Fields(doseNode, p, DOSE_KEYS);
            dose = DoseReader.read(doseFields);
            PlaceholderCheck.checkCount(doseFields, dose);
        }
        ImageFile image = null;
        String imageText = f.path("image");
        String imageAlt = f.text("image_alt");
        if (imageText != null) {
            image = Images.read(f, "image", imageText, source.dir());
            if (imageAlt == null) {
                f.problem("image", "'image' needs 'image_alt': a short description for screen readers");
            }
        }
        ImageFile imageEnd = null;
        String imageEndText = f.path("image_end");
        String imageEndAlt = f.text("image_end_alt");
        if (imageEndText != null) {
            imageEnd = Images.read(f, "image_end", imageEndText, source.dir());
            if (imageText == null) {
                f.problem("image_end", "'image_end' is the end position: it needs 'image' for the start position");
            }
            if (imageEndAlt == null) {
                f.problem("image_end", "'image_end' needs 'image_end_alt': a short description for screen readers");
            }
        } else if (imageEndAlt != null) {
            f.problem("image_end_alt", "'image_end_alt' describes 'image_end', which is missing");
        }
        String video = f.text("video", 500);
        if (video != null) {
            String wrong = webAddressProblem(video);
            if (wrong != null) {
                f.problem("video", wrong);
            }
        }
        MappingNode figureNode = f.mapping("figure");
        FigureSpec figure = figureNode == null ? null : FigureReader.read(figureNode, p);
        Progression progression = ProgressReader.read(f, dose.over(entryDose));
        return new Exercise(id, f.text("name"), f.texts("aliases"), f.text("summary"), Fields.lowerCase(f.texts("region")),
                Fields.lowerCase(f.texts("tags")), f.texts("equipment"), f.text("start"), steps, f.texts("cues"),
                f.texts("cautions"), dose, image, imageAlt, imageEnd, imageEndAlt, video, figure, progression, source.name());
    }


    /**
     * Why {@code url} is not a web address a patient's browser can open, or null. Characters a
     * web address cannot hold (space, quotes, angle brackets) are refused rather than printed:
     * they would end the link early in the Markdown summary and the HTML handout.
     */
    static String webAddressProblem(String url) {
        if (!url.matches("(?i)https?://[^/?#]+.*")) {
            return "'video' must be a web address starting with https:// or http://";
        }
        // "https://clinic.example@other.example/knee" opens other.example: the part before '@' is a
        // user name, so the printed address would look like the clinic's and the QR code go elsewhere.
        int start = url.indexOf("://") + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        if (url.substring(start, end).indexOf('@') >= 0) {
            return "'video' cannot hold a user name before its site ('" + org.hep.diag.Quote.clip(url.substring(start,
                    url.lastIndexOf('@', end - 1) + 1)) + "'): it would open a site other than the one it seems to name;"
                    + " write the site's own address";
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space || c < ' ' || c >= 0x7F && c < 0xA0 || "<>\"{}|\\^`".indexOf(c) >= 0) {
                return "'video' cannot hold " + (space ? "a space" : c < ' ' || c >= 0x7F ? "a control character" : "'" + c + "'")
                        + " (character " + (i + 1) + "); write it as " + (space ? "%20" : "%" + String.format(Locale.ROOT, "%02X", (int) c));
            }
        }
        // "https://аpple.com" with a Cyrillic а prints as apple.com and opens another site.
        return SiteName.problem("'video'", SiteName.hostOf(url));
    }
}
