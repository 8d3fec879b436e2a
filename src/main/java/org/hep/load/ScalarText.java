package org.hep.load;

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

    /** The problem with the scalar's text, or null when it is clean. */
    static String problem(ScalarNode scalar) {
        String v = scalar.getValue();
        int i = SafeText.firstForbidden(v);
        if (i < 0) {
            return null;
        }
        int cp = v.codePointAt(i);
        // YAML lets control codes in only as escapes, so the hint names them there.
        return SafeText.describe(cp) + (SafeText.forbidden(cp) ? " is not allowed in text" : " is not allowed") + "; remove it"
                + (SafeText.isControl(cp) ? " (escapes such as \\e or \\x1b included)" : "");
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
