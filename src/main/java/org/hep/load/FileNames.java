package org.hep.load;

/**
 * How hep reads a reference and a file name, in one place so the command line and YAML
 * files agree: whether "knee-pain" means a built-in name or a file, and which files are YAML.
 */
public final class FileNames {
    private FileNames() {
    }

    /**
     * A reference with a folder separator or a YAML extension names a file ("my/knee",
     * "knee.yaml", "C:\plans\knee"); anything else is a name to look up ("knee-pain").
     */
    public static boolean looksLikePath(String ref) {
        return ref.contains("/") || ref.contains("\\") || isYaml(ref);
    }

    /**
     * "squat.yaml" and "squat.yml" are YAML files, and so are "SQUAT.YAML" and "Squat.Yml": files
     * saved on Windows or copied from a camera-roll style export often carry upper-case extensions.
     */
    public static boolean isYaml(String fileName) {
        return extensionLength(fileName) > 0;
    }

    /** The id a YAML file stands for: its name without the extension ("squat.yaml" → "squat"). */
    public static String stem(String fileName) {
        // Composed, as ids in YAML are: a Mac names files "café" with a combining accent.
        return org.hep.model.SafeText.composed(fileName.substring(0, fileName.length() - extensionLength(fileName)));
    }

    private static int extensionLength(String fileName) {
        return fileName.regionMatches(true, fileName.length() - 5, ".yaml", 0, 5) ? 5
                : fileName.regionMatches(true, fileName.length() - 4, ".yml", 0, 4) ? 4 : 0;
    }

    /**
     * Whether a file stem can serve as an exercise or plan id: it does not start with '-', which
     * reads as an option, or '.', which hides a file, and holds no ':' or ',' (which separate ids and
     * doses in {@code --dose knee-bend:sets=3} and {@code --only a,b}, so such an id could never be
     * named there), no control character and no bidirectional override. Spaces and other punctuation
     * are allowed ("_draft", "Knee (2)").
     */
    public static boolean isUsableId(String stem) {
        return !stem.isEmpty() && stem.charAt(0) != '-' && stem.charAt(0) != '.'
                && stem.indexOf(':') < 0 && stem.indexOf(',') < 0
                && org.hep.model.SafeText.firstForbidden(stem) < 0 && stem.chars().noneMatch(Character::isISOControl);
    }

    /** Why an id is refused, for messages: what {@link #isUsableId} asks. */
    public static final String ID_RULE = "must not start with '-' or '.', nor hold ':', ',' or a control character";

    /**
     * A plan's id from its file stem when the plan names none: the stem without control characters
     * and without its leading '-' and '.' ("-rf" → "rf", ".x" → "x"), so the default output name
     * is never an option or a hidden file; "plan" when nothing is left.
     */
    public static String usableId(String stem) {
        StringBuilder sb = new StringBuilder();
        stem.codePoints().filter(c -> !Character.isISOControl(c) && !org.hep.model.SafeText.forbidden(c))
                .dropWhile(c -> c == '-' || c == '.').forEach(sb::appendCodePoint);
        return sb.isEmpty() ? "plan" : sb.toString();
    }
}
