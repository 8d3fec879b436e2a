package org.hep.load;

import java.util.ArrayList;
import java.util.List;
import org.hep.model.SafeText;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What a YAML scalar may hold. The YAML reader already refuses raw control bytes in a file, but
 * a double-quoted escape ({@code "\x1b[8m"}, {@code "\e"}, {@code "\uFFFF"}) makes them all the
 * same; such text would hide words on a terminal or break the PDF's metadata, so it is refused
 * here, at the scalar's line and column, before anything prints it.
 */
final class ScalarText {
    private ScalarText() {
    }

    /** Characters named in one message at most; a scalar of nothing else is named by its first few. */
    private static final int MOST_NAMED = 5;

    /** The problem with the scalar's text, naming each character to remove, or null when it is clean. */
    static String problem(ScalarNode scalar) {
        String v = scalar.getValue();
        int i = SafeText.firstForbidden(v);
        if (i < 0) {
            return null;
        }
        // Every one at once: a text with an escape, a bell and an override took a run to find each.
        java.util.Set<Integer> found = new java.util.LinkedHashSet<>();
        v.codePoints().filter(SafeText::forbidden).forEach(found::add);
        if (found.isEmpty()) {
            found.add(v.codePointAt(i)); // a direction control in text with no right-to-left letter
        }
        List<String> named = new ArrayList<>();
        boolean control = false;
        for (int cp : found) {
            control |= SafeText.isControl(cp);
            if (named.size() < MOST_NAMED) {
                named.add(SafeText.describe(cp));
            }
        }
        if (found.size() > MOST_NAMED) {
            named.add((found.size() - MOST_NAMED) + " more");
        }
        int first = found.iterator().next();
        String what = named.size() == 1 ? named.get(0) + (SafeText.forbidden(first) ? " is not allowed in text" : " is not allowed")
                + "; remove it"
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1)
                + " are not allowed in text; remove them";
        // YAML lets control codes in only as escapes, so the hint names them there.
        return what + (control ? " (escapes such as \\e or \\x1b included)" : "");
    }

    /** Tags YAML defines that hep does not read, in words; any other tag by its short name. */
    static String tagRefused(String tag) {
        String shortTag = tag.replace("tag:yaml.org,2002:", "!!");
        return switch (shortTag) {
            case "!!merge" -> "merge keys (<<) are not supported; write the keys out in full";
            case "!!set" -> "sets (!!set) are not supported; write a list";
            case "!!binary" -> "binary data (!!binary) is not allowed; hep reads text only";
            case "!!omap", "!!pairs" -> "ordered mappings (" + shortTag + ") are not supported; write 'key: value' lines";
            default -> "tag '" + shortTag + "' is not allowed; hep reads plain YAML only";
        };
    }
}
